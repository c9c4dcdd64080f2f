package id.intervensi.caseload;

import static id.intervensi.cycle.InterventionCycle.TASK_APPROVE_ADMISSION;

import id.intervensi.EngineHooks;
import id.intervensi.casefile.CaseFile;
import id.intervensi.casefile.CaseFiles;
import id.intervensi.security.Groups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The case's own worker at work, on every user task of every deployed version:
 *
 * <ul>
 *   <li>a task for the social workers' group is created assigned to the case's worker (the group
 *       stays a candidate: the worker may hand it back, a supervisor may reassign it);
 *   <li>the admission approval offers the social workers to choose from ({@value #WORKER_CHOICES},
 *       a task-local Json list for the form's select) and, when completed, records the chosen
 *       worker ({@value #ASSIGNED_WORKER}) in the case file, with who chose.
 * </ul>
 */
@Component
@Order(EngineHooks.ASSIGNED_WORKER)
public class AssignedWorkerOnTasks extends AbstractProcessEnginePlugin {

  /** Form field of admission-approval: the chosen worker's user id (moved to the case file). */
  public static final String ASSIGNED_WORKER = "assignedWorker";

  /** The admission approval's decision: a worker is recorded for an admitted client only. */
  static final String ADMISSION_APPROVED = "admissionApproved";

  /** Task-local variable of Task_ApproveAdmission: the select's options, [{label, value}]. */
  public static final String WORKER_CHOICES = "socialWorkerChoices";

  private final CaseFiles caseFiles;
  private final SocialWorkers socialWorkers;

  AssignedWorkerOnTasks(CaseFiles caseFiles, SocialWorkers socialWorkers) {
    this.caseFiles = caseFiles;
    this.socialWorkers = socialWorkers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    TaskListener assign = this::assignToCaseWorker;
    TaskListener offer = this::offerWorkers;
    ExecutionListener record = this::recordChosenWorker;
    configuration
        .getCustomPreBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task =
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, assign);
                if (TASK_APPROVE_ADMISSION.equals(activity.getId())) {
                  task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, offer);
                  // when the task has ended: after the form's validation (a complete listener)
                  activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, record);
                }
              }
            });
  }

  void assignToCaseWorker(DelegateTask task) {
    if (task.getAssignee() != null || !forSocialWorkers(task)) {
      return;
    }
    caseFiles
        .findByProcessInstance(task.getProcessInstanceId())
        .map(CaseFile::assignedWorker)
        .ifPresent(task::setAssignee);
  }

  void offerWorkers(DelegateTask task) {
    List<Map<String, String>> choices =
        socialWorkers.all().stream()
            .map(w -> Map.of("label", w.name() + " (" + w.id() + ")", "value", w.id()))
            .toList();
    task.setVariableLocal(WORKER_CHOICES, SpinValues.jsonValue(Spin.JSON(choices)).create());
  }

  void recordChosenWorker(DelegateExecution task) {
    Object chosen = task.getVariable(ASSIGNED_WORKER);
    task.removeVariable(ASSIGNED_WORKER);
    if (task.isCanceled()
        || !(chosen instanceof String worker)
        || worker.isBlank()
        || !Boolean.TRUE.equals(task.getVariable(ADMISSION_APPROVED))) {
      return;
    }
    caseFiles
        .findByProcessInstance(task.getProcessInstanceId())
        .ifPresent(
            caseFile ->
                caseFiles.assignWorker(
                    caseFile.caseNumber(),
                    worker,
                    Context.getCommandContext().getAuthenticatedUserId(),
                    "Dipilih saat penerimaan klien"));
  }

  private static boolean forSocialWorkers(DelegateTask task) {
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && Groups.SOCIAL_WORKERS.equals(link.getGroupId())) {
        return true;
      }
    }
    return false;
  }
}
