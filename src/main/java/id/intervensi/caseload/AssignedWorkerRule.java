package id.intervensi.caseload;

import id.intervensi.cycle.CycleForms;
import id.intervensi.forms.FieldValues;
import id.intervensi.forms.SubmissionRule;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The worker chosen at the admission is a social worker of the home: the form's select offers them
 * (AssignedWorkerOnTasks), and the server checks it, whatever door the submission came through.
 */
@Component
class AssignedWorkerRule implements SubmissionRule {

  private final SocialWorkers socialWorkers;

  AssignedWorkerRule(SocialWorkers socialWorkers) {
    this.socialWorkers = socialWorkers;
  }

  @Override
  public String formId() {
    return CycleForms.ADMISSION_APPROVAL;
  }

  @Override
  public void check(FieldValues values, List<String> violations) {
    Object chosen = values.get(AssignedWorkerOnTasks.ASSIGNED_WORKER);
    if (chosen == null || (chosen instanceof String text && text.isBlank())) {
      return;
    }
    if (!(chosen instanceof String worker) || socialWorkers.find(worker).isEmpty()) {
      violations.add(
          "«Pekerja sosial pendamping» harus salah satu pekerja sosial panti; \""
              + chosen
              + "\" bukan pekerja sosial.");
    }
  }
}
