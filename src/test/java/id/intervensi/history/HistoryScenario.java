package id.intervensi.history;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.security.Cases;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * A case driven through the REST API as the demo users, for the history tests: opened and
 * interviewed by peksos1 (eligibility decided by the table), admitted by supervisor1 with peksos1
 * as its worker, contract, assessment (functioning level decided), a plan sent back and drawn up
 * again with another evaluation interval (P30D → P14D), approved; an activity reassigned by the
 * supervisor to peksos2; then the client returns to the family (message ClientExited through
 * /api/cases/{n}/client-exit) and the case is terminated and ends.
 */
public record HistoryScenario(String processInstanceId, String caseNumber) {

  public static final String WORKER = "peksos1";
  public static final String SUPERVISOR = "supervisor1";
  public static final String EXIT_NOTE = "Dijemput anaknya ke Garut.";

  public static HistoryScenario run(Cases cases, RuntimeService runtime, TaskService tasks) {
    String pi = cases.atAdmissionApproval(WORKER);
    String caseNumber = (String) runtime.getVariable(pi, "caseNumber");
    cases.work(
        SUPERVISOR,
        pi,
        TASK_APPROVE_ADMISSION,
        with(admissionApproval(true), "assignedWorker", WORKER));
    cases.work(WORKER, pi, TASK_SIGN_SERVICE_CONTRACT, serviceContract(true));
    cases.work(WORKER, pi, TASK_ASSESS_CLIENT, assessment());
    cases.work(WORKER, pi, TASK_PLAN_INTERVENTION, plan());
    cases.work(SUPERVISOR, pi, TASK_APPROVE_PLAN, planApproval(false));
    cases.work(WORKER, pi, TASK_PLAN_INTERVENTION, with(plan(), "evaluationInterval", "P14D"));
    cases.work(SUPERVISOR, pi, TASK_APPROVE_PLAN, planApproval(true));
    List<Task> activities =
        tasks
            .createTaskQuery()
            .processInstanceId(pi)
            .taskDefinitionKey(TASK_CARRY_OUT_ACTIVITY)
            .orderByTaskId()
            .asc()
            .list();
    Rest.Answer reassigned =
        cases
            .as(SUPERVISOR)
            .post(
                "/engine-rest/task/" + activities.get(0).getId() + "/assignee",
                Map.of("userId", "peksos2"));
    assertThat(reassigned.status()).as(reassigned.message()).isEqualTo(204);
    Rest.Answer exit =
        cases
            .as(WORKER)
            .post(
                "/api/cases/" + caseNumber + "/client-exit",
                Map.of("reason", "RETURNED_TO_FAMILY", "note", EXIT_NOTE));
    assertThat(exit.status()).as(exit.message()).isEqualTo(204);
    cases.work(WORKER, pi, TASK_TERMINATE, termination(false));
    return new HistoryScenario(pi, caseNumber);
  }
}
