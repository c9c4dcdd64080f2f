package id.intervensi.security;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Walks the role matrix of docs/roles.md through the REST API: every action, as every role, allowed
 * or refused as the table says. A wrong cell fails the test and names the action and the user.
 */
@RunningApp
class RoleMatrixRestTest {

  static final String WORKER = "peksos1";
  static final String OTHER_WORKER = "peksos2";
  static final String SUPERVISOR = "supervisor1";
  static final String MANAGER = "manajer1";
  static final String AUDITOR = "auditor1";
  static final String ADMIN = "admin";

  @LocalServerPort int port;

  final List<String> wrongCells = new ArrayList<>();

  Cases cases() {
    return new Cases(port);
  }

  Rest as(String user) {
    return cases().as(user);
  }

  static final Predicate<Rest.Answer> SUCCEEDS = a -> a.status() >= 200 && a.status() < 300;
  static final Predicate<Rest.Answer> FINDS_SOMETHING =
      a -> a.status() == 200 && a.body() instanceof List<?> l && !l.isEmpty();

  /**
   * One cell: {@code user} tries {@code action}; allowed means {@code success} holds, refused means
   * it does not and nothing leaks.
   */
  void cell(
      String action,
      String user,
      boolean allowed,
      Function<Rest, Rest.Answer> call,
      Predicate<Rest.Answer> success) {
    Rest.Answer answer = call.apply(as(user));
    boolean succeeded = success.test(answer);
    if (allowed != succeeded) {
      wrongCells.add(
          action
              + " / "
              + user
              + ": expected "
              + (allowed ? "allowed" : "refused")
              + ", got "
              + answer.status()
              + " "
              + answer.body());
    }
    if (!allowed && !succeeded && answer.status() >= 500) {
      wrongCells.add(
          action
              + " / "
              + user
              + ": refused with a server error "
              + answer.status()
              + " "
              + answer.body());
    }
  }

  void row(
      String action,
      Function<Rest, Rest.Answer> call,
      Predicate<Rest.Answer> success,
      Map<String, Boolean> allowed) {
    allowed.forEach((user, isAllowed) -> cell(action, user, isAllowed, call, success));
  }

  static Map<String, Boolean> only(String... users) {
    List<String> allowed = List.of(users);
    Map<String, Boolean> cells = new LinkedHashMap<>();
    for (String user : List.of(WORKER, OTHER_WORKER, SUPERVISOR, MANAGER, AUDITOR, ADMIN)) {
      cells.put(user, allowed.contains(user));
    }
    return cells;
  }

