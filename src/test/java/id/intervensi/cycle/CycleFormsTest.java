package id.intervensi.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link CycleForms} names exactly the forms in forms/: a form renamed or added fails the build
 * here.
 */
class CycleFormsTest {

  @Test
  void theConstantsAreTheIdsOfTheFormFiles() throws IOException {
    List<String> constants =
        Stream.of(CycleForms.class.getDeclaredFields())
            .filter(
                field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
            .map(CycleFormsTest::value)
            .toList();
    List<String> ids;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      ids =
          files
              .filter(file -> file.toString().endsWith(".form"))
              .map(CycleFormsTest::formId)
              .toList();
    }
    assertThat(ids).isNotEmpty();
    assertThat(constants).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
  }

  /** The span selects offer exactly {@link Spans}: what the server accepts, with its words. */
  @Test
  void theSpanSelectsOfferTheSpans() throws IOException {
    for (String[] field :
        List.of(
            new String[] {"forms/intervention-plan.form", "evaluationInterval"},
            new String[] {"forms/termination.form", "afterCareInterval"})) {
      JsonNode select = null;
      for (JsonNode c :
          new ObjectMapper().readTree(Files.readString(Path.of(field[0]))).path("components")) {
        if (field[1].equals(c.path("key").asText())) {
          select = c;
        }
      }
      assertThat(select).as(field[1]).isNotNull();
      assertThat(select.path("type").asText()).isEqualTo("select");
      Map<String, String> offered = new LinkedHashMap<>();
      select
          .path("values")
          .forEach(v -> offered.put(v.path("value").asText(), v.path("label").asText()));
      assertThat(offered).containsExactlyEntriesOf(Spans.OFFERED);
      assertThat(Spans.OFFERED).containsKey(select.path("defaultValue").asText());
      assertThat(select.path("label").asText()).doesNotContainIgnoringCase("jadwal");
    }
  }

  /** Every offered span is one a timer reads; anything else is refused in words. */
  @Test
  void everySpanIsATimerPeriodAndOthersAreRefused() {
    Spans.OFFERED.keySet().forEach(span -> assertThat(Periods.after(span)).isNotNull());
    assertThat(Spans.problem("Rentang", "P30D")).isNull();
    assertThat(Spans.problem("Rentang", null)).isNull();
    assertThat(Spans.problem("Rentang", "P1D"))
        .isEqualTo(
            "«Rentang» harus salah satu jangka waktu yang tersedia: 1 minggu, 2 minggu, 1 bulan,"
                + " 2 bulan, 3 bulan, 6 bulan, 1 tahun.");
    assertThat(Spans.problem("Rentang", "30 hari")).contains("jangka waktu yang tersedia");
  }

  private static String formId(Path file) {
    try {
      return new ObjectMapper().readTree(Files.readString(file)).path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
