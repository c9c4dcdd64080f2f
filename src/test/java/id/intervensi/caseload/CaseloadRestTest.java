package id.intervensi.caseload;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case's own social worker: chosen at the admission from the home's social workers, given the
 * case's tasks first, moved by a supervisor's recorded transfer; the case list ("Kasus saya", every
 * open case with search) and the caseloads, each to the roles that may see them.
 */
@RunningApp
class CaseloadRestTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void theWorkerChosenAtTheAdmissionGetsTheTasksAndASupervisorTransfersTheCase() {
    Cases cases = new Cases(port);
    String pi = cases.atAdmissionApproval("peksos1");
    String caseNumber = (String) runtimeService.getVariable(pi, "caseNumber");
    String approval = cases.task("supervisor1", pi, TASK_APPROVE_ADMISSION);

    Map<String, Object> offered =
        cases
            .as("supervisor1")
            .get("/engine-rest/task/" + approval + "/form-variables?deserializeValues=false")
            .map();
    assertThat(String.valueOf(offered.get(AssignedWorkerOnTasks.WORKER_CHOICES)))
        .contains("peksos1", "peksos2")
        .doesNotContain("supervisor1");

    cases.claim("supervisor1", approval);
    Rest.Answer stranger =
        cases.submit(
            "supervisor1",
            approval,
            with(admissionApproval(true), AssignedWorkerOnTasks.ASSIGNED_WORKER, "auditor1"));
    assertThat(stranger.status()).isEqualTo(400);
    assertThat(stranger.message()).contains("Pekerja sosial pendamping", "auditor1");
    assertThat(taskService.createTaskQuery().taskId(approval).count()).isEqualTo(1);

