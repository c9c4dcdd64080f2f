package id.intervensi.dashboard;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.security.Cases;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * Cases driven through the REST API as the demo users for the dashboard and the monthly report: one
 * in the intake, one in the intervention with an overdue evaluation and its escalation, one ended
 * by the client's return to the family.
 */
record DashboardCases(Cases cases, RuntimeService runtime, TaskService tasks, JdbcClient jdbc) {

  static final String WORKER = "peksos1";
  static final String SUPERVISOR = "supervisor1";

  String caseNumber(String pi) {
    return (String) runtime.getVariable(pi, "caseNumber");
  }

  /** A case waiting at the admission approval: in the intake, without a worker. */
  String inIntake() {
    return cases.atAdmissionApproval(WORKER);
  }

  /** A case admitted, assessed and planned, in the intervention, with peksos1 as its worker. */
  String inIntervention() {
    return cases.inIntervention(WORKER);
  }

  /**
   * The periodic evaluation falls due (its timer fired), its follow-up is left past its due date,
   * and the overdue timer escalates it to the supervisors.
   */
  void evaluationOverdueAndEscalated(ManagementService management, String pi) {
    fire(management, pi, TIMER_EVALUATION_DUE);
    Task followUp =
        tasks
            .createTaskQuery()
            .processInstanceId(pi)
            .taskDefinitionKey(TASK_EVALUATION_FOLLOW_UP)
            .singleResult();
    // a week has passed: the follow-up's due date lies behind
    jdbc.sql("update ACT_RU_TASK set DUE_DATE_ = ? where ID_ = ?")
        .params(Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)), followUp.getId())
        .update();
    fire(management, pi, TIMER_EVALUATION_OVERDUE);
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(pi)
                .taskDefinitionKey(TASK_REVIEW_OVERDUE_EVALUATION)
                .count())
        .isEqualTo(1);
  }

  private static void fire(ManagementService management, String pi, String timer) {
    Job job = management.createJobQuery().processInstanceId(pi).activityId(timer).singleResult();
    assertThat(job).as("timer %s of %s", timer, pi).isNotNull();
    management.executeJob(job.getId());
  }

  /** A case admitted, in the intervention, ended by the client's return to the family. */
  String returnedToFamily() {
    String pi = inIntervention();
    String caseNumber = caseNumber(pi);
    Rest.Answer exit =
        cases
            .as(WORKER)
            .post(
                "/api/cases/" + caseNumber + "/client-exit",
                Map.of("reason", "RETURNED_TO_FAMILY", "note", "Dijemput keluarganya."));
    assertThat(exit.status()).as(exit.message()).isEqualTo(204);
    cases.work(WORKER, pi, TASK_TERMINATE, termination(false));
    return pi;
  }

  /** The stays of a case: stage, left or not. */
  List<Map<String, Object>> stays(String caseNumber) {
    return jdbc.sql(
            "select stage, entered_at, left_at, seconds from case_stage_stay where case_number = ?"
                + " order by id")
        .param(caseNumber)
        .query()
        .listOfRows();
  }

  /** A download as {@code user}: status, headers and bytes. */
  record Download(int status, String type, String disposition, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  static Download download(int port, String user, String path) {
    RestClient.Builder client = RestClient.builder().baseUrl("http://localhost:" + port);
    if (user != null) {
      client.defaultHeader(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (user + ":" + Cases.password(user)).getBytes(StandardCharsets.UTF_8)));
    }
    return client
        .build()
        .get()
        .uri(path)
        .exchange(
            (request, response) ->
                new Download(
                    response.getStatusCode().value(),
                    response.getHeaders().getFirst("Content-Type"),
                    response.getHeaders().getFirst("Content-Disposition"),
                    response.getBody().readAllBytes()));
  }
}
