package id.intervensi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.history.HistoryScenario;
import id.intervensi.security.Cases;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Riwayat kasus" in Cockpit (scripts/intervensi-history.js) in headless Chromium: an auditor lands
 * on the case history, searches a case and reads its timeline; a manager finds the search on the
 * dashboard and the page in the top bar. A case note with markup (stored past the doors, which
 * refuse it) shows as the characters typed; screenshots of the timeline in target/screenshots; no
 * console errors. Cockpit's own words and dates are Indonesian for the auditor's Indonesian browser
 * and English for the manager's English one, whichever locale file arrives last.
 */
@RunningApp
class CockpitHistoryBrowserTest {

  static final String MARKUP =
      "<script>window.ditanam = 1;</script><img class=\"ditanam\" src=\"x\""
          + " onerror=\"window.ditanam = 2\">Catatan bertanda";

  static final By TIMELINE = By.cssSelector(".intervensi-timeline li.intervensi-entry");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;

  Browser browser;
  final List<Predicate<String>> allowedConsoleErrors =
      new ArrayList<>(TasklistBrowserTest.TASKLIST_OWN_ERRORS);

  /** A day as Cockpit shows dates (its camDate filter, moment's language), in the page's words. */
  static final String A_DAY_AS_COCKPIT_SHOWS_IT =
      "return angular.element(document.body).injector().get('$filter')('camDate')"
          + "('2026-08-17T10:00:00', 'long');";

  @RegisterExtension
  final TestExecutionExceptionHandler keepTheEvidence =
      Browser.evidenceOnFailure(() -> browser, "cockpit-history-failure");

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  String base() {
    return "http://localhost:" + port;
  }

  HistoryScenario caseWithAMarkedUpNote() {
    HistoryScenario scenario = HistoryScenario.run(new Cases(port), runtimeService, taskService);
    // written before the doors refused markup (here straight into the table, past them)
    jdbc.sql(
            "insert into case_note (case_number, note_date, text, written_at, written_by)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            scenario.caseNumber(),
            LocalDate.now(),
            MARKUP,
            Timestamp.from(Instant.now()),
            HistoryScenario.WORKER)
        .update();
    return scenario;
  }

