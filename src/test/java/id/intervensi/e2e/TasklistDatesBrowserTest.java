package id.intervensi.e2e;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.PROCESS_ID;
import static id.intervensi.cycle.InterventionCycle.TASK_INTAKE_INTERVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.intervensi.casefile.CaseFile;
import id.intervensi.casefile.CaseFiles;
import id.intervensi.casefile.ClientRegistry;
import id.intervensi.cycle.CycleForms;
import id.intervensi.forms.FormDates;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Dates as an Indonesian social worker reads and types them, in Chromium with the browser in
 * Indonesian: every date field of a form shows and takes dd/mm/yyyy (a birth date typed {@code
 * 12/03/1950} is 12 March 1950), its picker names months and days in Indonesian, and what arrives
 * in the engine is the day typed or picked; relative times in the task list are Indonesian, even
 * when English, Tasklist's fallback language, is the last locale it loads.
 */
@RunningApp
class TasklistDatesBrowserTest {

  static final ZoneId HOME_ZONE = ZoneId.of("Asia/Jakarta");
  static final String WORKER = "peksos1";
  static final String WORKER_NAME = "Sari Wulandari";
  static final List<String> MONTHS =
      List.of(
          "Januari",
          "Februari",
          "Maret",
          "April",
          "Mei",
          "Juni",
          "Juli",
          "Agustus",
          "September",
          "Oktober",
          "November",
          "Desember");
  static final By GROUP_FILTER =
      By.xpath(
          "//div[contains(@class, 'task-filter')]//a[contains(normalize-space(.), 'Tugas kelompok saya')]");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ClientRegistry clients;
  @Autowired CaseFiles caseFiles;

  Browser browser;
  final List<Predicate<String>> allowedConsoleErrors =
      new ArrayList<>(TasklistBrowserTest.TASKLIST_OWN_ERRORS);

