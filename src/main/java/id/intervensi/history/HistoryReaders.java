package id.intervensi.history;

import id.intervensi.casefile.CaseFile;
import id.intervensi.casefile.CaseFiles;
import id.intervensi.engine.CurrentUser;
import id.intervensi.refusal.Refusal;
import id.intervensi.security.Groups;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who reads case history (docs/roles.md): supervisors, managers, auditors and administrators every
 * case, search and export; a social worker the timeline of the cases the engine lets them read
 * (they opened or worked on), nothing else. Exports take client data out of the system, so they
 * stay with the roles that answer for the home's records.
 */
@Component
public class HistoryReaders {

  /** Who searches, reads and exports the history of every case. */
  public static final List<String> EVERY_CASE =
      List.of(Groups.SUPERVISORS, Groups.MANAGERS, Groups.AUDITORS, Groups.ADMINS);

  /** Who reads a case's timeline: every case, or (social workers) the cases they work on. */
  static final List<String> TIMELINE =
      List.of(
          Groups.SOCIAL_WORKERS,
          Groups.SUPERVISORS,
          Groups.MANAGERS,
          Groups.AUDITORS,
          Groups.ADMINS);

  static final String NOT_ALLOWED =
      "Riwayat kasus dapat dibaca oleh supervisor, manajer dan auditor; pekerja sosial hanya"
          + " riwayat kasus yang ditanganinya.";
  static final String SEARCH_NOT_ALLOWED =
      "Pencarian dan ekspor riwayat kasus hanya untuk supervisor, manajer dan auditor.";

  private final CaseFiles caseFiles;
  private final IdentityService identityService;
  private final HistoryService historyService;

  HistoryReaders(
      CaseFiles caseFiles, IdentityService identityService, HistoryService historyService) {
    this.caseFiles = caseFiles;
    this.identityService = identityService;
    this.historyService = historyService;
  }

  /** The user, if they search and export; 403 otherwise. */
  Authentication searcher() {
    return CurrentUser.inGroups(identityService, EVERY_CASE, SEARCH_NOT_ALLOWED);
  }

  /** The case, if the user may read its timeline; 403 or 404 otherwise. */
  CaseFile caseToRead(String caseNumber) {
    Authentication user = CurrentUser.inGroups(identityService, TIMELINE, NOT_ALLOWED);
    CaseFile caseFile = find(caseNumber);
    if (CurrentUser.isIn(user, EVERY_CASE)) {
      return caseFile;
    }
    // a social worker: the engine's per-case history grant decides, as for /api/cases/...
    boolean granted =
        historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(caseFile.processInstanceId())
                .count()
            > 0;
    if (!granted) {
      throw Refusal.notAllowed(NOT_ALLOWED);
    }
    return caseFile;
  }

  /** The case, if the user may export its history; 403 or 404 otherwise. */
  CaseFile caseToExport(String caseNumber) {
    searcher();
    return find(caseNumber);
  }

  /** "Full Name (userId)" of the logged-in user, for the record of an export. */
  String nameOf(Authentication user) {
    return CurrentUser.displayName(identityService, user);
  }

  private CaseFile find(String caseNumber) {
    return caseFiles
        .find(caseNumber)
        .orElseThrow(() -> Refusal.notFound("Kasus " + caseNumber + " tidak ditemukan."));
  }
}
