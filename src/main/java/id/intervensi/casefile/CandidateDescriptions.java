package id.intervensi.casefile;

import id.intervensi.forms.FormDates;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Describes registered clients who may be the person being entered, so that the worker can tell
 * them apart without opening each record: the case opening and the resident import say the same.
 */
@Component
class CandidateDescriptions {

  /** How many candidates a message names; the rest are counted. */
  static final int SHOWN = 5;

  private final CaseFiles caseFiles;

  CandidateDescriptions(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  /** The first {@link #SHOWN} candidates described, and how many more there are. */
  String of(List<Client> candidates) {
    return candidates.stream().limit(SHOWN).map(this::describe).collect(Collectors.joining("; "))
        + (candidates.size() > SHOWN
            ? " (dan " + (candidates.size() - SHOWN) + " lainnya; periksa nama dan NIK)"
            : "");
  }

  private String describe(Client candidate) {
    String born =
        candidate.birthDate() != null
            ? "lahir " + candidate.birthDate().format(FormDates.SHOWN)
            : "lahir sekitar " + candidate.birthYearEstimate();
    String cases =
        caseFiles.casesOf(candidate.id()).stream()
            .map(c -> c.caseNumber() + (c.isClosed() ? " (selesai)" : " (aktif)"))
            .collect(Collectors.joining(", "));
    return "#"
        + candidate.id()
        + " "
        + candidate.fullName()
        + " ("
        + born
        + (candidate.nik() == null
            ? ", tanpa NIK"
            : ", NIK berakhiran " + candidate.nik().substring(12))
        + (cases.isEmpty() ? "" : ", kasus " + cases)
        + ")";
  }
}
