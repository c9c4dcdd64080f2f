package id.intervensi.e2e;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.PROCESS_ID;
import static id.intervensi.cycle.InterventionCycle.TASK_APPROVE_ADMISSION;
import static id.intervensi.cycle.InterventionCycle.TASK_INTAKE_INTERVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.intervensi.casefile.CaseFile;
import id.intervensi.casefile.CaseFiles;
import id.intervensi.casefile.Client;
import id.intervensi.casefile.ClientRegistry;
import id.intervensi.forms.FormDates;
import id.intervensi.security.Cases;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A social worker in a real (headless) browser: logs in to Tasklist, opens a case with the start
 * form, claims and does the intake interview, first with an out-of-range DTSEN decile that must not
 * go through, and the effect is checked in the engine and the client table, not only on screen.
 * Screenshots of both forms go to target/screenshots/.
 */
@RunningApp
class TasklistBrowserTest {

  static final String WORKER = "peksos1";
  static final String WORKER_NAME = "Sari Wulandari";
  static final ZoneId HOME_ZONE = ZoneId.of("Asia/Jakarta");
  static final Duration TIMEOUT = Browser.TIMEOUT;

  /**
   * Identity fields of the start form: they go to the client table, never to the process or its
   * history.
   */
  static final List<String> IDENTITY_FIELDS =
      List.of(
          "clientName",
          "clientNik",
          "clientBirthDate",
          "clientSex",
          "clientAddress",
          "familyContactName",
          "familyContactRelation",
          "familyContactPhone");

  /**
   * Identity fields that are not even process variables: the client's sex stays for the eligibility
   * table (still never in history).
   */
  static final List<String> NOT_IN_THE_CASE =
      IDENTITY_FIELDS.stream().filter(field -> !"clientSex".equals(field)).toList();

  /** Errors bare Tasklist 7.24 logs itself: the welcome app's user lookup and link, both 404. */
  static final List<Predicate<String>> TASKLIST_OWN_ERRORS =
      List.of(
          m -> m.contains("/camunda/api/admin/auth/user/default") && m.contains("404"),
          m -> m.contains("/camunda-welcome") && m.contains("404"));

  static final By START_PROCESS = By.xpath("//a[contains(normalize-space(.), 'Start process')]");
  static final By START_FORM = By.cssSelector(".modal .fjs-form");
  static final By START_BUTTON = By.cssSelector(".modal button[ng-click='startProcessInstance()']");
  static final By GROUP_FILTER =
      By.xpath(
          "//div[contains(@class, 'task-filter')]//a[contains(normalize-space(.), 'Tugas kelompok saya')]");
  static final By TASK_NAME = By.cssSelector(".task-details h2.task");
  static final By TASK_FORM = By.cssSelector(".task-details .fjs-form");
  static final By CLAIM = By.cssSelector(".task-details button.claim");
  static final By COMPLETE =
      By.cssSelector(".task-details .form-actions button[ng-click='complete()']");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ClientRegistry clients;
  @Autowired CaseFiles caseFiles;
  @Autowired JdbcClient jdbc;

  Browser browser;
  final List<Predicate<String>> allowedConsoleErrors = new ArrayList<>(TASKLIST_OWN_ERRORS);

  @BeforeEach
  void startBrowser() throws IOException {
    browser = Browser.start();
  }

