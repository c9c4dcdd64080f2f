package id.intervensi.forms;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Runs before a user task completes (Tasklist, REST or Java API alike): the data must satisfy the
 * task's Camunda Form and carry nothing but its fields, or the completion is refused and rolled
 * back with nothing saved ({@link FormSubmissionPipeline}).
 */
class TaskFormGuard implements TaskListener {

  private final FormSchemaRepository forms;
  private final FormSubmissionPipeline pipeline;

  TaskFormGuard(FormSchemaRepository forms, FormSubmissionPipeline pipeline) {
    this.forms = forms;
    this.pipeline = pipeline;
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
    pipeline.run(schema, SubmittedVariables.current(), task);
  }
}
