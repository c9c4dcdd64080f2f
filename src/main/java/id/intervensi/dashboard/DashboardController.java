package id.intervensi.dashboard;

import id.intervensi.casefile.HomeSettings;
import id.intervensi.engine.CurrentUser;
import id.intervensi.history.HistoryExports;
import id.intervensi.history.HistoryReaders;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.YearMonth;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' dashboard and the monthly report (docs/dashboard.md), for supervisors, managers,
 * auditors and administrators (the roles that read every case's history); social workers are
 * refused (403). Read only:
 *
 * <ul>
 *   <li>{@code GET /api/dashboard}: the dashboard's figures;
 *   <li>{@code GET /api/reports/monthly?month=YYYY-MM}: the monthly report to the social office as
 *       an .xlsx download, recorded in history_export (MONTHLY_XLSX) before its first byte.
 * </ul>
 */
@RestController
class DashboardController {

  static final String NOT_ALLOWED =
      "Dasbor dan laporan bulanan hanya untuk supervisor, manajer dan auditor.";

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final Dashboard dashboard;
  private final MonthlyReport report;
  private final HistoryExports exports;
  private final IdentityService identityService;
  private final HomeSettings home;

  DashboardController(
      Dashboard dashboard,
      MonthlyReport report,
      HistoryExports exports,
      IdentityService identityService,
      HomeSettings home) {
    this.dashboard = dashboard;
    this.report = report;
    this.exports = exports;
    this.identityService = identityService;
    this.home = home;
  }

  @GetMapping("/api/dashboard")
  Dashboard.Figures dashboard() {
    reader();
    return dashboard.read();
  }

  @GetMapping("/api/reports/monthly")
  void monthly(@RequestParam(required = false) String month, HttpServletResponse response)
      throws IOException {
    Authentication user = reader();
    YearMonth asked = report.month(month);
    MonthlyReport.Figures figures = report.read(asked);
    exports.record(
        HistoryExports.MONTHLY_XLSX,
        null,
        "bulan=" + asked,
        (int) figures.residentsAtEnd(),
        user.getUserId());
    response.setContentType(XLSX);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("laporan-bulanan-" + asked + ".xlsx")
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    MonthlyReportXlsx.Heading heading =
        new MonthlyReportXlsx.Heading(
            home.name(),
            CurrentUser.displayName(identityService, user),
            Instant.now(),
            home.zoneId());
    try (OutputStream out = response.getOutputStream()) {
      MonthlyReportXlsx.write(figures, heading, out);
    }
  }

  private Authentication reader() {
    return CurrentUser.inGroups(identityService, HistoryReaders.EVERY_CASE, NOT_ALLOWED);
  }
}