    Rest.Answer approved =
        cases.submit(
            "supervisor1",
            approval,
            with(admissionApproval(true), AssignedWorkerOnTasks.ASSIGNED_WORKER, "peksos2"));
    assertThat(approved.status()).as(approved.message()).isEqualTo(204);
    assertThat(runtimeService.getVariable(pi, AssignedWorkerOnTasks.ASSIGNED_WORKER)).isNull();
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(pi)
                .taskDefinitionKey(TASK_SIGN_SERVICE_CONTRACT)
                .singleResult()
                .getAssignee())
        .isEqualTo("peksos2");

    assertThat(caseNumbers(cases.as("peksos2").get("/api/cases?scope=mine&maxResults=200")))
        .contains(caseNumber);
    assertThat(caseNumbers(cases.as("peksos1").get("/api/cases?scope=mine&maxResults=200")))
        .doesNotContain(caseNumber);
    String contract =
        taskService
            .createTaskQuery()
            .processInstanceId(pi)
            .taskDefinitionKey(TASK_SIGN_SERVICE_CONTRACT)
            .singleResult()
            .getId();
    String cards = "/api/tasks/residents?taskId=" + contract + "&taskId=no-such-task";
    assertThat(cases.as("peksos2").get(cards).map())
        .containsOnlyKeys(contract)
        .extractingByKey(contract)
        .satisfies(r -> assertThat(String.valueOf(r)).contains("Siti Aminah"));
    assertThat(cases.as("auditor1").get(cards).map()).as("no task of theirs").isEmpty();
    Map<String, Object> worker =
        cases.as("peksos2").get("/api/cases/" + caseNumber + "/worker").map();
    assertThat(worker).containsEntry("worker", "peksos2");
    assertThat(changes(worker))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c)
                    .containsEntry("newWorker", "peksos2")
                    .containsEntry("changedBy", "supervisor1"));

    String path = "/api/cases/" + caseNumber + "/worker";
    Map<String, Object> toPeksos1 =
        Map.of("worker", "peksos1", "reason", "Peksos2 cuti melahirkan.");
    assertThat(cases.as("peksos2").put(path, toPeksos1).status()).isEqualTo(403);
    Rest.Answer noReason = cases.as("supervisor1").put(path, Map.of("worker", "peksos1"));
    assertThat(noReason.status()).isEqualTo(400);
    Rest.Answer notAWorker =
        cases.as("supervisor1").put(path, Map.of("worker", "manajer1", "reason", "Coba."));
    assertThat(notAWorker.status()).isEqualTo(400);
    assertThat(notAWorker.message()).contains("bukan pekerja sosial");
    assertThat(changes(cases.as("supervisor1").get(path).map())).hasSize(1);

    Rest.Answer moved = cases.as("supervisor1").put(path, toPeksos1);
    assertThat(moved.status()).as(moved.message()).isEqualTo(200);
    assertThat(changes(moved.map()))
        .last()
        .satisfies(
            c ->
                assertThat(c)
                    .containsEntry("oldWorker", "peksos2")
                    .containsEntry("newWorker", "peksos1")
                    .containsEntry("reason", "Peksos2 cuti melahirkan."));
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(pi)
                .taskDefinitionKey(TASK_SIGN_SERVICE_CONTRACT)
                .singleResult()
                .getAssignee())
        .isEqualTo("peksos1");
    assertThat(caseNumbers(cases.as("peksos1").get("/api/cases?scope=mine&maxResults=200")))
        .contains(caseNumber);
    assertThat(cases.as("peksos1").get("/api/cases/" + caseNumber).status()).isEqualTo(200);
  }

  @Test
  void everyOpenCaseIsListedAndSearchedForSupervisorsManagersAndAuditorsOnly() {
    Cases cases = new Cases(port);
    String pi = cases.open("peksos1");
    String caseNumber = (String) runtimeService.getVariable(pi, "caseNumber");

    Rest.Answer byNumber =
        cases.as("supervisor1").get("/api/cases?scope=all&maxResults=10&q=" + caseNumber);
    assertThat(byNumber.status()).as(byNumber.message()).isEqualTo(200);
    assertThat(byNumber.map()).containsEntry("total", 1);
    Map<String, Object> row = rows(byNumber).get(0);
    assertThat(row)
        .containsEntry("caseNumber", caseNumber)
        .containsEntry("clientName", "Siti Aminah")
        .containsEntry("stage", "INTAKE")
        .containsEntry("stageLabel", "Keterlibatan, intake dan kontrak")
        .containsEntry("openTasks", 1);
    String nik = (String) row.get("nik");
    assertThat(caseNumbers(cases.as("manajer1").get("/api/cases?scope=all&maxResults=10&q=" + nik)))
        .containsExactly(caseNumber);
    assertThat(
            caseNumbers(cases.as("auditor1").get("/api/cases?scope=all&maxResults=200&q=aminah")))
        .contains(caseNumber);
    assertThat(
            caseNumbers(
                cases.as("supervisor1").get("/api/cases?scope=all&maxResults=10&q=zzz-tidak-ada")))
        .isEmpty();

    // the worker holding the intake task has the case among theirs; other workers do not see all
    String intake = cases.task("peksos1", pi, TASK_INTAKE_INTERVIEW);
    cases.claim("peksos1", intake);
    assertThat(caseNumbers(cases.as("peksos1").get("/api/cases?scope=mine&maxResults=200")))
        .contains(caseNumber);
    Rest.Answer workerAll = cases.as("peksos2").get("/api/cases?scope=all&maxResults=10");
    assertThat(workerAll.status()).isEqualTo(403);
    assertThat(workerAll.message()).contains("supervisor");
    assertThat(cases.as("auditor1").get("/api/cases?scope=mine&maxResults=10").status())
        .isEqualTo(403);
    assertThat(cases.as("supervisor1").get("/api/cases?scope=all&maxResults=5000").status())
        .isEqualTo(400);

    Rest.Answer caseloads = cases.as("supervisor1").get("/api/caseloads");
    assertThat(caseloads.status()).as(caseloads.message()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> workers = (List<Map<String, Object>>) caseloads.map().get("workers");
    assertThat(workers).extracting(w -> w.get("worker")).contains("peksos1", "peksos2");
    assertThat(((Number) caseloads.map().get("withoutWorker")).longValue()).isPositive();
    assertThat(cases.as("peksos1").get("/api/caseloads").status()).isEqualTo(403);
    assertThat(cases.as("auditor1").get("/api/social-workers").status()).isEqualTo(403);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCaseScreensOfferEachUserWhatTheirRoleAllowsInTheFormsWords() {
    Cases cases = new Cases(port);
    Map<String, Object> worker = cases.as("peksos1").get("/api/me").map();
    assertThat(worker).containsEntry("userId", "peksos1").containsEntry("name", "Sari Wulandari");
    assertThat((Map<String, Object>) worker.get("may"))
        .containsEntry("listOwnCases", true)
        .containsEntry("listAllCases", false)
        .containsEntry("transferCases", false)
        .containsEntry("writeNotes", true)
        .containsEntry("uploadDocuments", true);
    assertThat((Map<String, Object>) cases.as("supervisor1").get("/api/me").map().get("may"))
        .containsEntry("listAllCases", true)
        .containsEntry("transferCases", true)
        .containsEntry("seeCaseloads", true);
    assertThat((Map<String, Object>) cases.as("manajer1").get("/api/me").map().get("may"))
        .containsEntry("listAllCases", true)
        .containsEntry("writeNotes", false)
        .containsEntry("reportEnding", false)
        .containsEntry("uploadDocuments", false);
    assertThat(Rest.anonymous(port).get("/api/me").status()).isEqualTo(401);

    Map<String, Object> labels = cases.as("peksos1").get("/api/labels").map();
    assertThat((Map<String, Object>) labels.get("method"))
        .containsEntry("CASE_WORK", "Bimbingan sosial perorangan (case work)");
    assertThat((Map<String, Object>) labels.get("stage"))
        .containsEntry("INTAKE", "Keterlibatan, intake dan kontrak")
        .containsEntry("CLOSED", "Selesai");
    assertThat((Map<String, Object>) labels.get("exitReason")).containsKey("DECEASED");
    assertThat((Map<String, Object>) labels.get("documentKind")).containsKey("KTP");
    assertThat((Map<String, Object>) labels.get("functioningLevel"))
        .containsEntry("MODERATE_DEPENDENCE", "Ketergantungan sedang");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Rest.Answer answer) {
    assertThat(answer.status()).as(answer.message()).isEqualTo(200);
    return (List<Map<String, Object>>) answer.map().get("rows");
  }

  private static List<Object> caseNumbers(Rest.Answer answer) {
    return rows(answer).stream().map(r -> r.get("caseNumber")).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> changes(Map<String, Object> worker) {
    return (List<Map<String, Object>>) worker.get("changes");
  }
}
