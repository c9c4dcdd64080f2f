package id.intervensi.e2e;

import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.intervensi.CaseData;
import id.intervensi.casefile.CaseFiles;
import id.intervensi.casefile.ClientRegistry;
import id.intervensi.cycle.CycleForms;
import id.intervensi.forms.FormDates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The whole intervention cycle in Tasklist, as the demo users do it, for every way a case ends:
 * goals reached (with after-care), the client's request, other factors, not admitted and consent
 * refused. Every form of the cycle is opened, claimed, filled in and completed in the browser at
 * least once (a screenshot of each goes to target/screenshots/cycle-*.png); after each one the
 * engine is asked whether every value arrived with its type (Json for checklists and dynamic lists,
 * Long, Boolean, Date). Any browser console error fails the test, except the two 404s bare Tasklist
 * 7.24 causes itself.
 */
@RunningApp
@SuppressWarnings("unchecked")
abstract class TasklistCycle {

  static final String WORKER = "peksos1";
  static final String WORKER_NAME = "Sari Wulandari";
  static final String OTHER_WORKER = "peksos2";
  static final String OTHER_WORKER_NAME = "Dedi Kurniawan";
  static final String SUPERVISOR = "supervisor1";
  static final String SUPERVISOR_NAME = "Rina Hartati";
  static final String MANAGER = "manajer1";
  static final ZoneId HOME_ZONE = ZoneId.of("Asia/Jakarta");
  static final Duration TIMEOUT = Browser.TIMEOUT;
  static final DateTimeFormatter REST_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired ClientRegistry clients;
  @Autowired CaseFiles caseFiles;

  Browser browser;
  String testName;
  int screenshots;
  final List<Predicate<String>> allowedConsoleErrors =
      new ArrayList<>(TasklistBrowserTest.TASKLIST_OWN_ERRORS);
  final LocalDate today = LocalDate.now(HOME_ZONE);

  @BeforeEach
  void startBrowser(TestInfo test) throws IOException {
    testName = test.getTestMethod().orElseThrow().getName();
    browser = Browser.start("en-US", "Asia/Jakarta");
  }

  @RegisterExtension
  final TestExecutionExceptionHandler keepTheEvidence =
      Browser.evidenceOnFailure(() -> browser, "cycle-failure");

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  // ---------------------------------------------------------------- steps

  /**
   * Opens a case from Tasklist's start form as the social worker; returns the process instance id.
   */
  String openCase() {
    browser.logIn(base(), WORKER, "demo", WORKER_NAME);
    String nik = unusedNik();
    Browser.Form form =
        browser.startForm(Browser.START_PROCESS, "Siklus Intervensi Pekerjaan Sosial");
    form.await("Sumber rujukan");
    form.select("Sumber rujukan", "Rumah sakit / puskesmas");
    form.type("Nama perujuk", "RSUD Kota Bandung, bagian sosial");
    form.type("Alasan rujukan", "Pasien lansia tanpa keluarga yang menjemput setelah rawat inap.");
    form.type("Nama lengkap", "Siti Aminah");
    form.type("NIK", nik);
    form.date("Tanggal lahir", LocalDate.of(1950, 3, 12));
    form.radio("Jenis kelamin", "Perempuan");
    form.type("Alamat", "Jl. Cibadak No. 5, RT 01/RW 02, Kel. Cibadak, Kec. Astanaanyar");
    form.settle();
    screenshot(form, CycleForms.CASE_OPENING);
    browser.click(Browser.START_BUTTON);
    browser.until(
        "Tasklist starts the case and closes the start form",
        d -> {
          browser.failOnErrorNotification("starting the case");
          return d.findElements(By.cssSelector(".modal")).isEmpty();
        });
    String pi =
        await()
            .atMost(TIMEOUT)
            .until(
                () -> clients.findByNik(nik).flatMap(c -> caseFiles.findOpenCaseOf(c.id())),
                Optional::isPresent)
            .orElseThrow()
            .processInstanceId();
    Map<String, String> types = types(pi, null);
    assertThat(types)
        .containsEntry("referralSource", "string")
        .containsEntry("referrerName", "string")
        .containsEntry("referralReason", "string")
        .containsEntry("clientAge", "long")
        .doesNotContainKeys(TasklistBrowserTest.IDENTITY_FIELDS.toArray(String[]::new));
    return pi;
  }

