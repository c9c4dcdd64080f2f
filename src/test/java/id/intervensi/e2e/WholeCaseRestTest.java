package id.intervensi.e2e;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One whole case through the REST API, as the right demo user at each step, from opening to the
 * after-care follow-up, and the refusals a user meets on the way.
 */
@RunningApp
class WholeCaseRestTest {

  static final String WORKER = "peksos1";
  static final String OTHER_WORKER = "peksos2";
  static final String SUPERVISOR = "supervisor1";
  static final String MANAGER = "manajer1";
  static final String AUDITOR = "auditor1";

  @LocalServerPort int port;

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  Map<String, Object> openCase(String user, Map<String, Object> data) {
    Rest.Answer started =
        as(user)
            .post(
                "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form",
                Map.of("variables", toRest(data)));
    assertThat(started.status()).as(started.message()).isEqualTo(200);
    return started.map();
  }

  String taskOf(String user, String processInstanceId, String taskKey) {
    List<Map<String, Object>> tasks =
        as(user)
            .get(
                "/engine-rest/task?maxResults=2000&processInstanceId="
                    + processInstanceId
                    + "&taskDefinitionKey="
                    + taskKey)
            .list();
    assertThat(tasks).as("%s sees a task %s", user, taskKey).isNotEmpty();
    return (String) tasks.get(0).get("id");
  }