  @RegisterExtension
  final TestExecutionExceptionHandler keepTheEvidence =
      Browser.evidenceOnFailure(() -> browser, "tasklist-failure");

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aSocialWorkerOpensACaseAndDoesTheIntakeInTasklist() {
    String nik = unusedNik();
    LocalDate birthDate =
        LocalDate.of(1950, 3, 12); // NIK digits 7-12 "520350": a woman (12 + 40), March 1950
    LocalDate today = LocalDate.now(HOME_ZONE);

    logIn(WORKER, "demo");
    // the navbar offers starting a case, never a standalone task ("Buat tugas")
    new WebDriverWait(browser.driver(), TIMEOUT)
        .until(d -> !d.findElements(By.cssSelector(".start-process-action")).isEmpty());
    assertThat(browser.driver().findElements(By.cssSelector(".create-task-action"))).isEmpty();

    // the start form
    openCaseInTasklist(nik, birthDate);
    CaseFile caseFile =
        await()
            .atMost(TIMEOUT)
            .until(
                () -> clients.findByNik(nik).flatMap(c -> caseFiles.findOpenCaseOf(c.id())),
                Optional::isPresent)
            .orElseThrow();
    String pi = caseFile.processInstanceId();
    String caseNumber = caseFile.caseNumber();
    ProcessInstance instance =
        runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult();
    assertThat(instance.getProcessDefinitionId()).startsWith(PROCESS_ID + ":");
    assertThat(instance.getBusinessKey()).isEqualTo(caseNumber).matches("PSTW-\\d{4}-\\d{5}");
    Client client = clients.findByNik(nik).orElseThrow();
    assertThat(client.fullName()).isEqualTo("Siti Aminah");
    assertThat(client.birthDate())
        .as("birth date picked in the browser (Asia/Jakarta)")
        .isEqualTo(birthDate);
    assertThat(client.sex()).isEqualTo("F");
    assertThat(client.address())
        .isEqualTo("Jl. Merdeka No. 10, RT 03/RW 05, Kel. Babakan, Kec. Bandung Wetan");
    assertThat(client.familyContactPhone()).isEqualTo("081234567890");
    Map<String, Object> opened = runtimeService.getVariables(pi);
    assertThat(opened)
        .containsEntry("referralSource", "SOCIAL_OFFICE")
        .containsEntry("referrerName", "Dinas Sosial Kota Bandung")
        .containsEntry("caseNumber", caseNumber)
        .containsEntry("caseOpenedBy", WORKER)
        .containsEntry("clientId", client.id())
        .doesNotContainKeys(NOT_IN_THE_CASE.toArray(String[]::new))
        .containsEntry("clientSex", "F");
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi)
                .variableNameIn(IDENTITY_FIELDS.toArray(String[]::new))
                .count())
        .isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(pi).list())
        .extracting(TasklistBrowserTest::nameOf)
        .doesNotContainAnyElementsOf(IDENTITY_FIELDS);

    // the intake task in the group's filter, first in it (priority, then due date) whatever other
    // tests left in the shared app: Tasklist shows a page of 15 cards, and dated tasks of the same
    // priority come before one without a due date
    Task intakeTask =
        taskService
            .createTaskQuery()
            .processInstanceId(pi)
            .taskDefinitionKey(TASK_INTAKE_INTERVIEW)
            .singleResult();
    intakeTask.setPriority(99);
    taskService.saveTask(intakeTask);
    String taskId = intakeTask.getId();
    Browser.Form intake = openAndClaimTask(taskId, caseNumber);
    await()
        .atMost(TIMEOUT)
        .until(
            () ->
                WORKER.equals(
                    taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()));

    // a DTSEN decile of 11 does not go through: form-js refuses it in the browser...
    intake.date("Tanggal wawancara intake", today);
    intake.type("Harapan klien", "Ingin tinggal di tempat yang aman dan punya teman.");
    intake.type(
        "Catatan wawancara intake",
        "Klien ditemukan tidur di pasar; KTP ada, KK hilang. Surat rujukan Dinas Sosial terlampir.");
    intake.check("Klien terlantar", true);
    intake.check("Ada keluarga atau pihak lain yang mampu merawat klien", false);
    intake.check("Klien mengidap penyakit menular yang tidak dapat ditangani panti", false);
    intake.check("Klien membutuhkan perawatan medis intensif di luar kemampuan panti", false);
    intake.type("Desil DTSEN", "11");
    intake.settle();
    browser.until(
        "form-js shows that Desil DTSEN 11 is out of range",
        d -> intake.error("Desil DTSEN").contains("10"));
    assertThat(browser.driver().findElement(COMPLETE).isEnabled())
        .as("Complete with Desil DTSEN 11")
        .isFalse();
    browser.screenshot(intake.root(), "intake-interview-invalid");
    intake.field("Desil DTSEN").sendKeys(Keys.ENTER); // Enter submits a form-js form
    browser.until(
        "the intake form stays open with its message",
        d -> d.findElement(TASK_NAME).isDisplayed() && intake.error("Desil DTSEN").contains("10"));
    assertThat(taskService.createTaskQuery().taskId(taskId).count())
        .as("intake task still open")
        .isEqualTo(1);

    // ...and the server refuses it in Indonesian when the browser's validation is bypassed
    allowedConsoleErrors.add(
        m -> m.contains("/task/" + taskId + "/submit-form") && m.contains("400"));
    String answer = submitBypassingTheBrowser(taskId, intakeVariables(today, 11));
    assertThat(answer)
        .startsWith("400 ")
        .contains("Data formulir tidak valid")
        .contains("«Desil DTSEN» harus antara 1 dan 10");
    assertThat(taskService.createTaskQuery().taskId(taskId).count())
        .as("intake task still open")
        .isEqualTo(1);
    assertThat(runtimeService.getVariables(pi))
        .as("nothing saved")
        .doesNotContainKeys("dtsenDecile", "intakeDate", "neglected");

    // with decile 2 the form goes through
    intake.type("Desil DTSEN", "2");
    intake.settle();
    browser.until(
        "form-js accepts the intake form",
        d -> intake.errors().isEmpty() && d.findElement(COMPLETE).isEnabled());
    browser.screenshot(intake.root(), "intake-interview");
    browser.click(COMPLETE);
    browser.until(
        "Tasklist completes the intake task",
        d -> {
          failOnErrorNotification(d, "completing the intake form");
          return d.findElements(TASK_NAME).isEmpty();
        });

    // the effect in the engine
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
    assertThat(done.getAssignee()).isEqualTo(WORKER);
    assertThat(done.getDeleteReason()).isEqualTo("completed");
    List<UserOperationLogEntry> completion =
        historyService
            .createUserOperationLogQuery()
            .taskId(taskId)
            .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
            .list();
    assertThat(completion)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getUserId()).isEqualTo(WORKER));
    await()
        .atMost(TIMEOUT)
        .until(
            () ->
                taskService
                        .createTaskQuery()
                        .processInstanceId(pi)
                        .taskDefinitionKey(TASK_APPROVE_ADMISSION)
                        .count()
                    == 1);
    assertThat(runtimeService.getActiveActivityIds(pi)).containsExactly(TASK_APPROVE_ADMISSION);

    Map<String, Object> variables = runtimeService.getVariables(pi);
    // Tasklist sends numbers untyped: the engine keeps a whole number as Integer
    assertThat(variables.get("dtsenDecile")).isInstanceOf(Number.class);
    assertThat(((Number) variables.get("dtsenDecile")).longValue()).isEqualTo(2L);
    assertThat(variables.get("neglected")).isEqualTo(Boolean.TRUE);
    assertThat(variables.get("hasAbleCaregiver")).isEqualTo(Boolean.FALSE);
    assertThat(variables.get("communicableDisease")).isEqualTo(Boolean.FALSE);
    assertThat(variables.get("needsIntensiveCare")).isEqualTo(Boolean.FALSE);
    assertThat(variables.get("intakeDate"))
        .as("a picked date is stored as a Date (12:00 UTC of the day)")
        .isEqualTo(FormDates.date(today));
    assertThat(variables.get("clientExpectations"))
        .isEqualTo("Ingin tinggal di tempat yang aman dan punya teman.");
    assertThat(variables.get("intakeNotes"))
        .asString()
        .startsWith("Klien ditemukan tidur di pasar");
    assertThat(variables.get("eligible"))
        .as("decided by the eligibility table")
        .isEqualTo(Boolean.TRUE);
    assertThat(variables).doesNotContainKeys(NOT_IN_THE_CASE.toArray(String[]::new));

    assertThat(browser.consoleErrors(allowedConsoleErrors))
        .as("SEVERE browser console errors")
        .isEmpty();
  }

  void logIn(String user, String password) {
    browser.logIn("http://localhost:" + port, user, password, WORKER_NAME);
  }

  /** Opens the start form of the cycle and fills in the referral. */
  Browser.Form startForm() {
    Browser.Form form = browser.startForm(START_PROCESS, "Siklus Intervensi Pekerjaan Sosial");
    form.await("Sumber rujukan");
    form.select("Sumber rujukan", "Dinas Sosial");
    form.type("Nama perujuk", "Dinas Sosial Kota Bandung");
    form.type("Kontak perujuk", "022-4231234");
    form.type(
        "Alasan rujukan", "Ditemukan tinggal sendiri di pasar, tidak ada keluarga yang merawat.");
    return form;
  }

  /** Tasklist's error notifications, as the user reads them. */
  static List<String> errorNotifications(WebDriver driver) {
    return driver
        .findElements(By.cssSelector(".notifications .alert-danger, .notifications .alert-error"))
        .stream()
        .map(WebElement::getText)
        .map(String::trim)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  @Test
  void theStartFormRefusesANikOfAnotherSexAndTakesAClientWithoutPapers() {
    logIn(WORKER, "demo");
    // day 12 without the 40 women add: a man's NIK, entered for a woman
    String mansNik = unusedNik().substring(0, 6) + "120350" + unusedNik().substring(12);
    Browser.Form form = startForm();
    form.type("Nama lengkap", "Siti Aminah");
    form.type("NIK", mansNik);
    form.date("Tanggal lahir", LocalDate.of(1950, 3, 12));
    form.radio("Jenis kelamin", "Perempuan");
    form.type("Alamat", "Jl. Merdeka No. 10, Bandung");
    form.settle();
    browser.click(START_BUTTON);
    browser.until(
        "Tasklist shows why the server refused the NIK",
        d ->
            errorNotifications(d).stream()
                .anyMatch(m -> m.contains("NIK ini milik seorang laki-laki")));
    assertThat(errorNotifications(browser.driver()))
        .as("the app's refusal, not the REST API's English wrapper around it")
        .noneMatch(m -> m.contains("Cannot instantiate"));
    browser.screenshot(
        browser.driver().findElement(By.cssSelector(".notifications")),
        "case-opening-nik-of-a-man");
    assertThat(clients.findByNik(mansNik)).as("nothing registered").isEmpty();

    // brought by the police, without papers: no NIK, an estimated birth year
    String name = "Mbah Karto " + ThreadLocalRandom.current().nextInt(100_000);
    form.type("Nama lengkap", name);
    form.check("Klien tidak memiliki NIK atau NIK belum diketahui", true);
    form.forget("NIK");
    form.select(
        "Alasan NIK tidak ada",
        "Identitas tidak diketahui (dibawa polisi, rumah sakit, atau warga)");
    form.check("Tanggal lahir tidak diketahui", true);
    form.type("Perkiraan tahun lahir", "1948");
    form.radio("Jenis kelamin", "Laki-laki");
    form.settle();
    assertThat(form.text())
        .as("the NIK field is hidden")
        .doesNotContain("Nomor Induk Kependudukan");
    assertThat(form.errors()).isEmpty();
    browser.screenshot(form.root(), "case-opening-without-papers");
    browser.click(START_BUTTON);
    browser.until(
        "Tasklist starts the case", d -> d.findElements(By.cssSelector(".modal")).isEmpty());

    Long clientId =
        jdbc.sql("select id from client where full_name = ?")
            .param(name)
            .query(Long.class)
            .single();
    Client client = clients.findById(clientId).orElseThrow();
    assertThat(client.nik()).isNull();
    assertThat(client.nikMissingReason()).isEqualTo("IDENTITY_UNKNOWN");
    assertThat(client.birthDate()).isNull();
    assertThat(client.birthYearEstimate()).isEqualTo(1948);
    assertThat(caseFiles.findOpenCaseOf(clientId)).as("the case is open").isPresent();
  }

  @Test
  void theStartFormShowsWhoARegisteredNikBelongsTo() {
    String nik = unusedNik();
    Cases cases = new Cases(port);
    String earlier =
        (String)
            cases
                .as(WORKER)
                .post(
                    "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form",
                    Map.of("variables", toRest(caseOpening(nik))))
                .map()
                .get("id");
    String earlierNumber = (String) runtimeService.getVariable(earlier, "caseNumber");

    logIn(WORKER, "demo");
    Browser.Form form = startForm();
    form.type("NIK", nik);
    By lookup = By.cssSelector(".modal .intervensi-nik-lookup");
    String shown =
        browser.until(
            "the start form shows who the NIK belongs to",
            d ->
                d.findElements(lookup).stream()
                    .map(WebElement::getText)
                    .filter(t -> t.contains("sudah terdaftar"))
                    .findFirst()
                    .orElse(null));
    assertThat(shown)
        .contains("Siti Aminah, lahir 12/03/1950, perempuan")
        .contains(earlierNumber + " (aktif");
    browser.screenshot(form.root(), "case-opening-known-nik");

    // the worker goes on with another name under that NIK: refused, nothing taken over
    form.type("Nama lengkap", "Sumiati");
    form.date("Tanggal lahir", LocalDate.of(1950, 3, 12));
    form.radio("Jenis kelamin", "Perempuan");
    form.type("Alamat", "Jl. Merdeka No. 10, Bandung");
    form.settle();
    browser.click(START_BUTTON);
    browser.until(
        "Tasklist shows that the NIK is someone else's",
        d ->
            errorNotifications(d).stream()
                .anyMatch(m -> m.contains("sudah terdaftar atas nama Siti Aminah")));
    assertThat(clients.findByNik(nik).orElseThrow().fullName()).isEqualTo("Siti Aminah");
    // the browser logs the refusal (400) it was shown
    allowedConsoleErrors.add(m -> m.contains("/submit-form") && m.contains("400"));
    form.type("NIK", unusedNik());
    browser.until(
        "a NIK nobody has is a new client",
        d -> d.findElement(lookup).getText().contains("NIK belum terdaftar"));
    assertThat(browser.consoleErrors(allowedConsoleErrors)).isEmpty();
  }

  @Test
  void theStartFormShowsALikelyDuplicateAndTheWorkerDecides() {
    int year = 1930 + ThreadLocalRandom.current().nextInt(20);
    String third =
        "Wi" + Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999), 36);
    Map<String, Object> registered = new LinkedHashMap<>(caseOpening(null));
    registered.remove("clientNik");
    registered.remove("clientBirthDate");
    registered.put("clientName", "Noor Hasanah " + third);
    registered.put("clientNikUnknown", true);
    registered.put("nikMissingReason", "NO_DOCUMENTS");
    registered.put("clientBirthDateUnknown", true);
    registered.put("clientBirthYearEstimate", (long) year);
    String first =
        (String)
            new Cases(port)
                .as(WORKER)
                .post(
                    "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form",
                    Map.of("variables", toRest(registered)))
                .map()
                .get("id");
    long firstClient = ((Number) runtimeService.getVariable(first, "clientId")).longValue();

    logIn(WORKER, "demo");
    Browser.Form form = startForm();
    String name = "Nur Hasanah " + third;
    form.type("Nama lengkap", name);
    form.check("Klien tidak memiliki NIK atau NIK belum diketahui", true);
    form.select("Alasan NIK tidak ada", "Tidak membawa KTP/KK");
    form.check("Tanggal lahir tidak diketahui", true);
    form.type("Perkiraan tahun lahir", String.valueOf(year));
    form.radio("Jenis kelamin", "Perempuan");
    form.type("Alamat", "Jl. Merdeka No. 10, Bandung");
    form.settle();
    browser.click(START_BUTTON);
    browser.until(
        "Tasklist shows the registered person who may be the same",
        d ->
            errorNotifications(d).stream()
                .anyMatch(
                    m ->
                        m.contains(
                            "Kemungkinan orang yang sama sudah terdaftar: #" + firstClient)));
    allowedConsoleErrors.add(m -> m.contains("/submit-form") && m.contains("400"));

    // another woman after all: the worker says so, and the case opens
    form.check("Bukan orang yang sama dengan klien terdaftar", true);
    form.settle();
    browser.click(START_BUTTON);
    browser.until(
        "Tasklist starts the case", d -> d.findElements(By.cssSelector(".modal")).isEmpty());
    Long secondClient =
        jdbc.sql("select id from client where full_name = ?")
            .param(name)
            .query(Long.class)
            .single();
    assertThat(secondClient).isNotEqualTo(firstClient);
    assertThat(clients.changesOf(secondClient))
        .extracting(ClientRegistry.Change::newValue)
        .containsExactly("bukan orang yang sama dengan #" + firstClient);
    assertThat(browser.consoleErrors(allowedConsoleErrors)).isEmpty();
  }

  void openCaseInTasklist(String nik, LocalDate birthDate) {
    Browser.Form form = startForm();
    form.type("Nama lengkap", "Siti Aminah");
    form.type("NIK", nik);
    form.date("Tanggal lahir", birthDate);
    form.radio("Jenis kelamin", "Perempuan");
    form.type("Alamat", "Jl. Merdeka No. 10, RT 03/RW 05, Kel. Babakan, Kec. Bandung Wetan");
    form.type("Nama keluarga/penanggung jawab", "Wati Suryani");
    form.type("Hubungan dengan klien", "keponakan");
    form.type("Nomor telepon", "081234567890");
    form.settle();
    assertThat(form.errors()).as("form-js messages on the start form").isEmpty();
    browser.screenshot(form.root(), "case-opening");

    browser.click(START_BUTTON);
    browser.until(
        "Tasklist starts the process and closes the start form",
        d -> {
          failOnErrorNotification(d, "starting the process");
          List<WebElement> errors = d.findElements(By.cssSelector(".modal .fjs-form-field-error"));
          String shown =
              errors.stream()
                  .map(WebElement::getText)
                  .filter(t -> !t.isBlank())
                  .toList()
                  .toString();
          if (!"[]".equals(shown)) {
            throw new AssertionError("the start form shows errors: " + shown);
          }
          return d.findElements(By.cssSelector(".modal")).isEmpty();
        });
    // (Tasklist's "The process has been started" shows for 3 s only: the case itself is checked in
    // the engine)
  }

  Browser.Form openAndClaimTask(String taskId, String caseNumber) {
    browser.click(GROUP_FILTER);
    By taskInList =
        By.xpath("//ol[contains(@class, 'tasks-list')]//a[contains(@href, 'task=" + taskId + "')]");
    browser.until(
        "the intake task of " + caseNumber + " in «Tugas kelompok saya»",
        d -> d.findElement(taskInList).getText().trim().equals("Wawancara intake"));
    browser.click(taskInList);
    browser.until(
        "the task «Wawancara intake» opened",
        d -> d.findElement(TASK_NAME).getText().trim().equals("Wawancara intake"));
    Browser.Form form = browser.form(TASK_FORM);
    browser.until(
        "the intake form shows case " + caseNumber,
        d -> form.text().contains("Kasus " + caseNumber));

    browser.click(CLAIM);
    browser.until(
        "the task is claimed by " + WORKER_NAME,
        d -> {
          failOnErrorNotification(d, "claiming the task");
          return d.findElement(By.cssSelector(".task-details .actors"))
                  .getText()
                  .contains(WORKER_NAME)
              && d.findElements(By.cssSelector(".task-details .disabled-form")).isEmpty()
              && d.findElement(COMPLETE).isDisplayed();
        });
    form.await("Tanggal wawancara intake");
    return form;
  }

  /**
   * Posts the form as Tasklist would, from inside the logged-in browser, but without form-js
   * validating it.
   */
  String submitBypassingTheBrowser(String taskId, Map<String, Object> variables) {
    return (String)
        browser.jsAsync(
            """
        var done = arguments[arguments.length - 1];
        var token = (document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]+)/) || [])[1] || '';
        fetch(arguments[0], {method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-XSRF-TOKEN': token},
            body: JSON.stringify({variables: arguments[1]})})
          .then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + t); }); })
          .catch(function (e) { done('failed ' + e); });""",
            "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
            variables);
  }

  /** The intake variables exactly as Tasklist posts them: untyped values. */
  static Map<String, Object> intakeVariables(LocalDate day, int decile) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("intakeDate", day.toString());
    values.put("neglected", true);
    values.put("hasAbleCaregiver", false);
    values.put("communicableDisease", false);
    values.put("needsIntensiveCare", false);
    values.put("dtsenDecile", decile);
    values.put("clientExpectations", "Ingin tinggal di tempat yang aman dan punya teman.");
    values.put("intakeNotes", "Dicoba tanpa validasi browser.");
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  /** Fails at once, with Tasklist's own words, when it shows an error notification. */
  static void failOnErrorNotification(WebDriver driver, String doing) {
    List<String> errors =
        driver
            .findElements(
                By.cssSelector(".notifications .alert-danger, .notifications .alert-error"))
            .stream()
            .map(WebElement::getText)
            .map(String::trim)
            .filter(t -> !t.isEmpty())
            .toList();
    if (!errors.isEmpty()) {
      throw new AssertionError("Tasklist shows an error while " + doing + ": " + errors);
    }
  }

  /**
   * A NIK of a woman born 12 March 1950 (digits 7-12 "520350": day 12 + 40) that no case uses yet.
   * Region 327302, not the 327301 of {@link id.intervensi.CaseData#randomNik()}: the tests share
   * one database, and a second open case for the same NIK is refused.
   */
  String unusedNik() {
    for (int i = 0; i < 1000; i++) {
      String nik =
          "3273025203500" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
      if (clients.findByNik(nik).isEmpty()) {
        return nik;
      }
    }
    throw new IllegalStateException("no unused NIK left");
  }

  static String nameOf(HistoricDetail detail) {
    if (detail instanceof HistoricVariableUpdate update) {
      return update.getVariableName();
    }
    return detail instanceof HistoricFormField field ? field.getFieldId() : null;
  }
}
