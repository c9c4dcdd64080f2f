package id.intervensi.forms;

import id.intervensi.refusal.WordedForUsers;
import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Refuses a form submission. Extends Camunda's {@link FormFieldValidationException} because the
 * REST API answers that one with 400 Bad Request and its message, for tasks and start forms alike.
 */
public class InvalidSubmissionException extends FormFieldValidationException
    implements WordedForUsers {

  private final List<String> violations;

  public InvalidSubmissionException(String formId, List<String> violations) {
    super(formId, "Data formulir tidak valid: " + String.join(" ", violations));
    this.violations = List.copyOf(violations);
  }

  public List<String> getViolations() {
    return violations;
  }
}
