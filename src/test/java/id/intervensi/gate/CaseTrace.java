package id.intervensi.gate;

import static id.intervensi.cycle.InterventionCycle.PROCESS_ID;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * What a refused request must not change in a case: its variables and the task's, the task's holder
 * and delegation, its history and operation log, its tasks, and no case or batch started. Two
 * traces taken before and after a refusal are equal.
 */
record CaseTrace(RuntimeService runtime, TaskService tasks, HistoryService history) {

  Map<String, Object> of(String pi, String taskId) {
    Map<String, Object> trace = new LinkedHashMap<>();
    trace.put("variables", new TreeMap<>(runtime.getVariables(pi)));
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    trace.put(
        "task",
        task == null
            ? null
            : task.getTaskDefinitionKey()
                + " held by "
                + task.getAssignee()
                + ", delegation "
                + task.getDelegationState());
    trace.put(
        "task variables", task == null ? null : new TreeMap<>(tasks.getVariablesLocal(taskId)));
    trace.put(
        "case running",
        runtime.createProcessInstanceQuery().processInstanceId(pi).active().count());
    trace.put("tasks of the case", tasks.createTaskQuery().processInstanceId(pi).count());
    trace.put("history details", history.createHistoricDetailQuery().processInstanceId(pi).count());
    trace.put(
        "historic variables",
        history.createHistoricVariableInstanceQuery().processInstanceId(pi).count());
    trace.put("operation log", history.createUserOperationLogQuery().processInstanceId(pi).count());
    trace.put(
        "cases", runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count());
    trace.put("batches", history.createHistoricBatchQuery().count());
    return trace;
  }
}