  @Test
  void everyRoleDoesExactlyWhatTheMatrixSays() {
    // case A: opened and interviewed by peksos1, waiting for the supervisor; case B: opened by
    // peksos2
    String caseA = cases().atAdmissionApproval(WORKER);
    String caseB = cases().open(OTHER_WORKER);

    // tasks: the group's own, not other groups'
    row(
        "see an open task of the social workers' group",
        r ->
            r.get(
                "/engine-rest/task?maxResults=2000&processInstanceId="
                    + caseB
                    + "&taskDefinitionKey="
                    + TASK_INTAKE_INTERVIEW),
        FINDS_SOMETHING,
        only(WORKER, OTHER_WORKER, SUPERVISOR, MANAGER, ADMIN));
    row(
        "see an open task of the supervisors' group",
        r ->
            r.get(
                "/engine-rest/task?maxResults=2000&processInstanceId="
                    + caseA
                    + "&taskDefinitionKey="
                    + TASK_APPROVE_ADMISSION),
        FINDS_SOMETHING,
        only(SUPERVISOR, MANAGER, ADMIN));

    // cases: the ones they work on (peksos1 opened and interviewed case A; peksos2 did nothing on
    // it)
    row(
        "read a case (process instance)",
        r -> r.get("/engine-rest/process-instance/" + caseA),
        SUCCEEDS,
        only(WORKER, SUPERVISOR, MANAGER, ADMIN));
    row(
        "read the variables of a case",
        r -> r.get("/engine-rest/process-instance/" + caseA + "/variables"),
        SUCCEEDS,
        only(WORKER, SUPERVISOR, MANAGER, ADMIN));
    row(
        "read the history of a case",
        r -> r.get("/engine-rest/history/process-instance/" + caseA),
        SUCCEEDS,
        only(WORKER, SUPERVISOR, MANAGER, AUDITOR, ADMIN));
    row(
        "read the historic variables of a case",
        r ->
            r.get(
                "/engine-rest/history/variable-instance?maxResults=2000&processInstanceId="
                    + caseA),
        FINDS_SOMETHING,
        only(WORKER, SUPERVISOR, MANAGER, AUDITOR, ADMIN));
    row(
        "read the historic tasks of a case",
        r -> r.get("/engine-rest/history/task?maxResults=2000&processInstanceId=" + caseA),
        FINDS_SOMETHING,
        only(WORKER, SUPERVISOR, MANAGER, AUDITOR, ADMIN));
    row(
        "read the operation log of a case",
        r ->
            r.get("/engine-rest/history/user-operation?maxResults=2000&processInstanceId=" + caseA),
        FINDS_SOMETHING,
        only(WORKER, SUPERVISOR, MANAGER, AUDITOR, ADMIN));
    row(
        "list running cases",
        r ->
            r.get(
                "/engine-rest/process-instance?maxResults=2000&processInstanceIds="
                    + caseA
                    + ","
                    + caseB),
        a -> FINDS_SOMETHING.test(a) && a.list().size() == 2,
        only(SUPERVISOR, MANAGER, ADMIN));
    cell(
        "list running cases (only the own)",
        WORKER,
        true,
        r ->
            r.get(
                "/engine-rest/process-instance?maxResults=2000&processInstanceIds="
                    + caseA
                    + ","
                    + caseB),
        a -> a.status() == 200 && a.list().size() == 1 && caseA.equals(a.list().get(0).get("id")));

    // the case API: the same cases as the engine, then the endpoint's own checks (here: a request
    // too early in the case, so that an allowed call is answered 409 and changes nothing)
    String caseNumberA =
        (String) as(ADMIN).get("/engine-rest/process-instance/" + caseA).map().get("businessKey");
    row(
        "report a termination request through the case API",
        r ->
            r.post(
                "/api/cases/" + caseNumberA + "/termination-request",
                Map.of("note", "Klien ingin pulang.")),
        a -> a.status() == 409 && a.message().contains("setelah klien diterima"),
        only(WORKER, SUPERVISOR));
    row(
        "ask for a referral to another resource system through the case API",
        r -> r.post("/api/cases/" + caseNumberA + "/referrals", Map.of()),
        a -> a.status() == 409 && a.message().contains("setelah klien diterima"),
        only(WORKER, SUPERVISOR));

    // the case data of an unclaimed group task: its candidates see the task card until they
    // claim it; whoever may read the case sees its data (peksos2 opened case B)
    String intakeB = cases().task(OTHER_WORKER, caseB, TASK_INTAKE_INTERVIEW);
    row(
        "read the case data of an unclaimed group task",
        r -> r.get("/engine-rest/task/" + intakeB + "/form-variables"),
        a -> a.status() == 200 && a.map().containsKey("clientId"),
        only(OTHER_WORKER, SUPERVISOR, MANAGER, ADMIN));

    // the command gate: case data only through forms, for every role (each refused: no change)
    row(
        "write a case variable outside a form",
        r ->
            r.put(
                "/engine-rest/process-instance/" + caseB + "/variables/eligible",
                Map.of("value", true, "type", "Boolean")),
        SUCCEEDS,
        only());
    row(
        "resolve a task with variables",
        r ->
            r.post(
                "/engine-rest/task/" + intakeB + "/resolve",
                Map.of("variables", Map.of("eligible", Map.of("value", true)))),
        SUCCEEDS,
        only());
    row(
        "throw a signal",
        r -> r.post("/engine-rest/signal", Map.of("name", "Signal_Apa")),
        SUCCEEDS,
        only());
    row(
        "modify a case with variables",
        r ->
            r.post(
                "/engine-rest/process-instance/" + caseB + "/modification",
                Map.of(
                    "instructions",
                    List.of(
                        Map.of(
                            "type",
                            "startBeforeActivity",
                            "activityId",
                            TASK_INTAKE_INTERVIEW,
                            "variables",
                            Map.of("eligible", Map.of("value", true)))))),
        SUCCEEDS,
        only());
    row(
        "create a standalone task",
        r -> r.post("/engine-rest/task/create", Map.of("id", "tugas-" + UUID.randomUUID())),
        SUCCEEDS,
        only());
    row(
        "read what the engine reports about itself (metrics)",
        r -> r.get("/engine-rest/metrics/activity-instance-start/sum"),
        SUCCEEDS,
        only(MANAGER, AUDITOR, ADMIN));

    // the client registry
    long clientA =
        ((Number)
                as(ADMIN)
                    .get("/engine-rest/process-instance/" + caseA + "/variables/clientId")
                    .map()
                    .get("value"))
            .longValue();
    row(
        "read a client's record in the registry",
        r -> r.get("/api/clients/" + clientA),
        SUCCEEDS,
        only(SUPERVISOR, MANAGER, AUDITOR, ADMIN));
    row(
        "correct a stored client identity",
        r -> r.patch("/api/clients/" + clientA, Map.of("reason", "Diperiksa dengan KTP; tetap.")),
        SUCCEEDS,
        only(SUPERVISOR, ADMIN));

    // opening a case
    row(
        "open a case",
        r ->
            r.post(
                "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form",
                Map.of("variables", toRest(caseOpening(Cases.uniqueNik())))),
        SUCCEEDS,
        only(WORKER, OTHER_WORKER, SUPERVISOR, MANAGER, ADMIN));

    // group work: social workers and supervisors record sessions (managers and the administrator
    // may start one, but GroupSessionReports refuses their recording); auditors start none
    row(
        "start a group session",
        r ->
            r.post(
                "/engine-rest/process-definition/key/group-session/submit-form",
                Map.of("variables", toRest(groupSessionStart()))),
        SUCCEEDS,
        only(WORKER, OTHER_WORKER, SUPERVISOR, MANAGER, ADMIN));

    // working a group task: claim is refused to those outside the group, then a member claims and
    // completes it
    for (String outsider : List.of(SUPERVISOR, MANAGER, AUDITOR)) {
      cell(
          "claim a social workers' task",
          outsider,
          false,
          r -> r.post("/engine-rest/task/" + intakeB + "/claim", Map.of("userId", outsider)),
          SUCCEEDS);
    }
    cell(
        "claim a social workers' task",
        OTHER_WORKER,
        true,
        r -> r.post("/engine-rest/task/" + intakeB + "/claim", Map.of("userId", OTHER_WORKER)),
        SUCCEEDS);
    cell(
        "complete a claimed task of the own group",
        OTHER_WORKER,
        true,
        r ->
            r.post(
                "/engine-rest/task/" + intakeB + "/submit-form",
                Map.of("variables", toRest(intake(true)))),
        SUCCEEDS);

    // approving: supervisors only
    String approvalA = cases().task(SUPERVISOR, caseA, TASK_APPROVE_ADMISSION);
    for (String other : List.of(WORKER, MANAGER, AUDITOR)) {
      cell(
          "approve an admission",
          other,
          false,
          r ->
              r.post(
                  "/engine-rest/task/" + approvalA + "/submit-form",
                  Map.of("variables", toRest(admissionApproval(true)))),
          SUCCEEDS);
    }
    cases().claim(SUPERVISOR, approvalA);
    cell(
        "approve an admission",
        SUPERVISOR,
        true,
        r ->
            r.post(
                "/engine-rest/task/" + approvalA + "/submit-form",
                Map.of("variables", toRest(admissionApproval(true)))),
        SUCCEEDS);

    // reassigning: supervisors (and the administrator); the new assignee then reads the case
    String contractA = cases().task(WORKER, caseA, TASK_SIGN_SERVICE_CONTRACT);
    for (String other : List.of(WORKER, OTHER_WORKER, MANAGER, AUDITOR)) {
      cell(
          "reassign a task",
          other,
          false,
          r ->
              r.post(
                  "/engine-rest/task/" + contractA + "/assignee", Map.of("userId", OTHER_WORKER)),
          SUCCEEDS);
    }
    cell(
        "read a case before being assigned to it",
        OTHER_WORKER,
        false,
        r -> r.get("/engine-rest/process-instance/" + caseA + "/variables"),
        SUCCEEDS);
    cell(
        "reassign a task",
        SUPERVISOR,
        true,
        r -> r.post("/engine-rest/task/" + contractA + "/assignee", Map.of("userId", OTHER_WORKER)),
        SUCCEEDS);
    cell(
        "read a case after being assigned a task of it",
        OTHER_WORKER,
        true,
        r -> r.get("/engine-rest/process-instance/" + caseA + "/variables"),
        SUCCEEDS);
    cell(
        "read the history of a case after being assigned a task of it",
        OTHER_WORKER,
        true,
        r -> r.get("/engine-rest/history/process-instance/" + caseA),
        SUCCEEDS);

    // deploying: managers (and the administrator)
    Map<String, Boolean> deployers = only(MANAGER, ADMIN);
    for (String user : deployers.keySet()) {
      boolean allowed = deployers.get(user);
      String key = "role-matrix-" + UUID.randomUUID().toString().substring(0, 8);
      cell(
          "deploy a process",
          user,
          allowed,
          r -> cases().deploy(user, key, key + ".bpmn", Cases.minimalProcess(key)),
          SUCCEEDS);
      boolean definitionExists =
          as(ADMIN).get("/engine-rest/process-definition/key/" + key).status() == 200;
      if (definitionExists != allowed) {
        wrongCells.add(
            "deploy a process / "
                + user
                + ": definition "
                + (definitionExists ? "exists" : "missing"));
      }
    }

    // migrating cases: managers (and the administrator)
    Rest.Answer instanceB = as(ADMIN).get("/engine-rest/process-instance/" + caseB);
    assertThat(instanceB.status()).as("%s", instanceB.body()).isEqualTo(200);
    String definitionB = (String) instanceB.map().get("definitionId");
    Map<String, Object> plan =
        as(ADMIN)
            .post(
                "/engine-rest/migration/generate",
                Map.of(
                    "sourceProcessDefinitionId",
                    definitionB,
                    "targetProcessDefinitionId",
                    definitionB))
            .map();
    row(
        "migrate a case",
        r ->
            r.post(
                "/engine-rest/migration/execute",
                Map.of("migrationPlan", plan, "processInstanceIds", List.of(caseB))),
        SUCCEEDS,
        only(MANAGER, ADMIN));

    // users, groups, memberships and authorizations: the administrator only
    for (String user : only(ADMIN).keySet()) {
      boolean allowed = ADMIN.equals(user);
      String newUser = "uji" + UUID.randomUUID().toString().substring(0, 8);
      cell(
          "create a user",
          user,
          allowed,
          r ->
              r.post(
                  "/engine-rest/user/create",
                  Map.of(
                      "profile",
                          Map.of(
                              "id",
                              newUser,
                              "firstName",
                              "Uji",
                              "lastName",
                              "Coba",
                              "email",
                              newUser + "@example.org"),
                      "credentials", Map.of("password", "rahasia-" + newUser))),
          SUCCEEDS);
      cell(
          "add a user to a group",
          user,
          allowed,
          r -> r.put("/engine-rest/group/" + Groups.SUPERVISORS + "/members/" + WORKER, Map.of()),
          SUCCEEDS);
      cases().delete(ADMIN, "/engine-rest/group/" + Groups.SUPERVISORS + "/members/" + WORKER);
      cell(
          "create an authorization",
          user,
          allowed,
          r ->
              r.post(
                  "/engine-rest/authorization/create",
                  Map.of(
                      "type",
                      1,
                      "permissions",
                      List.of("READ"),
                      "userId",
                      OTHER_WORKER,
                      "resourceType",
                      8,
                      "resourceId",
                      newUser)),
          SUCCEEDS);
      cell(
          "create a group",
          user,
          allowed,
          r ->
              r.post(
                  "/engine-rest/group/create",
                  Map.of("id", "kelompok-" + newUser, "name", "Uji", "type", "WORKFLOW")),
          SUCCEEDS);
    }
    assertThat(as(ADMIN).get("/engine-rest/group?maxResults=2000&member=" + WORKER).list())
        .extracting(g -> g.get("id"))
        .containsExactly(Groups.SOCIAL_WORKERS);

    // the webapps: Tasklist for case work, Cockpit for managers and auditors, Admin for the
    // administrator
    Map<String, List<String>> apps =
        Map.of(
            "tasklist", List.of(WORKER, OTHER_WORKER, SUPERVISOR, MANAGER, ADMIN),
            "cockpit", List.of(MANAGER, AUDITOR, ADMIN),
            "admin", List.of(ADMIN));
    apps.forEach(
        (app, allowedUsers) -> {
          for (String user : only().keySet()) {
            int status = Webapps.login(port, user, Cases.password(user), app);
            if ((status == 200) != allowedUsers.contains(user)) {
              wrongCells.add("log in to " + app + " / " + user + ": " + status);
            }
          }
        });

    assertThat(wrongCells).as("cells of the role matrix that do not hold").isEmpty();
  }
}
