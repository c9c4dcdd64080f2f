package id.intervensi.evaluation;

import id.intervensi.casefile.HomeSettings;
import id.intervensi.cycle.CycleForms;
import id.intervensi.cycle.CycleVariables;
import id.intervensi.forms.FieldValues;
import id.intervensi.forms.FormDates;
import id.intervensi.forms.SubmissionRule;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An evaluation that sends the case back to planning says why: the obstacles met and the
 * evaluator's notes are what the new plan is drawn up from. The day the information was given has
 * passed (the home's calendar).
 */
@Component
class EvaluationRules implements SubmissionRule {

  static final String REPLAN = "REPLAN";

  private final HomeSettings home;

  EvaluationRules(HomeSettings home) {
    this.home = home;
  }

  @Override
  public String formId() {
    return CycleForms.EVALUATION;
  }

  @Override
  public void check(FieldValues values, List<String> violations) {
    if (REPLAN.equals(values.get(CycleVariables.EVALUATION_OUTCOME))) {
      if (isBlank(values.get(CycleVariables.OBSTACLES))) {
        violations.add("«Hambatan» wajib diisi bila rencana intervensi disusun ulang.");
      }
      if (isBlank(values.get(CycleVariables.EVALUATION_NOTES))) {
        violations.add("«Catatan evaluasi» wajib diisi bila rencana intervensi disusun ulang.");
      }
    }
    String problem =
        FormDates.futureProblem(
            "Tanggal informasi diberikan",
            values.get(CycleVariables.EVALUATION_INFORMATION_DATE),
            LocalDate.now(home.zoneId()));
    if (problem != null) {
      violations.add(problem);
    }
  }

  private static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
