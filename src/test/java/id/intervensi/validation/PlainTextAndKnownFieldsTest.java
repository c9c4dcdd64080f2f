package id.intervensi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.intervensi.forms.ComputedFields;
import id.intervensi.forms.FieldValues;
import id.intervensi.forms.FormRules;
import id.intervensi.forms.HideConditions;
import id.intervensi.forms.UnknownVariables;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Free text is plain text, and a submission carries only the fields of its form. */
class PlainTextAndKnownFieldsTest {

  static JsonNode schema(String id, String components) throws Exception {
    return new ObjectMapper()
        .readTree("{\"id\":\"" + id + "\",\"components\":" + components.replace('\'', '"') + "}");
  }

  static final String NOTES = "[{'type':'textarea','key':'notes','label':'Catatan'}]";

  @Test
  void markupInFreeTextIsRefusedButAPlainLessThanIsNot() throws Exception {
    FormRules rules = new FormRules(new HideConditions());
    for (String markup :
        List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "a</textarea><b>",
            "<!-- x -->",
            "<svg onload=alert(1)>",
            "<?xml?>")) {
      assertThat(rules.check(schema("t", NOTES), FieldValues.of(Map.of("notes", markup))))
          .as(markup)
          .containsExactly(
              "«Catatan» tidak boleh berisi tag HTML atau skrip (misalnya <script>); tulis teks biasa.");
    }
    for (String text :
        List.of(
            "usia < 60 tahun",
            "skor 3<5",
            "nilai >= 10 & < 20",
            "Jl. Merdeka No. 5 <> 7",
            "nilai < sepuluh")) {
      assertThat(rules.check(schema("t", NOTES), FieldValues.of(Map.of("notes", text))))
          .as(text)
          .isEmpty();
    }
  }

  @Test
  void onlyTheFieldsOfTheFormAreKnown() throws Exception {
    JsonNode form =
        schema(
            "t",
            "[{'type':'text','text':'judul'},"
                + "{'type':'group','components':[{'type':'textfield','key':'a'}]},"
                + "{'type':'dynamiclist','path':'rows','components':[{'type':'textfield','key':'inner'}]},"
                + "{'type':'checkbox','key':'b'}]");
    UnknownVariables unknown = new UnknownVariables(List.of());
    assertThat(unknown.check(form, List.of("a", "rows", "b"))).isEmpty();
    assertThat(unknown.check(form, List.of("a", "inner", "eligible")))
        .containsExactly(
            "Variabel «eligible», «inner» bukan bagian dari formulir ini dan tidak diterima.");
  }

  @Test
  void aDisabledFieldOnlyShowsAValueAndTakesNone() throws Exception {
    JsonNode form =
        schema(
            "t",
            "[{'type':'textarea','key':'exitNote','disabled':true},{'type':'textarea','key':'summary'}]");
    UnknownVariables unknown = new UnknownVariables(List.of());
    assertThat(unknown.check(form, List.of("summary"))).isEmpty();
    assertThat(unknown.check(form, List.of("summary", "exitNote")))
        .containsExactly("Variabel «exitNote» bukan bagian dari formulir ini dan tidak diterima.");
  }

  @Test
  void variablesTheServerComputesMayComeWithTheirFormOnly() throws Exception {
    UnknownVariables unknown =
        new UnknownVariables(List.of(computed("t", "total"), computed("t", "level")));
    String fields = "[{'type':'select','key':'item'}]";
    assertThat(unknown.check(schema("t", fields), List.of("item", "total", "level"))).isEmpty();
    assertThat(unknown.check(schema("other", fields), List.of("item", "total"))).hasSize(1);
  }

  private static ComputedFields computed(String formId, String name) {
    return new ComputedFields() {
      @Override
      public String formId() {
        return formId;
      }

      @Override
      public Set<String> names() {
        return Set.of(name);
      }
    };
  }
}
