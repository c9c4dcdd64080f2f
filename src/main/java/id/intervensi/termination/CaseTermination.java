package id.intervensi.termination;

import static id.intervensi.cycle.CycleVariables.EXIT_REASON;
import static id.intervensi.cycle.InterventionCycle.*;
import static id.intervensi.termination.TerminationVariables.*;

import id.intervensi.casefile.CaseFile;
import id.intervensi.casefile.CaseFiles;
import id.intervensi.engine.CurrentUser;
import id.intervensi.forms.PlainText;
import id.intervensi.refusal.Refusal;
import id.intervensi.security.Groups;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends the termination messages of a case, correlated by its case number: TerminationRequested
 * (the client asks to end the intervention, after intake) and ClientExited (other factors, at any
 * stage). Social workers and supervisors may send them; they need no right to change process
 * instances for it: the app checks the group, records who reported it, and correlates.
 */
@Service
public class CaseTermination {

  private static final Logger LOG = LoggerFactory.getLogger(CaseTermination.class);

  /** Who reports a termination request or a client's exit (a worker on their own cases). */
  public static final List<String> REPORTERS = List.of(Groups.SOCIAL_WORKERS, Groups.SUPERVISORS);

  private final CaseFiles caseFiles;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public CaseTermination(
      CaseFiles caseFiles, RuntimeService runtimeService, IdentityService identityService) {
    this.caseFiles = caseFiles;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  public void requestTermination(String caseNumber, String note) {
    requireWorker();
    requirePlainText(note);
    Map<String, Object> variables = new HashMap<>();
    variables.put(TERMINATION_REQUEST_NOTE, note);
    correlate(
        caseNumber,
        MESSAGE_TERMINATION_REQUESTED,
        TERMINATION_REQUESTED_BY,
        variables,
        "Permintaan terminasi hanya dapat diajukan setelah klien diterima dan sebelum tahap terminasi.");
  }

  public void reportExit(String caseNumber, String exitReason, String note) {
    requireWorker();
    requirePlainText(note);
    if (!ExitReason.isValid(exitReason)) {
      throw Refusal.invalid(
          "Alasan keluar (reason) wajib salah satu dari: " + ExitReason.describeAll() + ".");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(EXIT_REASON, exitReason);
    variables.put(EXIT_NOTE, note);
    correlate(
        caseNumber,
        MESSAGE_CLIENT_EXITED,
        EXIT_REPORTED_BY,
        variables,
        "Kepergian klien hanya dapat dicatat sebelum tahap terminasi; kasus ini sudah dalam tahap terminasi.");
  }

  /** The note is shown in the termination form and the case history: plain text only. */
  private static void requirePlainText(String note) {
    if (PlainText.hasMarkup(note)) {
      throw Refusal.invalid("Catatan (note) " + PlainText.MESSAGE + ".");
    }
  }

  /** Refuses everyone but social workers and supervisors, before looking at what they sent. */
  private Authentication requireWorker() {
    return CurrentUser.inGroups(
        identityService,
        REPORTERS,
        "Hanya pekerja sosial dan supervisor yang dapat mengakhiri kasus.");
  }

  private void correlate(
      String caseNumber,
      String message,
      String reporterVariable,
      Map<String, Object> variables,
      String wrongStage) {
    Authentication caller = requireWorker();
    CaseFile caseFile =
        caseFiles
            .find(caseNumber)
            .orElseThrow(() -> Refusal.notFound("Kasus " + caseNumber + " tidak ditemukan."));
    if (caseFile.isClosed()) {
      throw Refusal.conflict("Kasus " + caseNumber + " sudah ditutup dan tidak dapat diubah lagi.");
    }
    variables.put(reporterVariable, caller.getUserId());
    identityService.clearAuthentication();
    try {
      runtimeService
          .createMessageCorrelation(message)
          .processInstanceBusinessKey(caseNumber)
          .setVariables(variables)
          .correlateWithResult();
      LOG.info("Case {}: {} reported by {}", caseNumber, message, caller.getUserId());
    } catch (MismatchingMessageCorrelationException e) {
      throw Refusal.conflict("Kasus " + caseNumber + ": " + wrongStage);
    } finally {
      identityService.setAuthentication(caller);
    }
  }
}
