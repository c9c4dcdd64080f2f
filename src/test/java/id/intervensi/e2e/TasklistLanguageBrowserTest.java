package id.intervensi.e2e;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.intervensi.cycle.CycleForms;
import id.intervensi.forms.FormDates;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist in the browser's language (Bahasa Indonesia, English kept), with the product's and the
 * home's name and without Camunda's migration banner; form-js messages in Bahasa Indonesia; and
 * dates that stay the same calendar day with the browser west of UTC (America/Los_Angeles) and the
 * app in another zone.
 */
@RunningApp
class TasklistLanguageBrowserTest {

  static final String HOME = WebappCustomisationRestTest.HOME;

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  Browser browser;
  final List<Predicate<String>> allowedConsoleErrors =
      new ArrayList<>(TasklistBrowserTest.TASKLIST_OWN_ERRORS);

  @RegisterExtension
  final TestExecutionExceptionHandler keepTheEvidence =
      Browser.evidenceOnFailure(() -> browser, "language-failure");

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aBrowserInIndonesianGetsTasklistInIndonesian() throws IOException {
    browser = Browser.start("id", "Asia/Jakarta");
    browser.open(base() + "/camunda/app/tasklist/default/");
    browser.until(
        "the login page in Indonesian",
        d ->
            d.findElement(By.cssSelector("button[type='submit']"))
                .getText()
                .trim()
                .equals("Masuk"));
    browser.until(
        "the home's name in the browser tab",
        d -> d.getTitle().equals("Intervensi Tasklist · " + HOME));
    browser.logIn(base(), "peksos1", "demo", "Sari Wulandari");
    assertThat(browser.driver().findElement(Browser.START_PROCESS).getText().trim())
        .isEqualTo("Buka kasus baru");
    // the filters arrive after the page: wait for the last one before reading the page
    browser.until(
        "the filters listed",
        d -> d.findElement(By.tagName("body")).getText().contains("Tindak lanjut dan eskalasi"));
    String page = browser.driver().findElement(By.tagName("body")).getText();
    assertThat(page)
        .contains(
            "Tugas saya",
            "Tugas kelompok saya",
            "Tindak lanjut dan eskalasi",
            "Intervensi Tasklist · " + HOME)
        .doesNotContain("Start process", "Mulai proses", "Camunda 8");
    bannerIsHidden();
    assertThat(footerTimeZone())
        .isEqualTo("Tanggal dan waktu ditampilkan dalam zona waktu WIB, waktu panti");
    assertThat(shortcuts())
        .containsExactly(
            "ctrl+alt+c ambil tugas yang sedang dipilih",
            "ctrl+shift+f pindah ke filter pertama",
            "ctrl+alt+l pindah ke tugas pertama dalam daftar",
            "ctrl+alt+f pindah ke isian pertama formulir tugas",
            "ctrl+alt+p buka kasus baru");
    browser.screenshot(
        browser.driver().findElement(By.cssSelector(".modal-content")), "tasklist-id-shortcuts");
    browser.click(By.cssSelector(".modal-footer button"));
    browser.until(
        "the shortcut dialog closed", d -> d.findElements(By.cssSelector(".modal")).isEmpty());

    WebElement start = startForm();
    assertThat(browser.driver().findElement(Browser.START_BUTTON).getText().trim())
        .isEqualTo("Buka kasus");
    Browser.Form form = browser.form(Browser.START_FORM);
    assertThat(form.text()).contains("Pilih").doesNotContain("Select");
    form.type("NIK", "3273");
    form.type("Nama lengkap", "S");
    form.type("Nama perujuk", "Dinas Sosial");
    form.type("Nama perujuk", "");
    browser.until(
        "form-js messages in Indonesian",
        d ->
            form.error("NIK").startsWith("Isian belum sesuai format")
                && form.error("Nama lengkap").equals("Paling sedikit 2 karakter.")
                && form.error("Nama perujuk").equals("Wajib diisi."));
    assertThat(form.errors()).noneMatch(e -> e.contains("Field"));
    browser.screenshot(start, "tasklist-id-start-form-messages");
    assertThat(browser.consoleErrors(allowedConsoleErrors)).as("browser console errors").isEmpty();
  }