  @RegisterExtension
  final TestExecutionExceptionHandler keepTheEvidence =
      Browser.evidenceOnFailure(() -> browser, "dates-failure");

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aBirthDateTypedDayFirstAndAPickedDayArriveAsThoseDays() throws IOException {
    browser = Browser.start("id", HOME_ZONE.getId());
    browser.logIn(base(), WORKER, "demo", WORKER_NAME);
    String nik = randomNik();

    // the start form: the birth date typed as an Indonesian writes it
    Browser.Form form =
        browser.startForm(Browser.START_PROCESS, "Siklus Intervensi Pekerjaan Sosial");
    form.await("Sumber rujukan");
    form.select("Sumber rujukan", "Rumah sakit / puskesmas");
    form.type("Nama perujuk", "RSUD Kota Bandung, bagian sosial");
    form.type("Alasan rujukan", "Pasien lansia tanpa keluarga yang menjemput setelah rawat inap.");
    form.type("Nama lengkap", "Siti Aminah");
    form.type("NIK", nik);
    WebElement birth = form.await("Tanggal lahir");
    assertThat(birth.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
    browser.until(
        "the birth date typed as 12/03/1950",
        d -> {
          WebElement input = form.field("Tanggal lahir");
          if (!"12/03/1950".equals(input.getDomProperty("value"))) {
            browser.scrollIntoView(input);
            input.click();
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12/03/1950", Keys.ENTER);
            return false;
          }
          return true;
        });
    // the picker opens on that day, in Indonesian
    form.field("Tanggal lahir").click();
    WebElement calendar = openCalendar(form.field("Tanggal lahir"));
    assertThat(selectedMonth(calendar)).isEqualTo("Maret");
    assertThat(monthNames(calendar)).isEqualTo(MONTHS);
    assertThat(calendar.findElement(By.cssSelector(".cur-year")).getDomProperty("value"))
        .isEqualTo("1950");
    assertThat(calendar.findElement(By.cssSelector(".flatpickr-weekdays")).getText())
        .containsSubsequence("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min");
    assertThat(
            calendar
                .findElement(By.cssSelector(".flatpickr-day.selected"))
                .getAttribute("aria-label"))
        .isEqualTo("12 Maret 1950");
    browser.screenshot(form.root(), "tasklist-id-birth-date-picker");
    // a click elsewhere closes the picker (Escape would close Tasklist's dialog too)
    browser.click(By.id(form.field("Nama lengkap").getAttribute("id")));
    browser.until(
        "the picker closed",
        d -> d.findElements(By.cssSelector(".modal .flatpickr-calendar.open")).isEmpty());
    form.radio("Jenis kelamin", "Perempuan");
    form.type("Alamat", "Jl. Cibadak No. 5, RT 01/RW 02, Kel. Cibadak, Kec. Astanaanyar");
    form.settle();
    assertThat(form.value("Tanggal lahir")).isEqualTo("12/03/1950");
    browser.screenshot(form.root(), "tasklist-id-birth-date-typed");
    browser.click(Browser.START_BUTTON);
    browser.until(
        "Tasklist opens the case and closes the start form",
        d -> {
          browser.failOnErrorNotification("opening the case");
          return d.findElements(By.cssSelector(".modal")).isEmpty();
        });
    CaseFile opened =
        await()
            .until(
                () -> clients.findByNik(nik).flatMap(c -> caseFiles.findOpenCaseOf(c.id())),
                Optional::isPresent)
            .orElseThrow();
    assertThat(clients.findByNik(nik).orElseThrow().birthDate())
        .as("12/03/1950 is 12 March 1950")
        .isEqualTo(LocalDate.of(1950, 3, 12));

    // the intake: a day picked in the calendar
    Task intake =
        await()
            .until(
                () ->
                    taskService
                        .createTaskQuery()
                        .processInstanceId(opened.processInstanceId())
                        .taskDefinitionKey(TASK_INTAKE_INTERVIEW)
                        .singleResult(),
                t -> t != null);
    Browser.Form interview = browser.openTask(intake.getId(), "Wawancara intake");
    assertThat(browser.driver().findElement(Browser.CLAIM).getText().trim())
        .isEqualTo("Ambil tugas");
    browser.claim(WORKER_NAME);
    LocalDate picked = LocalDate.now(HOME_ZONE).withDayOfMonth(1);
    String label =
        picked.getDayOfMonth()
            + " "
            + MONTHS.get(picked.getMonthValue() - 1)
            + " "
            + picked.getYear();
    browser.until(
        "the intake date picked in the calendar: " + label,
        d -> {
          WebElement input = interview.field("Tanggal wawancara intake");
          if (picked.equals(pickedDay(input))) {
            return true;
          }
          browser.scrollIntoView(input);
          input.click();
          WebElement open = openCalendar(input);
          assertThat(selectedMonth(open)).isEqualTo(MONTHS.get(picked.getMonthValue() - 1));
          open.findElement(
                  By.xpath(
                      ".//span[contains(@class, 'flatpickr-day')][@aria-label="
                          + Browser.xpathLiteral(label)
                          + "]"))
              .click();
          return false;
        });
    browser.until(
        "the picked day shows as dd/mm/yyyy and the calendar is closed",
        d ->
            interview
                    .value("Tanggal wawancara intake")
                    .equals(String.format("01/%02d/%04d", picked.getMonthValue(), picked.getYear()))
                && d.findElements(By.cssSelector(".task-details .flatpickr-calendar.open"))
                    .isEmpty());
    interview.check("Klien terlantar", true);
    interview.type("Desil DTSEN", "2");
    interview.type("Catatan wawancara intake", "Klien kooperatif; KTP ada.");
    browser.screenshot(interview.root(), "tasklist-id-intake-date-picked");
    browser.complete(interview, CycleForms.INTAKE_INTERVIEW);
    await()
        .until(
            () ->
                taskService.createTaskQuery().taskId(intake.getId()).count() == 0
                    && runtimeService.getVariable(opened.processInstanceId(), "intakeDate")
                        != null);
    assertThat(runtimeService.getVariable(opened.processInstanceId(), "intakeDate"))
        .as("the picked day, stored as a Date")
        .isEqualTo(FormDates.date(picked));
    assertThat(browser.consoleErrors(allowedConsoleErrors)).as("browser console errors").isEmpty();
  }

  @Test
  void relativeTimesAreIndonesianWhicheverLocaleLoadsLast() throws IOException {
    Map<String, Object> started =
        Rest.as(port, WORKER, "demo")
            .post(
                "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form",
                Map.of("variables", toRest(caseOpening(randomNik()))))
            .map();
    String pi = (String) started.get("id");
    Task intake =
        await()
            .until(
                () ->
                    taskService
                        .createTaskQuery()
                        .processInstanceId(pi)
                        .taskDefinitionKey(TASK_INTAKE_INTERVIEW)
                        .singleResult(),
                t -> t != null);
    intake.setDueDate(Date.from(Instant.now().plus(2, ChronoUnit.DAYS).plusSeconds(3600)));
    // first in the filter (priority, then due date), whatever other tests left in the shared
    // app: Tasklist shows a page of 15 cards
    intake.setPriority(99);
    taskService.saveTask(intake);

    browser = Browser.start("id", HOME_ZONE.getId());
    browser.logIn(base(), WORKER, "demo", WORKER_NAME);
    String card = card(intake.getId());
    assertThat(card).contains("yang lalu", "Tenggat dalam 2 hari").doesNotContain("ago", "Due");

    // Tasklist keeps its locale files in localStorage and loads only those it misses: with the
    // Indonesian one kept and the English one (the fallback) loaded after it, English came last
    // and its dates won ("2 minutes ago", tasklist.TasklistBundleFix)
    browser.js(
        """
        var all = JSON.parse(localStorage.getItem('camunda-web') || '{}');
        Object.keys(all).filter(function (k) { return k.indexOf('_locales_data_en') >= 0; })
          .forEach(function (k) { delete all[k]; });
        localStorage.setItem('camunda-web', JSON.stringify(all));""");
    browser.open(base() + "/camunda/app/tasklist/default/");
    browser.until(
        "Tasklist loaded again, the English locale after the Indonesian one",
        d ->
            (Boolean)
                browser.js(
                    "return performance.getEntriesByType('resource').some(function (e) {"
                        + " return e.name.indexOf('/locales/en.json') >= 0; })"));
    // once Angular has handled every answer, the English locale's too
    browser.jsAsync(
        "var done = arguments[arguments.length - 1];"
            + " angular.getTestability(document.body).whenStable(function () { done(true); });");
    card = card(intake.getId());
    assertThat(card).contains("yang lalu", "Tenggat dalam 2 hari").doesNotContain("ago", "Due");
    browser.screenshot(
        browser.driver().findElement(By.cssSelector(".tasks-list")), "tasklist-id-relative-times");
    assertThat(browser.consoleErrors(allowedConsoleErrors)).as("browser console errors").isEmpty();
  }

  /** The text of the task's card in «Tugas kelompok saya», once it shows its due date. */
  String card(String taskId) {
    browser.click(GROUP_FILTER);
    By card =
        By.xpath(
            "//ol[contains(@class, 'tasks-list')]/li[.//a[contains(@href, 'task="
                + taskId
                + "')]]");
    return browser.until(
        "the card of the task with its due date",
        d -> {
          String text = d.findElement(card).getText().replaceAll("\\s+", " ");
          return text.contains("Tenggat") || text.contains("Due") ? text : null;
        });
  }

  WebElement openCalendar(WebElement input) {
    return browser.until(
        "the date picker open",
        d ->
            input
                .findElements(
                    By.xpath(
                        "./following-sibling::div[contains(@class, 'flatpickr-calendar')][contains(@class, 'open')]"))
                .stream()
                .findFirst()
                .orElse(null));
  }

  String selectedMonth(WebElement calendar) {
    return (String)
        browser.js(
            "var s = arguments[0].querySelector('.flatpickr-monthDropdown-months');"
                + " return s.options[s.selectedIndex].textContent;",
            calendar);
  }

  @SuppressWarnings("unchecked")
  List<String> monthNames(WebElement calendar) {
    return (List<String>)
        browser.js(
            "return Array.from(arguments[0].querySelectorAll('.flatpickr-monthDropdown-months option'))"
                + ".map(function (o) { return o.textContent; });",
            calendar);
  }

  /** The day the picker of the input holds, or null. */
  LocalDate pickedDay(WebElement input) {
    @SuppressWarnings("unchecked")
    List<Long> day =
        (List<Long>)
            browser.js(
                """
                var picker = arguments[0]._flatpickr;
                if (!picker || picker.selectedDates.length !== 1) { return null; }
                var date = picker.selectedDates[0];
                return [date.getFullYear(), date.getMonth() + 1, date.getDate()];""",
                input);
    return day == null
        ? null
        : LocalDate.of(day.get(0).intValue(), day.get(1).intValue(), day.get(2).intValue());
  }

  String base() {
    return "http://localhost:" + port;
  }
}