  @Test
  void anAuditorLandsOnTheCaseHistoryAndReadsATimeline() throws IOException {
    HistoryScenario scenario = caseWithAMarkedUpNote();
    browser = Browser.start("id", "Asia/Jakarta");
    browser.logInToCockpit(base(), "auditor1", "demo", "Lestari Putri");
    browser.until(
        "the auditor taken from the dashboard to the case history",
        d -> d.getCurrentUrl().contains("#/riwayat-kasus"));
    browser.until(
        "Cockpit's own menu in Bahasa Indonesia (locales/id.json)",
        d -> {
          String header = d.findElement(Browser.HEADER).getText();
          return header.contains("Proses")
              && header.contains("Keputusan")
              && !header.contains("Processes");
        });
    assertThat(browser.js(A_DAY_AS_COCKPIT_SHOWS_IT))
        .isEqualTo("Senin, 17 Agustus 2026 pukul 10.00");
    browser.until(
        "the vendor's banner hidden from the auditor",
        d ->
            d.findElements(By.cssSelector(".ce-eol-banner")).stream()
                .noneMatch(WebElement::isDisplayed));
    WebElement number = browser.visible(By.cssSelector("input[name='caseNumber']"));
    number.clear();
    number.sendKeys(scenario.caseNumber());
    browser.click(By.cssSelector(".intervensi-history-search-button"));
    By found =
        By.cssSelector(
            ".intervensi-history-row[data-case-number='" + scenario.caseNumber() + "'] a");
    browser.until(
        "only the case searched for listed",
        d ->
            d.findElements(By.cssSelector(".intervensi-history-row")).size() == 1
                && !d.findElements(found).isEmpty());
    assertThat(
            browser.driver().findElement(By.cssSelector(".intervensi-history-results")).getText())
        .as("the results and nothing else (no stray \"null\" under the table)")
        .doesNotContain("null");
    browser.click(found);

    WebElement timeline = readTimeline(scenario);
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector(".intervensi-export-pdf"))
                .getAttribute("href"))
        .endsWith("/api/history/cases/" + scenario.caseNumber() + "/export.pdf");
    browser.screenshot(timeline, "cockpit-history-timeline-auditor");
    assertThat(browser.consoleErrors(allowedConsoleErrors)).isEmpty();
  }

  @Test
  void aManagerFindsTheSearchOnTheDashboardAndThePageInTheTopBar() throws IOException {
    HistoryScenario scenario = caseWithAMarkedUpNote();
    browser = Browser.start();
    browser.logInToCockpit(base(), "manajer1", "demo", "Bambang Setiawan");
    browser.visible(By.cssSelector(".intervensi-history-dashboard input[name='caseNumber']"));
    assertThat(browser.driver().getCurrentUrl()).contains("#/dashboard");
    // an English browser: Cockpit in English, its dates too, even when the Indonesian locale (the
    // fallback) arrives after the English one (tasklist.WebappDatesFix): Cockpit keeps the locale
    // files in localStorage and loads only those it misses
    browser.until(
        "Cockpit's own menu in English",
        d -> d.findElement(Browser.HEADER).getText().contains("Processes"));
    browser.js(
        """
        Object.keys(localStorage).forEach(function (store) {
          try {
            var all = JSON.parse(localStorage.getItem(store));
            Object.keys(all).filter(function (k) { return k.indexOf('_locales_data_id') >= 0; })
              .forEach(function (k) { delete all[k]; });
            localStorage.setItem(store, JSON.stringify(all));
          } catch (e) {}
        });""");
    browser.open(base() + "/camunda/app/cockpit/default/#/dashboard");
    browser.until(
        "Cockpit loaded again, the Indonesian locale after the English one",
        d ->
            (Boolean)
                browser.js(
                    "return performance.getEntriesByType('resource').some(function (e) {"
                        + " return e.name.indexOf('/locales/id.json') >= 0; })"));
    browser.jsAsync(
        "var done = arguments[arguments.length - 1];"
            + " angular.getTestability(document.body).whenStable(function () { done(true); });");
    assertThat(browser.js(A_DAY_AS_COCKPIT_SHOWS_IT)).isEqualTo("Monday, 17 August 2026 10:00");
    assertThat(browser.driver().findElement(Browser.HEADER).getText()).contains("Processes");
    browser.click(By.cssSelector("a.intervensi-history-nav"));
    browser.until(
        "the case history page",
        d ->
            d.getCurrentUrl().contains("#/riwayat-kasus")
                && !d.findElements(By.cssSelector(".intervensi-history-intro")).isEmpty());
    browser.open(
        base() + "/camunda/app/cockpit/default/#/riwayat-kasus?kasus=" + scenario.caseNumber());
    WebElement timeline = readTimeline(scenario);
    browser.screenshot(timeline, "cockpit-history-timeline-manager");
    assertThat(browser.consoleErrors(allowedConsoleErrors)).isEmpty();
  }

  /** Waits for the case's timeline and checks what it shows; returns it. */
  WebElement readTimeline(HistoryScenario scenario) {
    browser.until(
        "the timeline of " + scenario.caseNumber() + " up to the case's end",
        d ->
            d.findElements(TIMELINE).stream()
                .anyMatch(e -> "CASE_ENDED".equals(e.getAttribute("data-kind"))));
    WebElement timeline = browser.driver().findElement(By.cssSelector(".intervensi-history-case"));
    String text = timeline.getText();
    assertThat(text)
        .contains(
            "Riwayat kasus " + scenario.caseNumber(),
            "Siti Aminah",
            "Tugas diklaim: Wawancara intake",
            "Keputusan: Kelayakan penerimaan",
            "Pesan diterima: Klien keluar",
            "Kasus berakhir",
            "Faktor lain",
            "Waktu per tahap");
    WebElement plan =
        timeline.findElements(TIMELINE).stream()
            .filter(e -> e.getText().contains("evaluationInterval"))
            .filter(e -> e.getText().contains("P14D"))
            .findFirst()
            .orElseThrow();
    assertThat(plan.getText()).contains("P30D", "P14D");
    WebElement note =
        browser.visible(
            By.xpath(
                "//*[contains(@class,'intervensi-entry-detail')][contains(text(), '<script>')]"));
    assertThat(note.getText()).isEqualTo(MARKUP);
    assertThat(browser.driver().findElements(By.cssSelector("img.ditanam")))
        .as("no element made of the note")
        .isEmpty();
    assertThat(browser.js("return window.ditanam === undefined;")).isEqualTo(true);
    return timeline;
  }
}
