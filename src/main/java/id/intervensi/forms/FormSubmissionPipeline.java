package id.intervensi.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What happens to every form submission, start form and task form alike, in this order: variables
 * that are not fields of the form are found, left-out fields get the defaults Tasklist would have
 * sent, the whole submission is validated (refused with every violation, unknown variables first),
 * and valid dates become Date variables. Validation sees the data as submitted, dates as text.
 */
class FormSubmissionPipeline {

  private final UnknownVariables unknownVariables;
  private final FormDefaults defaults;
  private final SubmissionValidator validator;

  FormSubmissionPipeline(
      UnknownVariables unknownVariables, FormDefaults defaults, SubmissionValidator validator) {
    this.unknownVariables = unknownVariables;
    this.defaults = defaults;
    this.validator = validator;
  }

  /**
   * Runs the submission of {@code schema} in {@code scope}; throws {@link
   * InvalidSubmissionException} when it is refused.
   *
   * @param submitted names of the submitted variables, or null when they are not known (a task
   *     completed without a command that carries them): then no variable is refused as unknown
   */
  void run(JsonNode schema, Set<String> submitted, VariableScope scope) {
    List<String> unknown =
        submitted == null ? List.of() : unknownVariables.check(schema, submitted);
    defaults.apply(schema, scope);
    // validation only reads: each variable is read and parsed once however many rules ask
    validator.validate(schema, VariableValues.readOnce(scope), unknown);
    FormDates.toDateVariables(schema, scope);
  }
}
