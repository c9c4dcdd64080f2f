package id.intervensi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.CaseData;
import id.intervensi.security.Cases;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The managers' dashboard on Cockpit's start page (scripts/intervensi-dashboard.js) in headless
 * Chromium as manajer1: its five charts drawn by the app's own ECharts, the figures in Bahasa
 * Indonesia, the monthly report's download, a screenshot in target/screenshots, no console errors.
 * An auditor lands on the case history instead. A termination reason with markup (stored past the
 * doors, which never write one) shows as the characters stored, in the chart and the table, and
 * nothing of it runs.
 */
@RunningApp
class CockpitDashboardBrowserTest extends BrowserTestBase {

  /** Fits case_file.exit_reason (32); an image that would run its onerror if read as markup. */
  static final String MARKUP = "<img src=x onerror=ditanam=1>";

  static final List<String> CHARTS = List.of("stages", "times", "caseloads", "months", "levels");

  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;

  CockpitDashboardBrowserTest() {
    super("cockpit-dashboard-failure");
  }

  @Test
  void aManagerSeesTheChartsAndDownloadsTheMonthlyReport() {
    Cases cases = new Cases(port);
    cases.atAdmissionApproval("peksos1");
    String pi = cases.atAdmissionApproval("peksos1");
    String caseNumber = (String) runtimeService.getVariable(pi, "caseNumber");
    // a reason with markup, written before the doors refused it (here straight into the table)
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql(
            "update case_file set status = 'CLOSED', admitted_at = ?, closed_at = ?,"
                + " exit_reason = ? where case_number = ?")
        .params(now, now, MARKUP, caseNumber)
        .update();

    browser.logInToCockpit(base(), "manajer1", "demo", "Bambang Setiawan");
    WebElement dashboard = browser.visible(By.cssSelector(".intervensi-dashboard"));
    for (String chart : CHARTS) {
      browser.until(
          "the chart " + chart + " drawn",
          d ->
              !d.findElements(
                      By.cssSelector(
                          ".intervensi-chart-"
                              + chart
                              + " .intervensi-chart[data-chart-drawn] svg"))
                  .isEmpty());
    }
    assertThat(dashboard.getText())
        .contains(
            "Dasbor panti",
            "Panti Sosial Tresna Werdha",
            "Kasus aktif",
            "Evaluasi terlambat",
            "Eskalasi ke supervisor",
            "Kasus aktif per tahap",
            "Lama per tahap",
            "Beban kasus per pekerja sosial",
            "Penerimaan dan terminasi per bulan",
            "Sebaran tingkat keberfungsian");
    // first on the page, above Camunda's counts of process instances
    assertThat(dashboard.getLocation().getY())
        .isLessThan(
            browser.driver().findElement(By.cssSelector("section.actual")).getLocation().getY());
    String stages = text(".intervensi-chart-stages svg");
    assertThat(stages).contains("Keterlibatan, intake dan kontrak");
    assertThat(text(".intervensi-chart-caseloads svg")).contains("Sari Wulandari");

    // the reason with markup: its characters in the chart's legend and in the table, nothing run
    assertThat(text(".intervensi-chart-months svg")).contains("Terminasi: " + MARKUP);
    assertThat(text(".intervensi-chart-months-table")).contains(MARKUP + ": 1");
    assertThat(browser.driver().findElements(By.cssSelector(".intervensi-dashboard img")))
        .as("no element made of the reason")
        .isEmpty();
    assertThat(browser.js("return window.ditanam === undefined;")).isEqualTo(true);

    // the monthly report of last month, downloaded with the Cockpit session
    YearMonth last = YearMonth.now(CaseData.HOME_ZONE).minusMonths(1);
    WebElement download = browser.visible(By.cssSelector("a.intervensi-monthly-download"));
    assertThat(download.getText()).isEqualTo("Unduh laporan bulanan (.xlsx)");
    assertThat(download.getAttribute("href")).endsWith("/api/reports/monthly?month=" + last);
    Object answer =
        browser.jsAsync(
            """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], { credentials: 'same-origin' })
              .then((r) => done(r.status + ' ' + r.headers.get('Content-Type')))
              .catch((e) => done(String(e)));
            """,
            download.getAttribute("href"));
    assertThat(answer)
        .isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    browser.screenshot(dashboard, "cockpit-dashboard-manager");
    assertThat(browser.consoleErrors(allowedConsoleErrors)).isEmpty();
  }

  @Test
  void anAuditorLandsOnTheCaseHistoryNotOnCountsOfProcessInstances() {
    browser.logInToCockpit(base(), "auditor1", "demo", "Lestari Putri");
    browser.until(
        "the auditor taken from the dashboard to the case history",
        d -> d.getCurrentUrl().contains("#/riwayat-kasus"));
    browser.visible(By.cssSelector(".intervensi-history-intro"));
    assertThat(browser.driver().findElements(By.cssSelector(".intervensi-dashboard"))).isEmpty();
    assertThat(browser.consoleErrors(allowedConsoleErrors)).isEmpty();
  }

  /** The text of an element, shown or not (the tables are folded). */
  String text(String css) {
    return (String) browser.js("return document.querySelector(arguments[0]).textContent;", css);
  }
}
