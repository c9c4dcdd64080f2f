package id.intervensi.bench;

import id.intervensi.CaseData;
import id.intervensi.CycleLookups;
import id.intervensi.cycle.InterventionCycle;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * The benchmark's walk, the same on the app and on the bare engine: a case opened with the start
 * form's variables and taken through the Java API on the shortest full path (intake, admission,
 * contract, assessment, plan, plan approval, two activities, evaluation with goals reached,
 * termination without after-care: 11 user tasks), with CaseData's variables.
 */
final class CycleWalk {

  static final int TASKS_PER_CASE = 11;

  private CycleWalk() {}

  static void walk(ProcessEngine engine, int cases) {
    String definitionId = CycleLookups.latestDefinitionId(engine);
    for (int i = 0; i < cases; i++) {
      String pi =
          engine
              .getFormService()
              .submitStartForm(definitionId, CaseData.caseOpening(CaseData.randomNik()))
              .getId();
      complete(engine, pi, InterventionCycle.TASK_INTAKE_INTERVIEW, CaseData.intake(true));
      complete(
          engine, pi, InterventionCycle.TASK_APPROVE_ADMISSION, CaseData.admissionApproval(true));
      complete(
          engine, pi, InterventionCycle.TASK_SIGN_SERVICE_CONTRACT, CaseData.serviceContract(true));
      complete(engine, pi, InterventionCycle.TASK_ASSESS_CLIENT, CaseData.assessment());
      complete(engine, pi, InterventionCycle.TASK_PLAN_INTERVENTION, CaseData.plan());
      complete(engine, pi, InterventionCycle.TASK_APPROVE_PLAN, CaseData.planApproval(true));
      complete(engine, pi, InterventionCycle.TASK_CARRY_OUT_ACTIVITY, CaseData.activityReport());
      complete(engine, pi, InterventionCycle.TASK_CARRY_OUT_ACTIVITY, CaseData.activityReport());
      complete(
          engine,
          pi,
          InterventionCycle.TASK_EVALUATE_INTERVENTION,
          CaseData.evaluation("GOALS_REACHED"));
      complete(engine, pi, InterventionCycle.TASK_TERMINATE, CaseData.termination(false));
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count()
          != 0) {
        throw new IllegalStateException("case " + pi + " did not end after the walk");
      }
    }
  }

  static void complete(ProcessEngine engine, String pi, String taskKey, Map<String, Object> data) {
    Task task = CycleLookups.openTask(engine, pi, taskKey);
    engine.getTaskService().complete(task.getId(), data);
  }
}
