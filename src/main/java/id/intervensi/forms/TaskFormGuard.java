package id.intervensi.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Runs before a user task completes (Tasklist, REST or Java API alike): the data must satisfy the
 * task's Camunda Form and carry nothing but its fields, or the completion is refused and rolled
 * back with nothing saved. Valid dates are then stored as Date variables ({@link FormDates}).
 */
class TaskFormGuard implements TaskListener {

  private final FormSchemaRepository forms;
  private final SubmissionValidator validator;
  private final FormDefaults defaults;
  private final UnknownVariables unknownVariables;

  TaskFormGuard(FormSchemaRepository forms, SubmissionValidator validator, FormDefaults defaults,
      UnknownVariables unknownVariables) {
    this.forms = forms;
    this.validator = validator;
    this.defaults = defaults;
    this.unknownVariables = unknownVariables;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskEntity entity = (TaskEntity) task;
    entity.initializeFormKey();
    CamundaFormRef formRef = entity.getCamundaFormRef();
    ExecutionEntity execution = entity.getExecution();
    if (formRef == null || execution == null) {
      return;
    }
    String deploymentId = execution.getProcessDefinition().getDeploymentId();
    JsonNode schema = forms.find(formRef, deploymentId);
    Set<String> submitted = SubmittedVariables.current();
    List<String> unknown = submitted == null ? List.of() : unknownVariables.check(schema, submitted);
    defaults.apply(schema, task);
    validator.validate(schema, VariableValues.of(task), unknown);
    FormDates.toDateVariables(schema, task);
  }
}
