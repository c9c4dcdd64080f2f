package id.intervensi.termination;

import id.intervensi.cycle.CycleForms;
import id.intervensi.cycle.CycleVariables;
import id.intervensi.cycle.Spans;
import id.intervensi.forms.FieldValues;
import id.intervensi.forms.SubmissionRule;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The after-care follow-up needs one of the offered spans ({@link Spans}), which a timer can use.
 */
@Component
class TerminationRules implements SubmissionRule {

  @Override
  public String formId() {
    return CycleForms.TERMINATION;
  }

  @Override
  public void check(FieldValues values, List<String> violations) {
    if (Boolean.TRUE.equals(values.get(CycleVariables.AFTER_CARE_FOLLOW_UP))) {
      if (values.get(CycleVariables.AFTER_CARE_INTERVAL) == null) {
        violations.add(
            "«Jangka waktu tindak lanjut pasca-layanan» wajib diisi bila tindak lanjut dijadwalkan.");
      }
      String problem =
          Spans.problem(
              "Jangka waktu tindak lanjut pasca-layanan",
              values.get(CycleVariables.AFTER_CARE_INTERVAL));
      if (problem != null) {
        violations.add(problem);
      }
    }
  }
}
