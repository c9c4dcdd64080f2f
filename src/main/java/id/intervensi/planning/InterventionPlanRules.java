package id.intervensi.planning;

import id.intervensi.cycle.CycleForms;
import id.intervensi.cycle.CycleVariables;
import id.intervensi.cycle.Spans;
import id.intervensi.forms.FieldValues;
import id.intervensi.forms.SubmissionRule;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A plan needs at least one measurable goal and one activity, and a span between the periodic
 * monitoring follow-ups chosen from the offered ones ({@link Spans}), which a timer can use. It
 * stays a plan one worker carries out for one resident: each activity becomes a task of its own
 * when the plan is approved, so a plan of hundreds would flood the caseload (and create them all in
 * one transaction).
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
    }
    String problem =
        Spans.problem("Rentang pemantauan berkala", values.get(CycleVariables.EVALUATION_INTERVAL));
    if (problem != null) {
      violations.add(problem);
    }
  }
}
