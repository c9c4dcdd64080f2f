package id.intervensi.modeling;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static id.intervensi.modeling.ModelFiles.CYCLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.intervensi.e2e.Rest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager deploys a changed cycle from Modeler, then moves running cases to it with POST
 * /api/migrations/intervention-cycle: first a dry run, then the real run as a batch.
 */
@ModelingApp
class CaseMigrationRestTest {

  static final String MIGRATE = "/api/migrations/" + PROCESS_ID;

  @LocalServerPort int port;
  CaseSteps cases;

  @BeforeEach
  void startFromTheRepositoryModels() {
    cases = new CaseSteps(port);
    // every test opens its cases on a fresh copy of the repository's models, whatever ran before
    cases.deployCycle("intervensi-base-" + UUID.randomUUID(), ModelFiles.all());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> byCaseNumber(Rest.Answer report) {
    Map<String, Map<String, Object>> byCase = new LinkedHashMap<>();
    ((List<Map<String, Object>>) report.map().get("cases"))
        .forEach(c -> byCase.put((String) c.get("caseNumber"), c));
    return byCase;
  }

  Rest.Answer migrate(boolean dryRun) {
    Rest.Answer report = cases.as("manajer1").post(MIGRATE + "?dryRun=" + dryRun, null);
    assertThat(report.status()).as(report.message()).isEqualTo(200);
    assertThat(report.map().get("dryRun")).isEqualTo(dryRun);
    return report;
  }

  @Test
  void aRunningCaseMovesToAVersionWithAnAddedTaskAndContinuesThere() {
    Map<String, Object> opened = cases.open(caseOpening(randomNik()));
    String pi = (String) opened.get("id");
    String caseNumber = (String) opened.get("businessKey");
    String oldDefinition = cases.definitionOf(pi);

    Map<String, Object> withCheck =
        cases.deployCycle(
            "intervensi-added-task-" + UUID.randomUUID(),
            ModelFiles.all()
                .replace(
                    CYCLE,
                    "<bpmn:sequenceFlow id=\"Flow_IntakeInterviewed\" sourceRef=\"Task_IntakeInterview\" targetRef=\"Task_DecideEligibility\" />",
                    ModelFiles.resource("modeling/versions/added-task.xml"))
                .with(
                    "document-check.form",
                    ModelFiles.resource("modeling/versions/document-check.form")));

    Rest.Answer dryRun = migrate(true);
    assertThat(dryRun.map().get("targetVersion")).isEqualTo(withCheck.get("version"));
    assertThat(byCaseNumber(dryRun).get(caseNumber))
        .containsEntry("movable", true)
        .containsEntry("processInstanceId", pi)
        .containsEntry("reasons", List.of());
    assertThat((List<?>) dryRun.map().get("batches")).isEmpty();
    assertThat(cases.definitionOf(pi)).as("a dry run moves nothing").isEqualTo(oldDefinition);

    Rest.Answer realRun = migrate(false);
    assertThat(byCaseNumber(realRun).get(caseNumber)).containsEntry("movable", true);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> batches = (List<Map<String, Object>>) realRun.map().get("batches");
    assertThat(batches)
        .isNotEmpty()
        .allSatisfy(batch -> assertThat(batch).containsEntry("createdBy", "manajer1"));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> withCheck.get("id").equals(cases.definitionOf(pi)));

    cases.work("peksos1", pi, TASK_INTAKE_INTERVIEW, intake(true));
    assertThat(cases.openTasks(pi)).containsExactly("Task_CheckDocuments");
    cases.work(
        "peksos1",
        pi,
        "Task_CheckDocuments",
        Map.of("documentsComplete", true, "documentNotes", "KTP dan KK lengkap."));
    assertThat(cases.openTasks(pi)).containsExactly(TASK_APPROVE_ADMISSION);

    // who moved the cases is on record: the batch and Camunda's user operation log
    for (Map<String, Object> batch : batches) {
      Rest.Answer history =
          cases.as("manajer1").get("/engine-rest/history/batch/" + batch.get("id"));
      assertThat(history.status()).as(history.message()).isEqualTo(200);
      assertThat(history.map())
          .containsEntry("createUserId", "manajer1")
          .containsEntry("type", "instance-migration");
    }
    // one Migrate operation per batch to this version, by the manager: the dry run left nothing
    // behind
    List<Map<String, Object>> logged =
        cases
            .as("auditor1")
            .get(
                "/engine-rest/history/user-operation?maxResults=2000&operationType=Migrate&property=processDefinitionId")
            .list();
    assertThat(logged)
        .filteredOn(entry -> withCheck.get("id").equals(entry.get("newValue")))
        .hasSize(batches.size())
        .allSatisfy(entry -> assertThat(entry).containsEntry("userId", "manajer1"));
  }

