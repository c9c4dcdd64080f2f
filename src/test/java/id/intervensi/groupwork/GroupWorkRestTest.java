package id.intervensi.groupwork;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Group work and referrals through the REST API, per role: a social worker records one group
 * session for residents of other workers' cases, each case gets its activity report; an auditor can
 * record none; a participant not in the intervention stage refuses the session and changes nothing.
 * Referrals during the services: workers and supervisors ask for them, the case file shows them
 * with their outcome.
 */
@RunningApp
class GroupWorkRestTest {

  static final String WORKER = "peksos1";
  static final String OTHER_WORKER = "peksos2";
  static final String SUPERVISOR = "supervisor1";
  static final String AUDITOR = "auditor1";
  static final String ADMIN = "admin";

  @LocalServerPort int port;

  Cases cases() {
    return new Cases(port);
  }

  Rest as(String user) {
    return cases().as(user);
  }

  /** A case of peksos1 in the intervention stage; returns its process instance id. */
  String caseInIntervention() {
    String pi = cases().atAdmissionApproval(WORKER);
    cases().work(SUPERVISOR, pi, TASK_APPROVE_ADMISSION, admissionApproval(true));
    cases().work(WORKER, pi, TASK_SIGN_SERVICE_CONTRACT, serviceContract(true));
    cases().work(WORKER, pi, TASK_ASSESS_CLIENT, assessment());
    cases().work(WORKER, pi, TASK_PLAN_INTERVENTION, plan());
    cases().work(SUPERVISOR, pi, TASK_APPROVE_PLAN, planApproval(true));
    return pi;
  }

  String caseNumber(String pi) {
    return (String) as(ADMIN).get("/engine-rest/process-instance/" + pi).map().get("businessKey");
  }

  List<Map<String, Object>> openActivities(String pi) {
    return as(ADMIN)
        .get(
            "/engine-rest/task?maxResults=2000&processInstanceId="
                + pi
                + "&taskDefinitionKey="
                + TASK_CARRY_OUT_ACTIVITY)
        .list();
  }

  Rest.Answer startSession(String user) {
    return as(user)
        .post(
            "/engine-rest/process-definition/key/" + GroupSession.PROCESS_ID + "/submit-form",
            Map.of("variables", toRest(groupSessionStart())));
  }

  String attendanceTask(String user, String sessionId) {
    List<Map<String, Object>> tasks =
        as(user).get("/engine-rest/task?maxResults=2000&processInstanceId=" + sessionId).list();
    assertThat(tasks).as("%s sees the attendance task", user).hasSize(1);
    assertThat(tasks.get(0).get("assignee")).isEqualTo(user);
    return (String) tasks.get(0).get("id");
  }

