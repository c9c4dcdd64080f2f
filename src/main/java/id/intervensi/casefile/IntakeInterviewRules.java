package id.intervensi.casefile;

import id.intervensi.cycle.CycleForms;
import id.intervensi.cycle.CycleVariables;
import id.intervensi.forms.FieldValues;
import id.intervensi.forms.SubmissionRule;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A client not registered in DTSEN has no decile: the form hides the decile then, and the server
 * refuses one sent anyway, since the eligibility table reads a missing decile as "not registered"
 * (the means test is then done by the interview and the home visit).
 */
@Component
class IntakeInterviewRules implements SubmissionRule {

  @Override
  public String formId() {
    return CycleForms.INTAKE_INTERVIEW;
  }

  @Override
  public void check(FieldValues values, List<String> violations) {
    if (Boolean.TRUE.equals(values.get(CycleVariables.DTSEN_NOT_REGISTERED))
        && values.get(CycleVariables.DTSEN_DECILE) != null) {
      violations.add(
          "«Desil DTSEN» harus dikosongkan bila klien tidak terdaftar di DTSEN: pilih salah satu.");
    }
  }
}