  @Test
  void aCaseWaitingAtARemovedTaskCannotMoveAndTheOthersDo() {
    Map<String, Object> waitingForApproval = cases.open(caseOpening(randomNik()));
    String approvalPi = (String) waitingForApproval.get("id");
    cases.work("peksos1", approvalPi, TASK_INTAKE_INTERVIEW, intake(true));
    assertThat(cases.openTasks(approvalPi)).containsExactly(TASK_APPROVE_ADMISSION);
    Map<String, Object> inIntake = cases.open(caseOpening(randomNik()));
    String intakePi = (String) inIntake.get("id");
    String oldDefinition = cases.definitionOf(approvalPi);

    // the supervisor's admission approval is dropped: eligible clients go straight to the contract
    String withoutApproval =
        BpmnEdits.remove(
            BpmnEdits.retarget(
                ModelFiles.all().get(CYCLE), "Flow_Eligible", TASK_SIGN_SERVICE_CONTRACT),
            TASK_APPROVE_ADMISSION,
            "Gateway_AdmissionApproved",
            "Flow_AdmissionReviewed",
            "Flow_AdmissionApproved",
            "Flow_AdmissionRejected");
    Map<String, Object> target =
        cases.deployCycle(
            "intervensi-removed-task-" + UUID.randomUUID(),
            ModelFiles.all().with(CYCLE, withoutApproval));

    Map<String, Map<String, Object>> dryRun = byCaseNumber(migrate(true));
    Map<String, Object> stuck = dryRun.get((String) waitingForApproval.get("businessKey"));
    assertThat(stuck).containsEntry("movable", false);
    assertThat((List<?>) stuck.get("reasons"))
        .singleElement()
        .asString()
        .contains(
            "'Setujui penerimaan klien' (Task_ApproveAdmission)",
            "tidak ada lagi di versi " + target.get("version"));
    assertThat(dryRun.get((String) inIntake.get("businessKey"))).containsEntry("movable", true);

    migrate(false);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> target.get("id").equals(cases.definitionOf(intakePi)));
    assertThat(cases.definitionOf(approvalPi))
        .as("the case at the removed task stays")
        .isEqualTo(oldDefinition);
    assertThat(cases.openTasks(approvalPi)).containsExactly(TASK_APPROVE_ADMISSION);

    cases.work("peksos1", intakePi, TASK_INTAKE_INTERVIEW, intake(true));
    assertThat(cases.openTasks(intakePi)).containsExactly(TASK_SIGN_SERVICE_CONTRACT);
  }

  @Test
  void onlyManagersMayMigrate() {
    for (String user : List.of("peksos1", "supervisor1", "auditor1")) {
      Rest.Answer refused = cases.as(user).post(MIGRATE + "?dryRun=true", null);
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.message()).contains("Hanya manajer");
    }
    assertThat(Rest.anonymous(port).post(MIGRATE + "?dryRun=true", null).status()).isEqualTo(401);
    assertThat(cases.as("manajer1").post("/api/migrations/tidak-ada?dryRun=true", null).status())
        .isEqualTo(404);
  }
}
