package id.intervensi.forms;

import id.intervensi.EngineHooks;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the server-side form validation on every user task and every process start event with a
 * Camunda Form, in every deployed model, including ones deployed later from Camunda Modeler. The
 * guards are built-in listeners: they run before the model's own listeners and cannot be skipped.
 */
@Component
@Order(EngineHooks.FORM_VALIDATION)
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

  private final TaskFormGuard taskFormGuard;
  private final StartFormGuard startFormGuard;

  public FormValidationPlugin(
      FormSchemaRepository forms,
      SubmissionValidator validator,
      FormDefaults defaults,
      UnknownVariables unknownVariables) {
    FormSubmissionPipeline pipeline =
        new FormSubmissionPipeline(unknownVariables, defaults, validator);
    this.taskFormGuard = new TaskFormGuard(forms, pipeline);
    this.startFormGuard = new StartFormGuard(forms, pipeline);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new GuardParseListener());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration
        .getCustomPreCommandInterceptorsTxRequired()
        .add(0, new ValidationExceptionUnwrapper());
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new SubmittedVariables());
  }

  private final class GuardParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      ((UserTaskActivityBehavior) activity.getActivityBehavior())
          .getTaskDefinition()
          .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, taskFormGuard);
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (scope instanceof ProcessDefinitionEntity) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, startFormGuard, 0);
      }
    }
  }
}