  /** Claims the task, loads its form and variables as Tasklist does, and submits the form. */
  void work(String user, String processInstanceId, String taskKey, Map<String, Object> data) {
    String taskId = taskOf(user, processInstanceId, taskKey);
    assertThat(
            as(user)
                .post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user))
                .status())
        .isEqualTo(204);
    Rest.Answer form = as(user).get("/engine-rest/task/" + taskId + "/deployed-form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(as(user).get("/engine-rest/task/" + taskId + "/form-variables").status())
        .isEqualTo(200);
    Rest.Answer submitted =
        as(user)
            .post(
                "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", toRest(data)));
    assertThat(submitted.status())
        .as("%s submits %s: %s", user, taskKey, submitted.message())
        .isEqualTo(204);
  }

  @Test
  void aWholeCaseFromOpeningToAfterCare() {
    Map<String, Object> opened = openCase(WORKER, caseOpening(randomNik()));
    String pi = (String) opened.get("id");
    String caseNumber = (String) opened.get("businessKey");
    assertThat(caseNumber).matches("PSTW-\\d{4}-\\d{5}");
    // Tasklist's "Nomor kasus" column: a social worker reads it from the task before working on the
    // case
    String intake = taskOf(WORKER, pi, TASK_INTAKE_INTERVIEW);
    assertThat(
            as(WORKER)
                .get("/engine-rest/task/" + intake + "/localVariables/caseNumber")
                .map()
                .get("value"))
        .isEqualTo(caseNumber);

    work(WORKER, pi, TASK_INTAKE_INTERVIEW, intake(true));
    work(SUPERVISOR, pi, TASK_APPROVE_ADMISSION, admissionApproval(true));
    work(WORKER, pi, TASK_SIGN_SERVICE_CONTRACT, serviceContract(true));
    work(WORKER, pi, TASK_ASSESS_CLIENT, assessment());
    work(WORKER, pi, TASK_PLAN_INTERVENTION, plan());
    work(SUPERVISOR, pi, TASK_APPROVE_PLAN, planApproval(true));
    work(WORKER, pi, TASK_CARRY_OUT_ACTIVITY, activityReport());
    work(OTHER_WORKER, pi, TASK_CARRY_OUT_ACTIVITY, activityReport());
    work(WORKER, pi, TASK_EVALUATE_INTERVENTION, evaluation("GOALS_REACHED"));
    work(WORKER, pi, TASK_TERMINATE, termination(true));

    // the after-care timer is due in 90 days; a manager brings it forward, the job executor fires
    // it
    List<Map<String, Object>> jobs =
        as(MANAGER)
            .get(
                "/engine-rest/job?maxResults=2000&processInstanceId="
                    + pi
                    + "&activityId="
                    + TIMER_AFTER_CARE_DUE)
            .list();
    assertThat(jobs).hasSize(1);
    assertThat(
            OffsetDateTime.parse(
                (String) jobs.get(0).get("dueDate"),
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")))
        .isAfter(OffsetDateTime.now().plusDays(89));
    Rest.Answer rescheduled =
        as(MANAGER)
            .put(
                "/engine-rest/job/" + jobs.get(0).get("id") + "/duedate",
                Map.of(
                    "duedate",
                    OffsetDateTime.now()
                        .minusSeconds(1)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))));
    assertThat(rescheduled.status()).as(rescheduled.message()).isEqualTo(204);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                !as(WORKER)
                    .get(
                        "/engine-rest/task?maxResults=2000&processInstanceId="
                            + pi
                            + "&taskDefinitionKey="
                            + TASK_AFTER_CARE_FOLLOW_UP)
                    .list()
                    .isEmpty());
    work(WORKER, pi, TASK_AFTER_CARE_FOLLOW_UP, afterCare());

    // the auditor reads the whole history of the closed case: who did what, and why it ended
    Map<String, Object> history =
        as(AUDITOR).get("/engine-rest/history/process-instance/" + pi).map();
    assertThat(history.get("state")).isEqualTo("COMPLETED");
    assertThat(history.get("businessKey")).isEqualTo(caseNumber);
    List<Map<String, Object>> tasks =
        as(AUDITOR)
            .get(
                "/engine-rest/history/task?maxResults=2000&processInstanceId="
                    + pi
                    + "&sortBy=startTime&sortOrder=asc")
            .list();
    assertThat(tasks)
        .extracting(t -> t.get("taskDefinitionKey"))
        .containsSubsequence(
            TASK_INTAKE_INTERVIEW,
            TASK_APPROVE_ADMISSION,
            TASK_SIGN_SERVICE_CONTRACT,
            TASK_ASSESS_CLIENT,
            TASK_PLAN_INTERVENTION,
            TASK_APPROVE_PLAN,
            TASK_EVALUATE_INTERVENTION,
            TASK_TERMINATE,
            TASK_AFTER_CARE_FOLLOW_UP);
    assertThat(tasks)
        .filteredOn(t -> TASK_APPROVE_PLAN.equals(t.get("taskDefinitionKey")))
        .extracting(t -> t.get("assignee"))
        .containsExactly(SUPERVISOR);
    List<Map<String, Object>> reason =
        as(AUDITOR)
            .get(
                "/engine-rest/history/variable-instance?maxResults=2000&processInstanceId="
                    + pi
                    + "&variableName=terminationReason")
            .list();
    assertThat(reason).extracting(v -> v.get("value")).containsExactly("GOALS_REACHED");
  }

  @Test
  void invalidDataIsRefusedInIndonesianAndNothingIsSaved() {
    String pi = (String) openCase(WORKER, caseOpening(randomNik())).get("id");
    String taskId = taskOf(WORKER, pi, TASK_INTAKE_INTERVIEW);
    as(WORKER).post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", WORKER));

    Rest.Answer refused =
        as(WORKER)
            .post(
                "/engine-rest/task/" + taskId + "/submit-form",
                Map.of(
                    "variables",
                    toRest(with(with(intake(true), "dtsenDecile", 42L), "intakeDate", "kemarin"))));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message())
        .contains("Data formulir tidak valid")
        .contains("10")
        .contains("tanggal");
    assertThat(as(WORKER).get("/engine-rest/task/" + taskId).status()).isEqualTo(200);
    assertThat(
            as(WORKER)
                .get("/engine-rest/process-instance/" + pi + "/variables/dtsenDecile")
                .status())
        .isIn(403, 404);
    assertThat(
            as(SUPERVISOR)
                .get("/engine-rest/process-instance/" + pi + "/variables/dtsenDecile")
                .status())
        .isEqualTo(404);
  }

  @Test
  void invalidCaseOpeningIsRefusedInIndonesian() {
    Rest.Answer refused =
        as(WORKER)
            .post(
                "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form",
                Map.of(
                    "variables",
                    toRest(with(caseOpening("999"), "clientBirthDate", "2090-01-01"))));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).contains("NIK").contains("Tanggal lahir");
  }

  @Test
  void loginIsRequiredAndEachGroupDoesOnlyItsPart() {
    assertThat(Rest.anonymous(port).get("/engine-rest/task?maxResults=2000").status())
        .isEqualTo(401);
    assertThat(
            Rest.anonymous(port)
                .post("/api/cases/PSTW-2026-00001/termination-request", Map.of())
                .status())
        .isEqualTo(401);
    // (a wrong password for a real user would lock that user out for a few seconds: Camunda's login
    // delay)
    assertThat(
            Rest.as(port, "tidak-ada", "salah").get("/engine-rest/task?maxResults=2000").status())
        .isEqualTo(401);

    assertThat(
            as(AUDITOR)
                .post(
                    "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form",
                    Map.of("variables", toRest(caseOpening(randomNik()))))
                .status())
        .isEqualTo(403);

    String pi = (String) openCase(WORKER, caseOpening(randomNik())).get("id");
    work(WORKER, pi, TASK_INTAKE_INTERVIEW, intake(true));
    assertThat(
            as(WORKER)
                .get(
                    "/engine-rest/task?maxResults=2000&processInstanceId="
                        + pi
                        + "&taskDefinitionKey="
                        + TASK_APPROVE_ADMISSION)
                .list())
        .as("a social worker does not see the supervisor's approval")
        .isEmpty();
    String approval = taskOf(SUPERVISOR, pi, TASK_APPROVE_ADMISSION);
    assertThat(
            as(WORKER)
                .post(
                    "/engine-rest/task/" + approval + "/submit-form",
                    Map.of("variables", toRest(admissionApproval(true))))
                .status())
        .isIn(403, 404);
    assertThat(
            as(AUDITOR)
                .post(
                    "/engine-rest/task/" + approval + "/submit-form",
                    Map.of("variables", toRest(admissionApproval(true))))
                .status())
        .isIn(403, 404);
    assertThat(as(AUDITOR).get("/engine-rest/history/process-instance/" + pi).status())
        .isEqualTo(200);
  }

  @Test
  void terminationMessagesGoThroughTheCaseApi() {
    Map<String, Object> opened = openCase(WORKER, caseOpening(randomNik()));
    String pi = (String) opened.get("id");
    String caseNumber = (String) opened.get("businessKey");

    Rest.Answer tooEarly =
        as(WORKER).post("/api/cases/" + caseNumber + "/termination-request", Map.of("note", "x"));
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.message()).contains("setelah klien diterima");
    assertThat(
            as(WORKER)
                .post("/api/cases/" + caseNumber + "/client-exit", Map.of("reason", "BOSAN"))
                .status())
        .isEqualTo(400);
    assertThat(
            as(AUDITOR)
                .post("/api/cases/" + caseNumber + "/client-exit", Map.of("reason", "DECEASED"))
                .status())
        .isEqualTo(403);
    assertThat(
            as(WORKER)
                .post("/api/cases/PSTW-1999-99999/client-exit", Map.of("reason", "DECEASED"))
                .status())
        .isEqualTo(404);
    assertThat(
            as(WORKER).postRaw("/api/cases/" + caseNumber + "/client-exit", "{not json").status())
        .isEqualTo(400);

    Rest.Answer exited =
        as(WORKER)
            .post(
                "/api/cases/" + caseNumber + "/client-exit",
                Map.of("reason", "RETURNED_TO_FAMILY", "note", "Dijemput anaknya."));
    assertThat(exited.status()).as(exited.message()).isEqualTo(204);
    work(WORKER, pi, TASK_TERMINATE, termination(false));

    Rest.Answer closed =
        as(WORKER).post("/api/cases/" + caseNumber + "/client-exit", Map.of("reason", "DECEASED"));
    assertThat(closed.status()).isEqualTo(409);
    assertThat(closed.message()).contains("sudah ditutup");
    assertThat(as(AUDITOR).get("/engine-rest/history/process-instance/" + pi).map().get("state"))
        .isEqualTo("COMPLETED");
  }

  @Test
  void eachGroupHasItsTasklistFilters() {
    assertThat(as(WORKER).get("/engine-rest/filter?maxResults=2000").list())
        .extracting(f -> f.get("name"))
        .containsExactlyInAnyOrder(
            "Tugas saya", "Tugas kelompok saya", "Tindak lanjut dan eskalasi");
    assertThat(as(SUPERVISOR).get("/engine-rest/filter?maxResults=2000").list())
        .extracting(f -> f.get("name"))
        .containsExactlyInAnyOrder(
            "Tugas saya",
            "Tugas kelompok saya",
            "Persetujuan supervisor",
            "Tindak lanjut dan eskalasi");
    assertThat(as(AUDITOR).get("/engine-rest/filter?maxResults=2000").list()).isEmpty();
  }
}