  @Test
  void aWorkerRecordsOneSessionForResidentsOfOtherWorkersCases() {
    String inIntervention = caseInIntervention();
    String inAssessment = cases().atAdmissionApproval(WORKER);
    cases().work(SUPERVISOR, inAssessment, TASK_APPROVE_ADMISSION, admissionApproval(true));
    cases().work(WORKER, inAssessment, TASK_SIGN_SERVICE_CONTRACT, serviceContract(true));
    String caseA = caseNumber(inIntervention);
    String caseB = caseNumber(inAssessment);

    // auditors record nothing; social workers and supervisors start a session
    assertThat(startSession(AUDITOR).status()).isEqualTo(403);
    Rest.Answer started = startSession(OTHER_WORKER);
    assertThat(started.status()).as(started.message()).isEqualTo(200);
    String session = (String) started.map().get("id");
    String task = attendanceTask(OTHER_WORKER, session);
    // a task of no case: Tasklist's case file tab is told so, not answered with an error; the
    // task stays unknown to whoever does not see it
    assertThat(as(OTHER_WORKER).get("/api/tasks/" + task + "/resident").map())
        .containsEntry("noCase", true);
    assertThat(as(AUDITOR).get("/api/tasks/" + task + "/resident").status()).isEqualTo(404);
    assertThat(
            as(OTHER_WORKER)
                .get("/engine-rest/task/" + task + "/form-variables?deserializeValues=false")
                .map()
                .get(GroupSession.PARTICIPANT_OPTIONS)
                .toString())
        .contains(caseA)
        .doesNotContain(caseB);

    // a participant in the wrong stage: refused whole, in Indonesian, nothing changed
    Rest.Answer refused =
        cases().submit(OTHER_WORKER, task, groupSession(caseA, "PRESENT", caseB, "PRESENT"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).contains(caseB, "tidak sedang dalam tahap intervensi");
    assertThat(openActivities(inIntervention)).hasSize(2);
    assertThat(as(ADMIN).get("/engine-rest/task/" + task).status()).isEqualTo(200);

    // the session counts as the activity report of case A, though peksos2 is not its worker
    Rest.Answer recorded = cases().submit(OTHER_WORKER, task, groupSession(caseA, "PARTIAL"));
    assertThat(recorded.status()).as(recorded.message()).isEqualTo(204);
    assertThat(openActivities(inIntervention)).hasSize(1);
    Map<String, Object> caseFile = as(WORKER).get("/api/cases/" + caseA).map();
    List<?> reports = (List<?>) caseFile.get("activityReports");
    assertThat(reports).hasSize(1);
    Map<?, ?> report = (Map<?, ?>) reports.get(0);
    assertThat(report.get("attendance")).isEqualTo("PARTIAL");
    List<Map<String, Object>> done =
        as(ADMIN)
            .get(
                "/engine-rest/history/task?maxResults=2000&finished=true&processInstanceId="
                    + inIntervention
                    + "&taskDefinitionKey="
                    + TASK_CARRY_OUT_ACTIVITY)
            .list();
    assertThat(done).hasSize(1);
    assertThat(done.get(0).get("assignee")).as("who recorded the session").isEqualTo(OTHER_WORKER);
    assertThat(report.get("caseNote").toString()).contains("Senam lansia pagi");
    assertThat(report.get("reportedBy")).isEqualTo(OTHER_WORKER);

    // supervisors record sessions too
    assertThat(startSession(SUPERVISOR).status()).isEqualTo(200);
  }

  @Test
  void referralsDuringTheServicesPerRoleAndInTheCaseFile() {
    String pi = caseInIntervention();
    String caseNumber = caseNumber(pi);
    String inIntake = cases().atAdmissionApproval(WORKER);

    Rest.Answer auditor = as(AUDITOR).post("/api/cases/" + caseNumber + "/referrals", Map.of());
    assertThat(auditor.status()).isEqualTo(403);
    Rest.Answer tooEarly =
        as(WORKER).post("/api/cases/" + caseNumber(inIntake) + "/referrals", Map.of());
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.message()).contains("setelah klien diterima");

    Rest.Answer referred = as(WORKER).post("/api/cases/" + caseNumber + "/referrals", Map.of());
    assertThat(referred.status()).as(referred.message()).isEqualTo(201);
    String task = (String) referred.map().get("taskId");
    assertThat(openActivities(pi)).as("the services go on").hasSize(2);
    cases().claim(WORKER, task);
    Rest.Answer made = cases().submit(WORKER, task, serviceReferral());
    assertThat(made.status()).as(made.message()).isEqualTo(204);

    List<?> referrals = (List<?>) as(WORKER).get("/api/cases/" + caseNumber).map().get("referrals");
    assertThat(referrals).hasSize(1);
    Map<?, ?> referral = (Map<?, ?>) referrals.get(0);
    assertThat(referral.get("resourceName")).isEqualTo("Puskesmas Cibeunying");
    assertThat(referral.get("outcome")).isNull();
    assertThat(as(SUPERVISOR).post("/api/cases/" + caseNumber + "/referrals", Map.of()).status())
        .isEqualTo(201);
  }
}
