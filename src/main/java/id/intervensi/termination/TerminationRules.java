package id.intervensi.termination;

import id.intervensi.cycle.CycleForms;
import id.intervensi.cycle.CycleVariables;
import id.intervensi.cycle.Periods;
import id.intervensi.forms.FieldValues;
import id.intervensi.forms.SubmissionRule;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/** The after-care follow-up needs a period a timer can use: between one day and two years. */
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
            "«Jadwal tindak lanjut pasca-layanan» wajib diisi bila tindak lanjut dijadwalkan.");
      }
      String problem =
          Periods.problem(
              "Jadwal tindak lanjut pasca-layanan",
              values.get(CycleVariables.AFTER_CARE_INTERVAL),
              Duration.ofDays(1),
              Duration.ofDays(731));
      if (problem != null) {
        violations.add(problem);
      }
    }
  }
}
