package id.intervensi.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Runs first when a process starts at a start event with a Camunda Form: the start data must
 * satisfy it and carry nothing but its fields ({@link FormSubmissionPipeline}).
 */
class StartFormGuard implements ExecutionListener {

  private final FormSchemaRepository forms;
  private final FormSubmissionPipeline pipeline;

  StartFormGuard(FormSchemaRepository forms, FormSubmissionPipeline pipeline) {
    this.forms = forms;
    this.pipeline = pipeline;
  }

  @Override
  public void notify(DelegateExecution execution) {
    StartFormData formData =
        Context.getCommandContext()
            .runWithoutAuthorization(new GetStartFormCmd(execution.getProcessDefinitionId()));
    if (formData.getCamundaFormRef() == null) {
      return;
    }
    JsonNode schema = forms.find(formData.getCamundaFormRef(), formData.getDeploymentId());
    // at the start event the new case holds exactly what was submitted, plus the initiator
    Set<String> submitted = new HashSet<>(execution.getVariableNames());
    Object initiator =
        ((ExecutionEntity) execution)
            .getProcessDefinition()
            .getProperty(BpmnParse.PROPERTYNAME_INITIATOR_VARIABLE_NAME);
    if (initiator != null) {
      submitted.remove(initiator.toString());
    }
    pipeline.run(schema, submitted, execution);
  }
}
