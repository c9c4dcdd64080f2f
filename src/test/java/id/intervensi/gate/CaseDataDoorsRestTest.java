package id.intervensi.gate;

import static id.intervensi.CaseData.*;
import static id.intervensi.casefile.CaseVariables.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every door of the REST API that would write variables to a case outside its forms, or move it
 * with variables of its own, is shut for every demo role, the worker who holds the task included; a
 * refusal leaves no trace in the case (variables, history details, operation log, the task's
 * assignee) and starts nothing. The doors that stay open (submit-form, complete) are proven by the
 * form tests (validation package).
 */
@RunningApp
class CaseDataDoorsRestTest {

  static final String WORKER = "peksos1";
  static final List<String> ROLES = List.of(WORKER, "supervisor1", "manajer1", "auditor1", "admin");
  static final String MARKUP = "<img src=x onerror=alert(1)>";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;

  /** A request as a user against a case {@code pi} whose intake task {@code task} WORKER holds. */
  record Door(String name, Call call) {}

  interface Call {
    Rest.Answer apply(Rest user, String pi, String task, Cases cases, String userName);
  }

  static Map<String, Object> markupVariable() {
    return Map.of("pwned", Map.of("value", MARKUP, "type", "String"));
  }

  static final List<Door> DOORS =
      List.of(
          new Door(
              "resolve a task with variables",
              (r, pi, t, c, u) ->
                  r.post(
                      "/engine-rest/task/" + t + "/resolve",
                      Map.of("variables", markupVariable()))),
          new Door(
              "delegate a task",
              (r, pi, t, c, u) ->
                  r.post("/engine-rest/task/" + t + "/delegate", Map.of("userId", "peksos2"))),
          new Door(
              "PUT a task variable",
              (r, pi, t, c, u) ->
                  r.put(
                      "/engine-rest/task/" + t + "/variables/pwned",
                      Map.of("value", MARKUP, "type", "String"))),
          new Door(
              "POST task variable modifications",
              (r, pi, t, c, u) ->
                  r.post(
                      "/engine-rest/task/" + t + "/variables",
                      Map.of("modifications", markupVariable()))),
          new Door(
              "PUT a task-local variable",
              (r, pi, t, c, u) ->
                  r.put(
                      "/engine-rest/task/" + t + "/localVariables/pwned",
                      Map.of("value", MARKUP, "type", "String"))),
          new Door(
              "POST task-local modifications and deletions",
              (r, pi, t, c, u) ->
                  r.post(
                      "/engine-rest/task/" + t + "/localVariables",
                      Map.of(
                          "modifications", markupVariable(), "deletions", List.of("caseNumber")))),
          new Door(
              "DELETE a task variable",
              (r, pi, t, c, u) ->
                  new Rest.Answer(
                      c.delete(u, "/engine-rest/task/" + t + "/variables/intakeDate"), null)),
          new Door(
              "PUT a process variable",
              (r, pi, t, c, u) ->
                  r.put(
                      "/engine-rest/process-instance/" + pi + "/variables/clientAge",
                      Map.of("value", 12, "type", "Integer"))),
          new Door(
              "POST process variable modifications",
              (r, pi, t, c, u) ->
                  r.post(
                      "/engine-rest/process-instance/" + pi + "/variables",
                      Map.of(
                          "modifications", markupVariable(), "deletions", List.of("clientAge")))),
          new Door(
              "DELETE a process variable",
              (r, pi, t, c, u) ->
                  new Rest.Answer(
                      c.delete(u, "/engine-rest/process-instance/" + pi + "/variables/clientAge"),
                      null)),
          new Door(
              "PUT an execution-local variable",
              (r, pi, t, c, u) ->
                  r.put(
                      "/engine-rest/execution/" + pi + "/localVariables/pwned",
                      Map.of("value", MARKUP, "type", "String"))),
          new Door(
              "set variables of cases in a batch",
              (r, pi, t, c, u) ->
                  r.post(
                      "/engine-rest/process-instance/variables-async",
                      Map.of("processInstanceIds", List.of(pi), "variables", markupVariable()))),
          new Door(
              "correlate a message with variables",
              (r, pi, t, c, u) ->
                  r.post(
                      "/engine-rest/message",
                      Map.of(
                          "messageName",
                          MESSAGE_CLIENT_EXITED,
                          "processInstanceId",
                          pi,
                          "processVariables",
                          Map.of(
                              "exitReason",
                              Map.of("value", "DECEASED"),
                              "pwned",
                              Map.of("value", MARKUP))))),
          new Door(
              "throw a signal with variables",
              (r, pi, t, c, u) ->
                  r.post(
                      "/engine-rest/signal",
                      Map.of("name", "anything", "variables", markupVariable()))),
          new Door(
              "trigger an execution's message subscription",
              (r, pi, t, c, u) ->
                  r.post(
                      "/engine-rest/execution/"
                          + pi
                          + "/messageSubscriptions/"
                          + MESSAGE_CLIENT_EXITED
                          + "/trigger",
                      Map.of("variables", markupVariable()))),
          new Door(
              "modify a case with variables",
              (r, pi, t, c, u) ->
                  r.post(
                      "/engine-rest/process-instance/" + pi + "/modification",
                      Map.of(
                          "instructions",
                          List.of(
                              Map.of(
                                  "type",
                                  "startBeforeActivity",
                                  "activityId",
                                  TASK_APPROVE_ADMISSION,
                                  "variables",
                                  Map.of("eligible", Map.of("value", true, "local", false))))))),
          new Door(
              "start a case at a chosen step with variables",
              (r, pi, t, c, u) ->
                  r.post(
                      "/engine-rest/process-definition/key/" + PROCESS_ID + "/start",
                      Map.of(
                          "variables", markupVariable(),
                          "startInstructions",
                              List.of(
                                  Map.of(
                                      "type",
                                      "startBeforeActivity",
                                      "activityId",
                                      TASK_ASSESS_CLIENT))))),
          new Door(
              "throw a BPMN error from a task with variables",
              (r, pi, t, c, u) ->
                  r.post(
                      "/engine-rest/task/" + t + "/bpmnError",
                      Map.of("errorCode", "any", "variables", markupVariable()))),
          new Door(
              "delete a task of a case",
              (r, pi, t, c, u) -> new Rest.Answer(c.delete(u, "/engine-rest/task/" + t), null)),
          new Door(
              "create a standalone task",
              (r, pi, t, c, u) ->
                  r.post("/engine-rest/task/create", Map.of("name", "Tugas lepas " + MARKUP))),
          new Door(
              "complete an external task",
              (r, pi, t, c, u) ->
                  r.post(
                      "/engine-rest/external-task/fetchAndLock",
                      Map.of(
                          "workerId",
                          "w",
                          "maxTasks",
                          1,
                          "topics",
                          List.of(Map.of("topicName", "any", "lockDuration", 1000))))));

