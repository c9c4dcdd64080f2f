package id.intervensi.history;

import id.intervensi.casefile.CaseStage;
import id.intervensi.refusal.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case history in JSON ("Riwayat kasus" in Cockpit). Read only: every endpoint answers GET.
 *
 * <ul>
 *   <li>{@code GET /api/history/cases?caseNumber=&clientName=&worker=&stage=&status=&from=&to=
 *       &reason=&firstResult=0&maxResults=50}: open and closed cases, the newest first, {@code
 *       {total, firstResult, rows}} (supervisors, managers, auditors);
 *   <li>{@code GET /api/history/cases/{caseNumber}}: the case's timeline (also a social worker, of
 *       the cases they work on);
 *   <li>{@code GET /api/history/exports?caseNumber=}: the recorded exports, the newest first;
 *   <li>{@code GET /api/history/options}: the stages, statuses and ending reasons to search by.
 * </ul>
 */
@RestController
class HistoryController {

  private final HistoryReaders readers;
  private final CaseSearch search;
  private final CaseTimeline timeline;
  private final HistoryExports exports;

  HistoryController(
      HistoryReaders readers, CaseSearch search, CaseTimeline timeline, HistoryExports exports) {
    this.readers = readers;
    this.search = search;
    this.timeline = timeline;
    this.exports = exports;
  }

  @GetMapping("/api/history/cases")
  CaseSearch.Page cases(
      @RequestParam(required = false) String caseNumber,
      @RequestParam(required = false) String clientName,
      @RequestParam(required = false) String worker,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String reason,
      @RequestParam(defaultValue = "0") int firstResult,
      @RequestParam(defaultValue = "50") int maxResults) {
    readers.searcher();
    return search.search(
        SearchCriteria.parse(caseNumber, clientName, worker, stage, status, from, to, reason),
        firstResult,
        maxResults);
  }

  @GetMapping("/api/history/cases/{caseNumber}")
  CaseHistory timeline(@PathVariable String caseNumber) {
    return timeline.read(readers.caseToRead(caseNumber));
  }

  @GetMapping("/api/history/exports")
  List<HistoryExports.Export> exports(
      @RequestParam(required = false) String caseNumber,
      @RequestParam(defaultValue = "0") int firstResult,
      @RequestParam(defaultValue = "50") int maxResults) {
    readers.searcher();
    if (firstResult < 0 || maxResults < 1 || maxResults > CaseSearch.MAX_PAGE) {
      throw Refusal.invalid(
          "Daftar ekspor diminta per halaman: maxResults 1 sampai " + CaseSearch.MAX_PAGE + ".");
    }
    return exports.list(
        caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip(),
        firstResult,
        maxResults);
  }

  @GetMapping("/api/history/options")
  Map<String, Map<String, String>> options() {
    readers.searcher();
    Map<String, String> stages = new LinkedHashMap<>();
    for (CaseStage stage : CaseStage.values()) {
      stages.put(stage.name(), stage.label());
    }
    return Map.of(
        "stage", stages,
        "status",
            Map.of("OPEN", Words.STATUSES.get("OPEN"), "CLOSED", Words.STATUSES.get("CLOSED")),
        "reason", Words.endingReasons());
  }
}
