package id.intervensi.groupwork;

import id.intervensi.casefile.HomeSettings;
import id.intervensi.cycle.CycleForms;
import id.intervensi.forms.FieldValues;
import id.intervensi.forms.FormDates;
import id.intervensi.forms.SubmissionRule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;

/** A session is recorded once it was held: its day is not in the future (the home's calendar). */
@Component
class GroupSessionStartRules implements SubmissionRule {

  private final HomeSettings home;

  GroupSessionStartRules(HomeSettings home) {
    this.home = home;
  }

  @Override
  public String formId() {
    return CycleForms.GROUP_SESSION_START;
  }

  @Override
  public void check(FieldValues values, List<String> violations) {
    try {
      LocalDate day = FormDates.day(values.get(GroupSession.DATE));
      if (day != null && day.isAfter(LocalDate.now(home.zoneId()))) {
        violations.add("Tanggal sesi tidak boleh di masa depan: catat sesi setelah diadakan.");
      }
    } catch (DateTimeParseException e) {
      // the form rules report a malformed date
    }
  }
}
