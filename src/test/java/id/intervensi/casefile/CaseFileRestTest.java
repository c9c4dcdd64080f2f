package id.intervensi.casefile;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case file (GET /api/cases/{caseNumber}) of a case that went through an assessment, a plan,
 * two activities and an evaluation, read as its worker; case notes written on it; the same file
 * refused to a social worker of other cases, read-only for auditors and managers.
 */
@RunningApp
class CaseFileRestTest {

  static final String WORKER = "peksos1";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void theWholeCaseInOneFileToWhoeverReadsTheCase() {
    Cases cases = new Cases(port);
    String pi = cases.inIntervention(WORKER);
    String caseNumber = (String) runtimeService.getVariable(pi, "caseNumber");
    for (Task activity :
        taskService
            .createTaskQuery()
            .processInstanceId(pi)
            .taskDefinitionKey(TASK_CARRY_OUT_ACTIVITY)
            .list()) {
      cases.claim(WORKER, activity.getId());
      assertThat(cases.submit(WORKER, activity.getId(), activityReport()).status()).isEqualTo(204);
    }
    // two GDS-15 items the client could not answer this time: the score is incomplete
    cases.work(
        WORKER,
        pi,
        TASK_EVALUATE_INTERVENTION,
        with(with(evaluation("CONTINUE"), "gds14", "NOT_ASSESSABLE"), "gds15", "NOT_ASSESSABLE"));

    String path = "/api/cases/" + caseNumber;
    Rest.Answer read = cases.as(WORKER).get(path);
    assertThat(read.status()).as(read.message()).isEqualTo(200);
    Map<String, Object> file = read.map();
    assertThat(file)
        .containsEntry("caseNumber", caseNumber)
        .containsEntry("assignedWorker", WORKER);
    assertThat(map(file, "client")).containsEntry("fullName", "Siti Aminah");
    assertThat((String) file.get("openedAt"))
        .as("a moment with its offset, read the same in every zone")
        .matches(".*T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    assertThat(map(file, "stage")).containsEntry("code", "INTERVENTION");
    assertThat(map(file, "contract"))
        .containsEntry("consentGiven", true)
        .containsKey("servicesAgreed");
    assertThat(String.valueOf(map(file, "plan").get("goals")))
        .contains("Klien aktif dalam kegiatan kelompok");
    assertThat(String.valueOf(map(file, "plan").get("activities")))
        .contains("atensiComponent=THERAPY", "atensiComponent=SOCIAL_CARE");
    assertThat(list(file, "activityReports"))
        .hasSize(2)
        .allSatisfy(
            r ->
                assertThat(r)
                    .containsEntry("attendance", "PRESENT")
                    .containsEntry(
                        "caseNote", "Klien hadir dan aktif bercerita tentang keluarganya.")
                    .containsEntry("reportedBy", WORKER)
                    .containsEntry("sinceLastEvaluation", false));
    assertThat(list(file, "activityReports"))
        .extracting(r -> String.valueOf(r.get("activity")))
        .anySatisfy(a -> assertThat(a).contains("Senam lansia bersama", "GROUP_WORK"));
    assertThat(list(file, "scores"))
        .extracting(s -> s.get("roundKind"), s -> s.get("barthel"), s -> s.get("functioningLevel"))
        .containsExactly(
            tuple("ASSESSMENT", 85, "MODERATE_DEPENDENCE"), tuple("EVALUATION", 85, null));
    // who gave the information and on which day, and how many GDS-15 items were answered
    String informationDay = LocalDate.now(HOME_ZONE).toString();
    assertThat(list(file, "scores"))
        .extracting(
            s -> s.get("informant"),
            s -> s.get("informationDate"),
            s -> s.get("gds"),
            s -> s.get("gdsItemsAssessed"))
        .containsExactly(
            tuple("Klien sendiri dan Wati Suryani (anak)", informationDay, 6, 15),
            tuple("Klien sendiri", informationDay, null, 13));
    assertThat(list(file, "evaluations"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e)
                    .containsEntry("outcome", "CONTINUE")
                    .containsEntry("notes", "Lanjutkan pendampingan."));
    assertThat(list(file, "tasks"))
        .extracting(t -> t.get("taskDefinitionKey"))
        .contains(TASK_INTAKE_INTERVIEW, TASK_ASSESS_CLIENT, TASK_EVALUATE_INTERVENTION);
    assertThat(list(file, "tasks"))
        .filteredOn(t -> TASK_ASSESS_CLIENT.equals(t.get("taskDefinitionKey")))
        .singleElement()
        .satisfies(t -> assertThat(t).containsEntry("assignee", WORKER).containsKey("ended"));

    String notes = path + "/notes";
    LocalDate today = LocalDate.now(HOME_ZONE);
    Rest.Answer future =
        cases.as(WORKER).post(notes, Map.of("noteDate", today.plusDays(1).toString(), "text", "x"));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.message()).contains("Tanggal catatan");
    Rest.Answer written =
        cases
            .as(WORKER)
            .post(
                notes,
                Map.of(
                    "noteDate",
                    today.toString(),
                    "text",
                    "Anak klien menelepon malam hari; menanyakan jadwal kunjungan."));
    assertThat(written.status()).as(written.message()).isEqualTo(201);
    assertThat(list(cases.as("supervisor1").get(path).map(), "notes"))
        .singleElement()
        .satisfies(
            n ->
                assertThat(n)
                    .containsEntry("writtenBy", WORKER)
                    .containsEntry("noteDate", today.toString()));

    // a social worker of other cases gets nothing; auditors and managers read, and write nothing
    Rest.Answer other = cases.as("peksos2").get(path);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.body().toString()).doesNotContain("Siti Aminah");
    assertThat(
            cases
                .as("peksos2")
                .post(notes, Map.of("noteDate", today.toString(), "text", "Catatan orang lain"))
                .status())
        .isEqualTo(403);
    assertThat(cases.as("auditor1").get(path).status()).isEqualTo(200);
    assertThat(cases.as("manajer1").get(path).status()).isEqualTo(200);
    assertThat(
            cases
                .as("auditor1")
                .post(notes, Map.of("noteDate", today.toString(), "text", "Catatan auditor"))
                .status())
        .isEqualTo(403);
    assertThat(list(cases.as("supervisor1").get(path).map(), "notes")).hasSize(1);
    assertThat(cases.as("supervisor1").get("/api/cases/PSTW-1999-99999").status()).isEqualTo(404);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> file, String key) {
    return (Map<String, Object>) file.get(key);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> file, String key) {
    return (List<Map<String, Object>>) file.get(key);
  }
}