  @Test
  void aBrowserInEnglishKeepsTasklistInEnglish() throws IOException {
    browser = Browser.start("en-US", "Asia/Jakarta");
    browser.open(base() + "/camunda/app/tasklist/default/");
    browser.until(
        "the login page in English",
        d ->
            d.findElement(By.cssSelector("button[type='submit']"))
                .getText()
                .trim()
                .equals("Log in"));
    browser.logIn(base(), "supervisor1", "demo", "Rina Hartati");
    assertThat(browser.driver().findElement(Browser.START_PROCESS).getText().trim())
        .isEqualTo("Start process");
    assertThat(footerTimeZone())
        .isEqualTo("Date and Time displayed in local timezone: WIB, the home's time zone");
    assertThat(shortcuts())
        .containsExactly(
            "ctrl+alt+c claims the currently selected task",
            "ctrl+shift+f set the focus to the first filter in the list",
            "ctrl+alt+l sets the focus to the first task in the list",
            "ctrl+alt+f sets the focus to the first input field in a task form",
            "ctrl+alt+p opens the start process modal dialog");
    browser.click(By.cssSelector(".modal-footer button"));
    browser.until(
        "the shortcut dialog closed", d -> d.findElements(By.cssSelector(".modal")).isEmpty());
    assertThat(browser.driver().getTitle()).isEqualTo("Intervensi Tasklist · " + HOME);
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .contains("Persetujuan supervisor")
        .doesNotContain("Camunda 8");
    bannerIsHidden();
    startForm();
    Browser.Form form = browser.form(Browser.START_FORM);
    form.type("Nama perujuk", "x");
    form.type("Nama perujuk", "");
    browser.until(
        "the form's messages stay Indonesian, like the form",
        d -> form.error("Nama perujuk").equals("Wajib diisi."));
    assertThat(browser.consoleErrors(allowedConsoleErrors)).as("browser console errors").isEmpty();
  }

  /**
   * The browser in Los Angeles (UTC-8), the app wherever the JVM runs (UTC in CI) with the home in
   * Asia/Jakarta: a date in a dynamic list (Json text) and a Date variable both show as their own
   * day, and a picked date arrives as the day that was picked.
   */
  @Test
  void datesStayTheSameDayWithTheBrowserWestOfUtc() throws IOException {
    Rest worker = Rest.as(port, "peksos1", "demo");
    Rest supervisor = Rest.as(port, "supervisor1", "demo");
    Map<String, Object> opened =
        worker
            .post(
                "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form",
                Map.of("variables", toRest(caseOpening(randomNik()))))
            .map();
    String pi = (String) opened.get("id");
    submit(worker, "peksos1", pi, TASK_INTAKE_INTERVIEW, intake(true));
    submit(supervisor, "supervisor1", pi, TASK_APPROVE_ADMISSION, admissionApproval(true));
    submit(worker, "peksos1", pi, TASK_SIGN_SERVICE_CONTRACT, serviceContract(true));
    submit(worker, "peksos1", pi, TASK_ASSESS_CLIENT, assessment());
    Map<String, Object> plan =
        with(
            plan(),
            "activities",
            json(
                "[{\"name\":\"Bimbingan sosial perorangan\",\"welfareFunction\":\"CURATIVE\","
                    + "\"method\":\"CASE_WORK\",\"atensiComponent\":\"THERAPY\","
                    + "\"responsible\":\"Sari Wulandari\",\"schedule\":\"2026-03-12\"}]"));
    submit(worker, "peksos1", pi, TASK_PLAN_INTERVENTION, plan);
    submit(supervisor, "supervisor1", pi, TASK_APPROVE_PLAN, planApproval(false));

    browser = Browser.start("en-US", "America/Los_Angeles");
    assertThat(browser.js("return Intl.DateTimeFormat().resolvedOptions().timeZone"))
        .isEqualTo("America/Los_Angeles");
    browser.logIn(base(), "peksos1", "demo", "Sari Wulandari");
    assertThat(footerTimeZone())
        .as("dates show in the browser's zone, and the line says so")
        .isEqualTo(
            "Date and Time displayed in local timezone: America/Los_Angeles (this device);"
                + " the home is on WIB");

    // a date inside a dynamic list: "2026-03-12" text shows as 12 March (form-js alone shows 11
    // March here)
    Task planTask = openTask(pi, TASK_PLAN_INTERVENTION);
    Browser.Form revision = browser.openTask(planTask.getId(), "Susun rencana intervensi");
    browser.claim("Sari Wulandari");
    browser.until(
        "the schedule shows 12 March 2026",
        d -> showsDay(revision, "Jadwal pelaksanaan", LocalDate.of(2026, 3, 12)));
    revision.date("Jadwal pelaksanaan", LocalDate.of(2026, 1, 31));
    browser.screenshot(revision.root(), "tasklist-los-angeles-plan");
    browser.complete(revision, CycleForms.INTERVENTION_PLAN);
    await()
        .until(
            () ->
                taskService
                        .createTaskQuery()
                        .processInstanceId(pi)
                        .taskDefinitionKey(TASK_APPROVE_PLAN)
                        .count()
                    == 1);
    assertThat(runtimeService.getVariable(pi, "activities").toString())
        .contains("\"schedule\":\"2026-01-31\"");

    // a Date variable (what a date field is stored as) comes back into the form as its day...
    submit(supervisor, "supervisor1", pi, TASK_APPROVE_PLAN, planApproval(true));
    Task activity = openTask(pi, TASK_CARRY_OUT_ACTIVITY);
    LocalDate day = LocalDate.of(2026, 2, 28);
    runtimeService.setVariableLocal(activity.getExecutionId(), "activityDate", FormDates.date(day));
    Browser.Form report =
        browser.openTask(activity.getId(), "Laksanakan kegiatan: Bimbingan sosial perorangan");
    browser.claim("Sari Wulandari");
    browser.until(
        "the activity date shows 28 February 2026",
        d -> showsDay(report, "Tanggal pelaksanaan", day));
    assertThat(report.value("Tanggal pelaksanaan"))
        .as("the forms' dates are day first, whatever the browser's language")
        .isEqualTo("28/02/2026");
    assertThat(report.text()).as("the planned day, as text").contains("Jadwal: 31/01/2026");
    report.radio("Kehadiran klien", "Tidak hadir");
    report.type("Catatan kasus", "Klien sakit; kegiatan dijadwalkan ulang.");
    browser.screenshot(report.root(), "tasklist-los-angeles-activity-report");
    browser.complete(report, CycleForms.ACTIVITY_REPORT);
    // ...and goes back as that day, untouched
    HistoricTaskInstance done =
        await()
            .until(
                () ->
                    historyService
                        .createHistoricTaskInstanceQuery()
                        .taskId(activity.getId())
                        .finished()
                        .singleResult(),
                Objects::nonNull);
    Object stored =
        historyService
            .createHistoricVariableInstanceQuery()
            .processInstanceId(pi)
            .variableName("activityDate")
            .includeDeleted()
            .list()
            .stream()
            .filter(v -> done.getActivityInstanceId().equals(v.getActivityInstanceId()))
            .findFirst()
            .orElseThrow()
            .getValue();
    assertThat(stored).isInstanceOf(Date.class);
    assertThat(FormDates.day(stored)).isEqualTo(day);
    assertThat(browser.consoleErrors(allowedConsoleErrors)).as("browser console errors").isEmpty();
  }

