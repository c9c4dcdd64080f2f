package id.intervensi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.casefile.HomeSettings;
import id.intervensi.forms.FieldValues;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Re-planning says why; the information was given on a day that has passed. */
class EvaluationRulesTest {

  final EvaluationRules rules = new EvaluationRules(new HomeSettings("Panti", "Asia/Jakarta"));

  List<String> check(String outcome, String obstacles, String notes, Object informationDate) {
    Map<String, Object> values = new HashMap<>();
    values.put("evaluationOutcome", outcome);
    values.put("obstacles", obstacles);
    values.put("evaluationNotes", notes);
    values.put("evaluationInformationDate", informationDate);
    List<String> violations = new ArrayList<>();
    rules.check(FieldValues.of(values), violations);
    return violations;
  }

  @Test
  void replanningNeedsObstaclesAndNotes() {
    assertThat(check("REPLAN", null, " ", null))
        .containsExactly(
            "«Hambatan» wajib diisi bila rencana intervensi disusun ulang.",
            "«Catatan evaluasi» wajib diisi bila rencana intervensi disusun ulang.");
    assertThat(check("REPLAN", "Nyeri lutut", "Kurangi kegiatan fisik", null)).isEmpty();
    assertThat(check("CONTINUE", null, null, null)).isEmpty();
    assertThat(check("GOALS_REACHED", null, null, null)).isEmpty();
  }

  @Test
  void theInformationDayIsNotInTheFuture() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    assertThat(check("CONTINUE", null, null, today.toString())).isEmpty();
    assertThat(check("CONTINUE", null, null, today.plusDays(1).toString()))
        .containsExactly("«Tanggal informasi diberikan» tidak boleh di masa depan.");
    assertThat(check("CONTINUE", null, null, "bukan tanggal")).isEmpty();
  }
}
