package id.intervensi.groupwork;

import id.intervensi.cycle.CycleForms;
import id.intervensi.forms.FieldValues;
import id.intervensi.forms.SubmissionRule;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The attendance of a group session: at least one participant, each case once, and each in the
 * intervention stage with an activity waiting for its report. Checked when the form is submitted,
 * so a session with one wrong participant is refused whole and nothing of it is recorded.
 */
@Component
class GroupSessionRules implements SubmissionRule {

  // the rules are built with the engine (forms.FormValidationPlugin), the engine's services after
  private final ObjectProvider<OpenActivities> openActivities;

  GroupSessionRules(ObjectProvider<OpenActivities> openActivities) {
    this.openActivities = openActivities;
  }

  @Override
  public String formId() {
    return CycleForms.GROUP_SESSION;
  }

  @Override
  public void check(FieldValues values, List<String> violations) {
    Object participants = values.get(GroupSession.PARTICIPANTS);
    if (!(participants instanceof List<?> rows) || rows.isEmpty()) {
      violations.add("«Peserta dan kehadiran» wajib berisi sedikitnya satu peserta.");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (Object row : rows) {
      if (!(row instanceof Map<?, ?> item)
          || !(item.get(GroupSession.PARTICIPANT_CASE) instanceof String caseNumber)
          || caseNumber.isBlank()) {
        continue; // the form rules report a missing participant
      }
      if (!seen.add(caseNumber)) {
        violations.add(
            "Kasus "
                + caseNumber
                + " tercantum lebih dari sekali; catat tiap peserta sekali saja.");
      } else if (openActivities.getObject().forSession(caseNumber).isEmpty()) {
        violations.add(
            "«Kasus peserta» "
                + caseNumber
                + ": kasus ini tidak sedang dalam tahap intervensi (tidak ada kegiatan yang menunggu"
                + " laporan), sehingga tidak dapat menjadi peserta sesi kelompok. Sesi belum"
                + " dicatat: hapus peserta ini lalu simpan lagi.");
      }
    }
  }
}
