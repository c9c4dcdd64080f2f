package id.intervensi.planning;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.cycle.CycleVariables;
import id.intervensi.forms.FieldValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plan's size fits one resident's caseload: at least one, at most the limits, of each. */
class InterventionPlanRulesTest {

  static final Map<String, String> ACTIVITY =
      Map.of("name", "Senam lansia", AtensiComponents.FIELD, "THERAPY");

  final InterventionPlanRules rules = new InterventionPlanRules();

  List<String> check(int goals, int activities) {
    List<String> violations = new ArrayList<>();
    rules.check(
        FieldValues.of(
            Map.of(
                CycleVariables.GOALS, Collections.nCopies(goals, Map.of("goal", "Mandiri makan")),
                CycleVariables.ACTIVITIES, Collections.nCopies(activities, ACTIVITY),
                CycleVariables.EVALUATION_INTERVAL, "P30D")),
        violations);
    return violations;
  }

  @Test
  void aPlanWithinTheLimitsPasses() {
    assertThat(check(1, 1)).isEmpty();
    assertThat(check(InterventionPlanRules.MAX_GOALS, InterventionPlanRules.MAX_ACTIVITIES))
        .isEmpty();
  }

  @Test
  void tooManyGoalsOrActivitiesAreRefused() {
    assertThat(check(InterventionPlanRules.MAX_GOALS + 1, 1))
        .singleElement()
        .asString()
        .contains("paling banyak 10 tujuan");
    assertThat(check(1, 1000)).singleElement().asString().contains("paling banyak 20 kegiatan");
    assertThat(check(0, 0)).hasSize(2);
  }

  @Test
  void onlyTheOfferedSpansAreAccepted() {
    List<String> violations = new ArrayList<>();
    rules.check(
        FieldValues.of(
            Map.of(
                CycleVariables.GOALS, List.of(Map.of("goal", "Mandiri makan")),
                CycleVariables.ACTIVITIES, List.of(ACTIVITY),
                CycleVariables.EVALUATION_INTERVAL, "P45D")),
        violations);
    assertThat(violations)
        .singleElement()
        .asString()
        .startsWith("«Rentang pemantauan berkala» harus salah satu jangka waktu yang tersedia");
  }

  List<String> checkActivities(List<?> activities) {
    List<String> violations = new ArrayList<>();
    rules.check(
        FieldValues.of(
            Map.of(
                CycleVariables.GOALS,
                List.of(Map.of("goal", "Mandiri makan")),
                CycleVariables.ACTIVITIES,
                activities,
                CycleVariables.EVALUATION_INTERVAL,
                "P30D")),
        violations);
    return violations;
  }

  @Test
  void everyActivityNamesAKnownAtensiComponent() {
    assertThat(
            checkActivities(
                AtensiComponents.LABELS.keySet().stream()
                    .map(code -> Map.of("name", "Kegiatan", AtensiComponents.FIELD, code))
                    .toList()))
        .isEmpty();
    assertThat(
            checkActivities(
                List.of(
                    ACTIVITY,
                    Map.of("name", "Kunjungan keluarga"),
                    Map.of("name", "Bingo", AtensiComponents.FIELD, ""),
                    Map.of("name", "Rekreasi", AtensiComponents.FIELD, "RECREATION"))))
        // without a component: the new form's required select refuses it; an older plan form
        // has no such field, and its case must still be able to re-plan
        .containsExactly(
            "Kegiatan ke-4: pilih komponen ATENSI-nya (mis. dukungan keluarga atau terapi);"
                + " komponen \"RECREATION\" tidak dikenal.");
  }
}