  /**
   * Opens a case and takes it through intake, admission and contract, all in Tasklist; optionally
   * through the assessment.
   */
  String openCaseAndAdmit(boolean stopBeforeAssessment) {
    String pi = openCase();
    Browser.Form intake = work(pi, TASK_INTAKE_INTERVIEW, "Wawancara intake", WORKER, WORKER_NAME);
    fillIntake(intake, 2);
    HistoricTaskInstance intakeDone = completeAndCheck(pi, intake, CycleForms.INTAKE_INTERVIEW);
    assertThat(runtimeService.getVariable(pi, "dtsenDecile")).isEqualTo(2L);
    assertThat(runtimeService.getVariable(pi, "intakeDate")).isEqualTo(FormDates.date(today));
    assertThat(intakeDone.getAssignee()).isEqualTo(WORKER);
    approveAdmission(pi);

    Browser.Form contract =
        work(
            pi,
            TASK_SIGN_SERVICE_CONTRACT,
            "Kontrak layanan dan persetujuan klien",
            WORKER,
            WORKER_NAME);
    assertThat(contract.text()).contains("Disetujui; masa adaptasi tiga bulan.");
    contract.checklist(
        "Layanan yang disepakati", "Pemenuhan kebutuhan dasar (sandang, pangan, papan)", true);
    contract.checklist("Layanan yang disepakati", "Bimbingan sosial", true);
    contract.checklist("Layanan yang disepakati", "Dukungan keluarga", true);
    contract.date("Tanggal mulai kontrak", today.plusDays(1));
    contract.check("Klien/wali menyetujui kontrak layanan", true);
    contract.radio("Persetujuan diberikan oleh", "Klien sendiri");
    browser.until(
        "the refusal reason is hidden once the client consents",
        d -> !contract.text().contains("Alasan penolakan"));
    completeAndCheck(pi, contract, CycleForms.SERVICE_CONTRACT);
    assertThat((List<Object>) plain(runtimeService.getVariable(pi, "servicesAgreed")))
        .containsExactlyInAnyOrder("BASIC_NEEDS", "SOCIAL_GUIDANCE", "FAMILY_SUPPORT");
    assertThat(FormDates.day(runtimeService.getVariable(pi, "contractStartDate")))
        .isEqualTo(today.plusDays(1));
    if (!stopBeforeAssessment) {
      Rest worker = Rest.as(port, WORKER, "demo");
      Task assessment = awaitTask(pi, TASK_ASSESS_CLIENT);
      assertThat(
              worker
                  .post(
                      "/engine-rest/task/" + assessment.getId() + "/claim",
                      Map.of("userId", WORKER))
                  .status())
          .isEqualTo(204);
      assertThat(
              worker
                  .post(
                      "/engine-rest/task/" + assessment.getId() + "/submit-form",
                      Map.of("variables", CaseData.toRest(CaseData.assessment())))
                  .status())
          .isEqualTo(204);
      awaitTask(pi, TASK_PLAN_INTERVENTION);
    }
    return pi;
  }

  void approveAdmission(String pi) {
    Browser.Form approval =
        work(pi, TASK_APPROVE_ADMISSION, "Setujui penerimaan klien", SUPERVISOR, SUPERVISOR_NAME);
    assertThat(approval.text())
        .contains("Memenuhi syarat")
        .contains("Klien ditemukan tidur di emperan toko");
    approval.check("Setujui penerimaan klien", true);
    approval.type("Komentar supervisor", "Disetujui; masa adaptasi tiga bulan.");
    completeAndCheck(pi, approval, CycleForms.ADMISSION_APPROVAL);
    assertThat(runtimeService.getVariable(pi, "admissionApproved")).isEqualTo(true);
  }

  void fillIntake(Browser.Form intake, int decile) {
    assertThat(intake.text()).contains("Rumah sakit / puskesmas");
    intake.date("Tanggal wawancara intake", today);
    intake.check("Klien terlantar", true);
    intake.check("Ada keluarga atau pihak lain yang mampu merawat klien", false);
    intake.type("Desil DTSEN", String.valueOf(decile));
    intake.type("Harapan klien", "Ingin tinggal di tempat yang aman dan punya teman.");
    intake.type(
        "Catatan wawancara intake", "Klien ditemukan tidur di emperan toko; KTP ada, KK hilang.");
  }

