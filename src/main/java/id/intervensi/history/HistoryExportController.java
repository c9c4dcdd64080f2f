package id.intervensi.history;

import id.intervensi.casefile.CaseFile;
import id.intervensi.casefile.HomeSettings;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports of history, as downloads (supervisors, managers, auditors; each recorded in
 * history_export before its first byte):
 *
 * <ul>
 *   <li>{@code GET /api/history/cases/{caseNumber}/export.csv} and {@code .../export.pdf}: one
 *       case's history;
 *   <li>{@code GET /api/history/cases.csv?...}: a search result (the search's criteria), streamed
 *       as the rows are read.
 * </ul>
 *
 * Written straight to the response in the request's thread: the logged-in user (a thread-local of
 * the engine) is still known, and nothing is held in memory but a page of rows.
 */
@RestController
class HistoryExportController {

  private final HistoryReaders readers;
  private final CaseSearch search;
  private final CaseTimeline timeline;
  private final HistoryExports exports;
  private final HomeSettings home;

  HistoryExportController(
      HistoryReaders readers,
      CaseSearch search,
      CaseTimeline timeline,
      HistoryExports exports,
      HomeSettings home) {
    this.readers = readers;
    this.search = search;
    this.timeline = timeline;
    this.exports = exports;
    this.home = home;
  }

  @GetMapping("/api/history/cases/{caseNumber}/export.csv")
  void caseCsv(@PathVariable String caseNumber, HttpServletResponse response) throws IOException {
    Authentication user = readers.searcher();
    CaseFile caseFile = readers.caseToExport(caseNumber);
    CaseHistory history = timeline.read(caseFile);
    exports.record(
        HistoryExports.CASE_CSV,
        caseFile.caseNumber(),
        null,
        history.entries().size(),
        user.getUserId());
    try (OutputStream out = download(response, "text/csv;charset=UTF-8", name(caseNumber, "csv"))) {
      CaseHistoryCsv.write(history, home.zoneId(), out);
    }
  }

  @GetMapping("/api/history/cases/{caseNumber}/export.pdf")
  void casePdf(@PathVariable String caseNumber, HttpServletResponse response) throws IOException {
    Authentication user = readers.searcher();
    CaseFile caseFile = readers.caseToExport(caseNumber);
    CaseHistory history = timeline.read(caseFile);
    exports.record(
        HistoryExports.CASE_PDF,
        caseFile.caseNumber(),
        null,
        history.entries().size(),
        user.getUserId());
    CaseHistoryPdf.Heading heading =
        new CaseHistoryPdf.Heading(home.name(), readers.nameOf(user), Instant.now(), home.zoneId());
    try (OutputStream out = download(response, "application/pdf", name(caseNumber, "pdf"))) {
      CaseHistoryPdf.write(history, heading, out);
    }
  }

  @GetMapping("/api/history/cases.csv")
  void searchCsv(
      @RequestParam(required = false) String caseNumber,
      @RequestParam(required = false) String clientName,
      @RequestParam(required = false) String worker,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String reason,
      HttpServletResponse response)
      throws IOException {
    Authentication user = readers.searcher();
    SearchCriteria criteria =
        SearchCriteria.parse(caseNumber, clientName, worker, stage, status, from, to, reason);
    exports.record(
        HistoryExports.SEARCH_CSV,
        null,
        criteria.describe(),
        (int) search.count(criteria),
        user.getUserId());
    String file = "pencarian-kasus-" + LocalDate.now(home.zoneId()) + ".csv";
    try (OutputStream out = download(response, "text/csv;charset=UTF-8", file)) {
      SearchCsv.write(search, criteria, home.zoneId(), out);
    }
  }

  private static String name(String caseNumber, String extension) {
    return "riwayat-" + caseNumber.replaceAll("[^A-Za-z0-9-]", "_") + "." + extension;
  }

  private static OutputStream download(HttpServletResponse response, String type, String file)
      throws IOException {
    response.setContentType(type);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(file).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    return response.getOutputStream();
  }
}
