package id.intervensi.termination;

import id.intervensi.cycle.CycleVariables;
import id.intervensi.cycle.UsableInModels;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${terminationReasonRecorder.record(execution, '...')}} on the events that lead to
 * termination: records why the case is being terminated. For "other factors" the exit reason the
 * ClientExited message carries must be one of {@link ExitReason}. Also prepares the termination
 * form: no after-care follow-up by default when the client died, and a summary drafted from the
 * case ({@link TerminationSummaryDraft}).
 */
@UsableInModels("Mencatat alasan terminasi kasus.")
@Component("terminationReasonRecorder")
public class TerminationReasonRecorder {

  @UsableInModels("record(execution, 'ALASAN'): alasan terminasi, salah satu TerminationReason")
  public void record(DelegateExecution execution, String reason) {
    TerminationReason terminationReason = TerminationReason.valueOf(reason);
    if (terminationReason == TerminationReason.OTHER_FACTORS
        && !ExitReason.isValid(execution.getVariable(CycleVariables.EXIT_REASON))) {
      throw new BadUserRequestException(
          "Alasan keluar (exitReason) wajib salah satu dari: " + ExitReason.describeAll() + ".");
    }
    execution.setVariable(CycleVariables.TERMINATION_REASON, terminationReason.name());
    if (ExitReason.DECEASED.name().equals(execution.getVariable(CycleVariables.EXIT_REASON))) {
      // the termination form then offers no after-care follow-up by default; the worker may still
      // choose one (e.g. for the bereaved family)
      execution.setVariable(CycleVariables.AFTER_CARE_FOLLOW_UP, false);
    }
    TerminationSummaryDraft.fill(execution);
  }
}
