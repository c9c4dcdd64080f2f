package id.intervensi.assessment;

import id.intervensi.casefile.HomeSettings;
import id.intervensi.cycle.CycleForms;
import id.intervensi.cycle.CycleVariables;
import id.intervensi.forms.FieldValues;
import id.intervensi.forms.FormDates;
import id.intervensi.forms.SubmissionRule;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The day the assessment's information was given has passed (the home's calendar). */
@Component
class AssessmentRules implements SubmissionRule {

  private final HomeSettings home;

  AssessmentRules(HomeSettings home) {
    this.home = home;
  }

  @Override
  public String formId() {
    return CycleForms.ASSESSMENT;
  }

  @Override
  public void check(FieldValues values, List<String> violations) {
    String problem =
        FormDates.futureProblem(
            "Tanggal informasi diberikan",
            values.get(CycleVariables.ASSESSMENT_INFORMATION_DATE),
            LocalDate.now(home.zoneId()));
    if (problem != null) {
      violations.add(problem);
    }
  }
}