  @Test
  void everyDoorIsShutForEveryRoleAndLeavesNoTrace() {
    Cases cases = new Cases(port);
    String pi = cases.open(WORKER);
    String task = cases.task(WORKER, pi, TASK_INTAKE_INTERVIEW);
    cases.claim(WORKER, task);
    Map<String, Object> before = trace(pi, task);

    List<String> open = new ArrayList<>();
    for (Door door : DOORS) {
      for (String user : ROLES) {
        Rest.Answer answer = door.call().apply(cases.as(user), pi, task, cases, user);
        boolean refused =
            answer.status() == 403 || answer.status() == 404 || answer.status() == 400;
        // the worker who holds the task sees it all: the gate itself refuses them
        if (!refused || (user.equals(WORKER) && answer.status() != 403)) {
          open.add(door.name() + " as " + user + ": " + answer.status() + " " + answer.message());
        }
        assertThat(trace(pi, task))
            .as("%s as %s leaves no trace", door.name(), user)
            .isEqualTo(before);
      }
    }
    assertThat(open).as("doors that were not shut").isEmpty();
  }

  @Test
  void theWorkerIsToldWhyInBahasaIndonesia() {
    Cases cases = new Cases(port);
    String pi = cases.open(WORKER);
    String task = cases.task(WORKER, pi, TASK_INTAKE_INTERVIEW);
    cases.claim(WORKER, task);
    Rest.Answer answer =
        cases
            .as(WORKER)
            .post("/engine-rest/task/" + task + "/resolve", Map.of("variables", markupVariable()));
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.message()).isEqualTo(CommandGate.REFUSED);
    Rest.Answer write =
        cases
            .as("manajer1")
            .put(
                "/engine-rest/process-instance/" + pi + "/variables/clientAge",
                Map.of("value", 12, "type", "Integer"));
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.message()).isEqualTo(CommandGate.CASE_DATA);
  }

  @Test
  void auditorsOnlyRead() {
    Cases cases = new Cases(port);
    String pi = cases.open(WORKER);
    String task = cases.task(WORKER, pi, TASK_INTAKE_INTERVIEW);
    Rest.Answer comment =
        cases
            .as("auditor1")
            .post("/engine-rest/task/" + task + "/comment/create", Map.of("message", "catatan"));
    assertThat(comment.status()).isEqualTo(403);
    assertThat(comment.message()).isEqualTo(CommandGate.READ_ONLY);
    assertThat(taskService.getTaskComments(task)).isEmpty();
    // reading stays open: the case's history
    assertThat(
            cases
                .as("auditor1")
                .get(
                    "/engine-rest/history/process-instance?maxResults=2000&processInstanceId=" + pi)
                .list())
        .hasSize(1);
  }

  @Test
  void onlyCockpitUsersReadWhatTheEngineReportsAboutItself() {
    Cases cases = new Cases(port);
    for (String path :
        List.of(
            "/engine-rest/metrics/activity-instance-start/sum",
            "/engine-rest/schema/log?maxResults=10")) {
      for (String user : List.of(WORKER, "supervisor1")) {
        Rest.Answer refused = cases.as(user).get(path);
        assertThat(refused.status()).as("%s %s", user, path).isEqualTo(403);
        assertThat(refused.message()).isEqualTo(CommandGate.MONITORING);
      }
      for (String user : List.of("manajer1", "auditor1", "admin")) {
        assertThat(cases.as(user).get(path).status()).as("%s %s", user, path).isEqualTo(200);
      }
    }
  }

  @Test
  void aCandidateSeesWhatTheTaskListShowsOfACaseUntilTheyClaimItsTask() {
    Cases cases = new Cases(port);
    String pi = cases.open(WORKER);
    String task = cases.task(WORKER, pi, TASK_INTAKE_INTERVIEW);
    Rest other = cases.as("peksos2");
    for (String read : List.of("/form-variables", "/variables", "/localVariables")) {
      Rest.Answer before = other.get("/engine-rest/task/" + task + read);
      assertThat(before.status())
          .as("%s before the claim: %s", read, before.message())
          .isEqualTo(200);
      assertThat(before.map().keySet())
          .as("%s of another worker's case before the claim", read)
          .isSubsetOf(TaskDataReads.BEFORE_CLAIM)
          .contains(CASE_NUMBER);
      assertThat(cases.as(WORKER).get("/engine-rest/task/" + task + read).map().keySet())
          .as("%s for the worker who opened the case", read)
          .contains(CASE_NUMBER);
    }
    assertThat(cases.as(WORKER).get("/engine-rest/task/" + task + "/form-variables").map())
        .as("the case's data, for the worker who opened it")
        .containsKeys(CLIENT_ID, CASE_OPENED_BY);
    assertThat(other.get("/engine-rest/task/" + task + "/variables/" + CLIENT_ID).status())
        .as("one variable that is not on the task card")
        .isEqualTo(404);
    assertThat(other.get("/engine-rest/task/" + task + "/variables/" + CASE_NUMBER).status())
        .as("the case number is on the card")
        .isEqualTo(200);
    assertThat(
            other
                .get("/engine-rest/variable-instance?maxResults=2000&processInstanceIdIn=" + pi)
                .list())
        .as("the case's variables through the variable query")
        .allSatisfy(v -> assertThat(TaskDataReads.BEFORE_CLAIM).contains((String) v.get("name")));
    assertThat(
            other
                .get(
                    "/engine-rest/history/variable-instance?maxResults=2000&processInstanceId="
                        + pi)
                .list())
        .as("the case's variables through history")
        .isEmpty();
    assertThat(other.get("/engine-rest/task?maxResults=2000&processInstanceId=" + pi).list())
        .as("the task itself stays visible to the group")
        .hasSize(1);

    assertThat(other.get("/api/tasks/" + task + "/resident").status())
        .as("the resident's name before the claim: nothing")
        .isEqualTo(204);
    assertThat(cases.as(WORKER).get("/api/tasks/" + task + "/resident").map())
        .containsEntry("fullName", "Siti Aminah");
    assertThat(cases.as("auditor1").get("/api/tasks/" + task + "/resident").status())
        .as("auditors see no running task")
        .isEqualTo(404);

    cases.claim("peksos2", task);
    assertThat(other.get("/api/tasks/" + task + "/resident").map())
        .containsEntry("fullName", "Siti Aminah");
    assertThat(other.get("/engine-rest/task/" + task + "/form-variables").map())
        .as("the case's data once claimed")
        .containsKeys(CASE_NUMBER, CLIENT_ID, CASE_OPENED_BY);
    assertThat(cases.as("supervisor1").get("/engine-rest/task/" + task + "/variables").map())
        .as("supervisors read every case")
        .containsKeys(CLIENT_ID);
  }

  @Test
  void aManagerStillMovesACaseWithoutVariables() {
    Cases cases = new Cases(port);
    String pi = cases.open(WORKER);
    Rest.Answer moved =
        cases
            .as("manajer1")
            .post(
                "/engine-rest/process-instance/" + pi + "/modification",
                Map.of(
                    "skipCustomListeners",
                    false,
                    "instructions",
                    List.of(
                        Map.of("type", "cancel", "activityId", TASK_INTAKE_INTERVIEW),
                        Map.of(
                            "type", "startBeforeActivity", "activityId", TASK_INTAKE_INTERVIEW))));
    assertThat(moved.status()).as(moved.message()).isEqualTo(204);
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(pi)
                .taskDefinitionKey(TASK_INTAKE_INTERVIEW)
                .count())
        .isEqualTo(1);
  }

  private Map<String, Object> trace(String pi, String taskId) {
    return new CaseTrace(runtimeService, taskService, historyService).of(pi, taskId);
  }
}
