package id.intervensi.forms;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;

/** Runs first when a process starts at a start event with a Camunda Form: the start data must satisfy it. */
class StartFormGuard implements ExecutionListener {

  private final FormSchemaRepository forms;
  private final SubmissionValidator validator;
  private final FormDefaults defaults;

  StartFormGuard(FormSchemaRepository forms, SubmissionValidator validator, FormDefaults defaults) {
    this.forms = forms;
    this.validator = validator;
    this.defaults = defaults;
  }

  @Override
  public void notify(DelegateExecution execution) {
    StartFormData formData = Context.getCommandContext()
        .runWithoutAuthorization(new GetStartFormCmd(execution.getProcessDefinitionId()));
    if (formData.getCamundaFormRef() == null) {
      return;
    }
    JsonNode schema = forms.find(formData.getCamundaFormRef(), formData.getDeploymentId());
    defaults.apply(schema, execution);
    validator.validate(schema, VariableValues.of(execution));
  }
}
