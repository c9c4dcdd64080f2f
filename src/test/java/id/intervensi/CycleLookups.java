package id.intervensi;

import id.intervensi.cycle.InterventionCycle;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** Look-ups that tests and benchmarks driving the cycle through the Java API share. */
public final class CycleLookups {

  private CycleLookups() {}

  /** The id of the latest deployed intervention-cycle definition. */
  public static String latestDefinitionId(ProcessEngine engine) {
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .processDefinitionKey(InterventionCycle.PROCESS_ID)
        .latestVersion()
        .singleResult()
        .getId();
  }

  /** The case's open task of one step (the first, if a step has several). */
  public static Task openTask(ProcessEngine engine, String processInstanceId, String taskKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey)
        .listPage(0, 1)
        .get(0);
  }
}
