package id.intervensi.casefile;

import id.intervensi.EngineHooks;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every user task carries the case number as a task variable. Tasklist shows it in the task list
 * ("Nomor kasus"); a social worker may read the variables of the tasks of their group but not yet
 * those of a case they have not worked on, so the process variable alone would stay invisible.
 *
 * <p>The copy lives as long as its task and has no history of its own (audit's history filter
 * leaves it out): the process variable and the business key already record the case number.
 */
@Component
@Order(EngineHooks.CASE_NUMBER_ON_TASKS)
public class CaseNumberOnTasks extends AbstractProcessEnginePlugin {

  private static final TaskListener COPY_CASE_NUMBER = CaseNumberOnTasks::copyCaseNumber;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration
        .getCustomPreBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                    .getTaskDefinition()
                    .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, COPY_CASE_NUMBER);
              }
            });
  }

  /** True for the task-local copy of the case number (not the case's process variable). */
  public static boolean isCopy(String variableName, String taskId) {
    return taskId != null && CaseVariables.CASE_NUMBER.equals(variableName);
  }

  static void copyCaseNumber(DelegateTask task) {
    String caseNumber =
        task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    if (caseNumber != null) {
      task.setVariableLocal(CaseVariables.CASE_NUMBER, caseNumber);
    }
  }
}
