package id.intervensi.casefile;

import id.intervensi.cycle.CycleVariables;
import id.intervensi.cycle.UsableInModels;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The end events of the cycle: closes the case file with the reason the case ended. A case that is
 * already closed is never closed (or reopened) again.
 */
@UsableInModels("Penutupan kasus: mencatat alasan dan waktu kasus berakhir (listener end event).")
@Component("caseClosureListener")
public class CaseClosureListener implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(CaseClosureListener.class);

  private final CaseFiles caseFiles;

  public CaseClosureListener(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String caseNumber = (String) execution.getVariable(CaseVariables.CASE_NUMBER);
    String reason = closureReason(execution);
    String exitReason = (String) execution.getVariable(CycleVariables.EXIT_REASON);
    if (!caseFiles.close(caseNumber, reason, exitReason)) {
      throw new IllegalStateException(
          "Kasus " + caseNumber + " sudah ditutup dan tidak dapat ditutup lagi.");
    }
    LOG.info("Case {} closed: {}", caseNumber, reason);
  }

  /**
   * NOT_ADMITTED, CONSENT_REFUSED, or the termination reason (GOALS_REACHED, CLIENT_REQUEST,
   * OTHER_FACTORS).
   */
  static String closureReason(DelegateExecution execution) {
    Object terminationReason = execution.getVariable(CycleVariables.TERMINATION_REASON);
    if (terminationReason != null) {
      return terminationReason.toString();
    }
    return "CONSENT_REFUSED".equals(execution.getVariable(CycleVariables.ADMISSION_OUTCOME))
        ? "CONSENT_REFUSED"
        : "NOT_ADMITTED";
  }
}