  /** Answers every Barthel, Lawton and GDS-15 item, found by the label the form gives it. */
  void fillInstruments(Browser.Form form, Map<String, Object> answers) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    fields(schema(CycleForms.ASSESSMENT).path("components"), fields);
    answers.forEach(
        (key, value) -> {
          JsonNode field = fields.get(key);
          String label = field.path("label").asText();
          if ("select".equals(field.path("type").asText())) {
            form.select(label, (String) value);
          } else if (key.startsWith("gds")) {
            form.radio(
                label,
                switch ((String) value) {
                  case "YES" -> "Ya";
                  case "NOT_ASSESSABLE" -> "Tidak dapat dinilai";
                  default -> "Tidak";
                });
          } else {
            form.radio(label, (String) value);
          }
        });
  }

  private static void fields(JsonNode components, Map<String, JsonNode> fields) {
    for (JsonNode c : components) {
      if (c.hasNonNull("key")) {
        fields.put(c.get("key").asText(), c);
      }
      fields(c.path("components"), fields);
    }
  }

  void fillActivity(
      Browser.Form plan,
      int row,
      String name,
      String function,
      String method,
      String component,
      String responsible,
      LocalDate day) {
    plan.type("Nama kegiatan #" + row, name);
    plan.select("Fungsi kesejahteraan sosial #" + row, function);
    plan.select("Metode pekerjaan sosial #" + row, method);
    plan.select("Komponen ATENSI #" + row, component);
    plan.type("Penanggung jawab #" + row, responsible);
    plan.date("Jadwal pelaksanaan #" + row, day);
  }

  /**
   * Logs in as the user, opens the task of the case (the only open one of that kind) and claims it.
   */
  Browser.Form work(String pi, String taskKey, String taskName, String user, String fullName) {
    Browser.Form form = open(pi, taskKey, taskName, user, fullName);
    browser.claim(fullName);
    return form;
  }

  /**
   * Logs in as the user and opens the task of the case (the only open one of that kind), without
   * claiming it; {@link Browser#claim} claims it.
   */
  Browser.Form open(String pi, String taskKey, String taskName, String user, String fullName) {
    Task task = awaitTask(pi, taskKey);
    browser.logIn(base(), user, "demo", fullName);
    Browser.Form form =
        browser.openTask(task.getId(), taskName == null ? task.getName() : taskName);
    browser.until(
        "the form shows the case number", d -> form.text().contains("Kasus " + caseNumber(pi)));
    currentTask = task.getId();
    return form;
  }

  String currentTask;

  /**
   * Takes the screenshot, completes the open task in the browser, and checks in the engine that the
   * user completed it and that every value of the form arrived with the type its field gives.
   */
  HistoricTaskInstance completeAndCheck(String pi, Browser.Form form, String formId) {
    String taskId = currentTask;
    form.settle();
    screenshot(form, formId);
    browser.complete(form, formId);
    HistoricTaskInstance done =
        await()
            .atMost(TIMEOUT)
            .until(
                () ->
                    historyService
                        .createHistoricTaskInstanceQuery()
                        .taskId(taskId)
                        .finished()
                        .singleResult(),
                Objects::nonNull);
    assertThat(done.getDeleteReason()).isEqualTo("completed");
    Map<String, String> expected = expectedTypes(formId);
    Map<String, String> arrived = types(pi, done);
    Map<String, String> wrong = new LinkedHashMap<>();
    expected.forEach(
        (key, type) -> {
          // "null": a field the form hid (not submitted) of a variable declared by an input mapping
          if (arrived.containsKey(key)
              && !arrived.get(key).equals(type)
              && !"null".equals(arrived.get(key))) {
            wrong.put(key, arrived.get(key) + " instead of " + type);
          }
        });
    assertThat(wrong).as("variables of %s with the wrong type", formId).isEmpty();
    assertThat(arrived.keySet())
        .as("values of %s that arrived", formId)
        .containsAnyElementsOf(expected.keySet());
    assertThat(browser.consoleErrors(allowedConsoleErrors)).as("browser console errors").isEmpty();
    return done;
  }

  /**
   * The variable types a form's fields must give: Json for lists, Long for whole numbers, Date for
   * dates.
   */
  static Map<String, String> expectedTypes(String formId) {
    Map<String, String> types = new LinkedHashMap<>();
    collect(schema(formId).path("components"), types);
    return types;
  }

  private static void collect(JsonNode components, Map<String, String> types) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      switch (type) {
        case "group" -> collect(c.path("components"), types);
        case "dynamiclist" -> types.put(c.path("path").asText(), "json");
        case "checklist", "taglist" -> types.put(c.path("key").asText(), "json");
        case "number" ->
            types.put(
                c.path("key").asText(), c.path("decimalDigits").asInt(-1) == 0 ? "long" : "double");
        case "checkbox" -> types.put(c.path("key").asText(), "boolean");
        case "datetime" -> types.put(c.path("key").asText(), "date");
        case "textfield", "textarea", "radio", "select" ->
            types.put(c.path("key").asText(), "string");
        default -> {}
      }
    }
  }

  static JsonNode schema(String formId) {
    try (InputStream in = new ClassPathResource("forms/" + formId + ".form").getInputStream()) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The type of each variable as the task left it: its task-local variables (input mappings) where
   * it has them, otherwise the process instance's.
   */
  Map<String, String> types(String pi, HistoricTaskInstance task) {
    Map<String, String> types = new LinkedHashMap<>();
    List<HistoricVariableInstance> variables =
        historyService
            .createHistoricVariableInstanceQuery()
            .processInstanceId(pi)
            .includeDeleted()
            .disableBinaryFetching()
            .list();
    for (HistoricVariableInstance v : variables) {
      if (v.getActivityInstanceId() != null && v.getActivityInstanceId().equals(pi)) {
        types.putIfAbsent(v.getName(), v.getTypeName());
      }
    }
    if (task != null) {
      for (HistoricVariableInstance v : variables) {
        if (task.getActivityInstanceId().equals(v.getActivityInstanceId())) {
          types.put(v.getName(), v.getTypeName());
        }
      }
    }
    return types;
  }

  Object localValue(HistoricTaskInstance task, String name) {
    return historyService
        .createHistoricVariableInstanceQuery()
        .processInstanceId(task.getProcessInstanceId())
        .variableName(name)
        .includeDeleted()
        .list()
        .stream()
        .filter(v -> task.getActivityInstanceId().equals(v.getActivityInstanceId()))
        .map(HistoricVariableInstance::getValue)
        .findFirst()
        .orElse(null);
  }

  /** A manager brings the case's timer forward through the REST API; the job executor fires it. */
  void fireTimer(String pi, String activityId) {
    Rest manager = Rest.as(port, MANAGER, "demo");
    List<Map<String, Object>> jobs =
        await()
            .atMost(TIMEOUT)
            .until(
                () ->
                    manager
                        .get(
                            "/engine-rest/job?maxResults=2000&processInstanceId="
                                + pi
                                + "&activityId="
                                + activityId)
                        .list(),
                l -> !l.isEmpty());
    Rest.Answer due =
        manager.put(
            "/engine-rest/job/" + jobs.get(0).get("id") + "/duedate",
            Map.of("duedate", OffsetDateTime.now().minusSeconds(1).format(REST_DATE)));
    assertThat(due.status()).as(due.message()).isEqualTo(204);
  }

  Task awaitTask(String pi, String taskKey) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                taskService
                    .createTaskQuery()
                    .processInstanceId(pi)
                    .taskDefinitionKey(taskKey)
                    .taskUnassigned()
                    .list(),
            l -> !l.isEmpty())
        .get(0);
  }

  void assertEnded(String pi, String endEvent, String terminationReason) {
    HistoricProcessInstance ended =
        await()
            .atMost(TIMEOUT)
            .until(
                () ->
                    historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(pi)
                        .finished()
                        .singleResult(),
                Objects::nonNull);
    assertThat(ended.getEndActivityId()).isEqualTo(endEvent);
    if (terminationReason != null) {
      assertThat(
              historyService
                  .createHistoricVariableInstanceQuery()
                  .processInstanceId(pi)
                  .variableName("terminationReason")
                  .singleResult()
                  .getValue())
          .isEqualTo(terminationReason);
    }
    assertThat(browser.consoleErrors(allowedConsoleErrors)).as("browser console errors").isEmpty();
  }

  void screenshot(Browser.Form form, String formId) {
    screenshots++;
    browser.screenshot(
        form.root(), "cycle-" + testName + "-" + String.format("%02d", screenshots) + "-" + formId);
  }

  String caseNumber(String pi) {
    return (String) runtimeService.getVariable(pi, "caseNumber");
  }

  String base() {
    return "http://localhost:" + port;
  }

  /** Json variables as plain lists and maps. */
  static Object plain(Object value) {
    if (value instanceof SpinJsonNode json) {
      try {
        return JSON.readValue(json.toString(), Object.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return value;
  }

  /** A NIK of a woman born 12 March 1950 (region 327303) that no case uses yet. */
  String unusedNik() {
    for (int i = 0; i < 1000; i++) {
      String nik =
          "3273035203500" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
      if (clients.findByNik(nik).isEmpty()) {
        return nik;
      }
    }
    throw new IllegalStateException("no unused NIK left");
  }
}
