package id.intervensi.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server applies a form's own rules the way form-js does in the browser. */
class FormRulesTest {

  private final FormRules rules = new FormRules(new HideConditions());

  private static JsonNode schema(String components) throws Exception {
    return new ObjectMapper()
        .readTree("{\"id\":\"t\",\"components\":" + components.replace('\'', '"') + "}");
  }

  private List<String> check(String components, Map<String, Object> values) throws Exception {
    return rules.check(schema(components), FieldValues.of(values));
  }

  @Test
  void requiredFieldMissingIsNamedByItsLabel() throws Exception {
    List<String> violations =
        check(
            "[{'type':'textfield','key':'name','label':'Nama','validate':{'required':true}}]",
            Map.of());
    assertThat(violations).containsExactly("«Nama» wajib diisi.");
  }

  @Test
  void lengthAndPatternAreChecked() throws Exception {
    String nik =
        "[{'type':'textfield','key':'nik','label':'NIK','description':'16 digit',"
            + "'validate':{'pattern':'^\\\\d{16}$','maxLength':16}}]";
    assertThat(check(nik, Map.of("nik", "1234")))
        .containsExactly("«NIK» tidak sesuai format yang diminta (16 digit).");
    assertThat(check(nik, Map.of("nik", "32730101500001234"))).hasSize(2);
    assertThat(check(nik, Map.of("nik", "3273014101500001"))).isEmpty();
  }

  @Test
  void numbersMustBeNumbersInRange() throws Exception {
    String decile =
        "[{'type':'number','key':'d','label':'Desil','decimalDigits':0,'validate':{'min':1,'max':10}}]";
    assertThat(check(decile, Map.of("d", "5"))).containsExactly("«Desil» harus berupa angka.");
    assertThat(check(decile, Map.of("d", 11L))).containsExactly("«Desil» harus antara 1 dan 10.");
    assertThat(check(decile, Map.of("d", 2.5)))
        .containsExactly("«Desil» harus berupa bilangan bulat.");
    assertThat(check(decile, Map.of("d", 3L))).isEmpty();
  }

  @Test
  void optionsMustBeOffered() throws Exception {
    String radio =
        "[{'type':'radio','key':'r','label':'Pilihan','values':[{'label':'A','value':'A'},{'label':'B','value':'B'}]},"
            + "{'type':'checklist','key':'c','label':'Daftar','values':[{'label':'X','value':'X'}]}]";
    assertThat(check(radio, Map.of("r", "Z", "c", List.of("X", "Y"))))
        .containsExactly(
            "«Pilihan»: nilai \"Z\" tidak ada dalam pilihan.",
            "«Daftar»: nilai \"Y\" tidak ada dalam pilihan.");
    assertThat(check(radio, Map.of("r", "A", "c", "X")))
        .containsExactly("«Daftar» harus berupa daftar pilihan.");
  }

  @Test
  void datesAndBooleansAreTyped() throws Exception {
    String fields =
        "[{'type':'datetime','subtype':'date','key':'d','label':'Tanggal'},"
            + "{'type':'checkbox','key':'b','label':'Setuju'}]";
    assertThat(check(fields, Map.of("d", "29-11-2026", "b", "true")))
        .containsExactly(
            "«Tanggal» harus berupa tanggal dengan format TTTT-BB-HH.",
            "«Setuju» harus bernilai ya atau tidak (boolean).");
    assertThat(check(fields, Map.of("d", "2026-11-29", "b", true))).isEmpty();
  }

  @Test
  void hiddenAndReadOnlyFieldsAreSkipped() throws Exception {
    String fields =
        "[{'type':'checkbox','key':'consent','label':'Setuju'},"
            + "{'type':'textarea','key':'why','label':'Alasan','validate':{'required':true},'conditional':{'hide':'=consent = true'}},"
            + "{'type':'textfield','key':'caseNumber','label':'Nomor','readonly':true,'validate':{'required':true}}]";
    assertThat(check(fields, Map.of("consent", true))).isEmpty();
    Map<String, Object> refused = new HashMap<>();
    refused.put("consent", false);
    assertThat(check(fields, refused)).containsExactly("«Alasan» wajib diisi.");
  }

  @Test
  void dynamicListItemsAreCheckedRowByRow() throws Exception {
    String list =
        "[{'type':'dynamiclist','path':'goals','label':'Tujuan','components':["
            + "{'type':'textfield','key':'goal','label':'Tujuan','validate':{'required':true}}]}]";
    assertThat(check(list, Map.of("goals", List.of(Map.of("goal", "Mandiri makan"), Map.of()))))
        .containsExactly("«Tujuan» baris 2: «Tujuan» wajib diisi.");
    assertThat(check(list, Map.of("goals", "x"))).containsExactly("«Tujuan» harus berupa daftar.");
  }

  @Test
  void fieldsInsideGroupsAreChecked() throws Exception {
    String group =
        "[{'type':'group','label':'Identitas','components':["
            + "{'type':'textfield','key':'name','label':'Nama','validate':{'required':true,'maxLength':5}}]}]";
    assertThat(check(group, Map.of("name", "Siti Aminah")))
        .containsExactly("«Nama» maksimal 5 karakter.");
  }
}
