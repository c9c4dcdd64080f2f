package id.intervensi.planning;

import id.intervensi.cycle.CycleForms;
import id.intervensi.cycle.CycleVariables;
import id.intervensi.cycle.Spans;
import id.intervensi.forms.FieldValues;
import id.intervensi.forms.SubmissionRule;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A plan needs at least one measurable goal and one activity, and a span between the periodic
 * monitoring follow-ups chosen from the offered ones ({@link Spans}), which a timer can use. It
 * stays a plan one worker carries out for one resident: each activity becomes a task of its own
 * when the plan is approved, so a plan of hundreds would flood the caseload (and create them all in
 * one transaction). Each activity names the ATENSI component it serves ({@link AtensiComponents}),
 * which the monthly report to the social office counts by.
 */
@Component
class InterventionPlanRules implements SubmissionRule {

  static final int MAX_GOALS = 10;
  static final int MAX_ACTIVITIES = 20;

  @Override
  public String formId() {
    return CycleForms.INTERVENTION_PLAN;
  }

  @Override
  public void check(FieldValues values, List<String> violations) {
    if (!(values.get(CycleVariables.GOALS) instanceof List<?> goals) || goals.isEmpty()) {
      violations.add("Rencana harus memuat paling sedikit satu tujuan yang terukur.");
    } else if (goals.size() > MAX_GOALS) {
      violations.add(
          "Rencana memuat paling banyak " + MAX_GOALS + " tujuan; gabungkan atau prioritaskan.");
    }
    if (!(values.get(CycleVariables.ACTIVITIES) instanceof List<?> activities)
        || activities.isEmpty()) {
      violations.add("Rencana harus memuat paling sedikit satu kegiatan.");
    } else if (activities.size() > MAX_ACTIVITIES) {
      violations.add(
          "Rencana memuat paling banyak "
              + MAX_ACTIVITIES
              + " kegiatan; setiap kegiatan menjadi tugas tersendiri.");
    } else {
      checkComponents(activities, violations);
    }
    String problem =
        Spans.problem("Rentang pemantauan berkala", values.get(CycleVariables.EVALUATION_INTERVAL));
    if (problem != null) {
      violations.add(problem);
    }
  }

  /**
   * One message per activity naming a component the report does not know. A missing one is the
   * form's to refuse (a required select): a case still on a plan form older than the component must
   * be able to re-plan without it (its activities count as "Belum ditentukan").
   */
  private static void checkComponents(List<?> activities, List<String> violations) {
    for (int i = 0; i < activities.size(); i++) {
      Object component =
          activities.get(i) instanceof Map<?, ?> activity
              ? activity.get(AtensiComponents.FIELD)
              : null;
      if (component != null
          && !"".equals(component)
          && !AtensiComponents.LABELS.containsKey(component)) {
        violations.add(
            "Kegiatan ke-"
                + (i + 1)
                + ": pilih komponen ATENSI-nya (mis. dukungan keluarga atau terapi); komponen \""
                + abbreviate(component)
                + "\" tidak dikenal.");
      }
    }
  }

  private static String abbreviate(Object value) {
    String text = String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
