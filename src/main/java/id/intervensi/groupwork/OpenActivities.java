package id.intervensi.groupwork;

import static id.intervensi.cycle.InterventionCycle.PROCESS_ID;
import static id.intervensi.cycle.InterventionCycle.TASK_CARRY_OUT_ACTIVITY;

import id.intervensi.engine.AsSystem;
import id.intervensi.forms.VariableValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open activity tasks (Task_CarryOutActivity) of the cases in the intervention stage: what a
 * group session can report. Read as the app: the worker recording a session need not be the worker
 * of every participant's case (the app checks their group before).
 */
@Component
class OpenActivities {

  static final String GROUP_WORK = "GROUP_WORK";

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  OpenActivities(
      TaskService taskService, RuntimeService runtimeService, IdentityService identityService) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** Every case with an activity waiting for its report, by case number, oldest task first. */
  Map<String, List<Task>> byCase() {
    return AsSystem.call(
        identityService,
        () -> {
          List<Task> tasks =
              taskService
                  .createTaskQuery()
                  .processDefinitionKey(PROCESS_ID)
                  .taskDefinitionKey(TASK_CARRY_OUT_ACTIVITY)
                  .active()
                  .orderByTaskCreateTime()
                  .asc()
                  .list();
          if (tasks.isEmpty()) {
            return Map.of();
          }
          Map<String, String> caseNumbers = new HashMap<>();
          runtimeService
              .createProcessInstanceQuery()
              .processInstanceIds(
                  tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
              .list()
              .forEach(pi -> caseNumbers.put(pi.getId(), pi.getBusinessKey()));
          Map<String, List<Task>> byCase = new TreeMap<>();
          for (Task task : tasks) {
            String caseNumber = caseNumbers.get(task.getProcessInstanceId());
            if (caseNumber != null) {
              byCase.computeIfAbsent(caseNumber, k -> new ArrayList<>()).add(task);
            }
          }
          return byCase;
        });
  }

  /**
   * The activity a session reports for a case: a planned group-work activity if one waits, else the
   * oldest waiting activity; empty when the case is not in the intervention stage.
   */
  Optional<Task> forSession(String caseNumber) {
    List<Task> waiting =
        AsSystem.call(
            identityService,
            () ->
                taskService
                    .createTaskQuery()
                    .processDefinitionKey(PROCESS_ID)
                    .processInstanceBusinessKey(caseNumber)
                    .taskDefinitionKey(TASK_CARRY_OUT_ACTIVITY)
                    .active()
                    .list());
    return waiting.stream()
        .filter(t -> GROUP_WORK.equals(activity(t).get("method")))
        .findFirst()
        .or(() -> waiting.stream().min(Comparator.comparing(Task::getCreateTime)));
  }

  /** The planned activity (name, method, ...) a task carries out. */
  Map<?, ?> activity(Task task) {
    Object value =
        AsSystem.call(
            identityService,
            () ->
                VariableValues.plain(taskService.getVariableTyped(task.getId(), "activity", true)));
    return value instanceof Map<?, ?> map ? map : Map.of();
  }
}