  /** The line at the bottom that names the time zone of the dates shown. */
  String footerTimeZone() {
    return browser.until(
        "the time zone line names the home's zone",
        d -> {
          String line = d.findElement(By.id("footer-timezone")).getText().trim();
          return line.contains("WIB") ? line : null;
        });
  }

  /** Tasklist's keyboard shortcut dialog, one "key description" per row; the dialog stays open. */
  List<String> shortcuts() {
    browser.click(By.cssSelector("a.showShortcutHelp"));
    return browser.until(
        "the keyboard shortcuts",
        d -> {
          List<String> rows =
              d.findElements(By.cssSelector(".modal tbody tr")).stream()
                  .map(r -> r.getText().replaceAll("\\s+", " ").trim())
                  .toList();
          // the dialog fades in: its rows are there before their text shows
          return rows.size() == 5 && rows.stream().noneMatch(String::isEmpty) ? rows : null;
        });
  }

  void bannerIsHidden() {
    List<WebElement> banners = browser.driver().findElements(By.cssSelector(".ce-eol-banner"));
    assertThat(banners).as("Tasklist renders Camunda's banner").isNotEmpty();
    assertThat(banners).as("but nobody sees it").noneMatch(WebElement::isDisplayed);
  }

  WebElement startForm() {
    Browser.Form form =
        browser.startForm(Browser.START_PROCESS, "Siklus Intervensi Pekerjaan Sosial");
    form.await("Sumber rujukan");
    return form.root();
  }

  static boolean showsDay(Browser.Form form, String label, LocalDate day) {
    WebElement input = form.field(label);
    return Browser.showsDate(input.getDomProperty("value"), input.getAttribute("placeholder"), day);
  }

  Task openTask(String pi, String key) {
    return await()
        .until(
            () -> taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).list(),
            l -> !l.isEmpty())
        .get(0);
  }

  void submit(Rest as, String user, String pi, String key, Map<String, Object> data) {
    String taskId = openTask(pi, key).getId();
    assertThat(as.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user)).status())
        .isEqualTo(204);
    Rest.Answer done =
        as.post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", toRest(data)));
    assertThat(done.status()).as(done.message()).isEqualTo(204);
  }

  String base() {
    return "http://localhost:" + port;
  }
}
