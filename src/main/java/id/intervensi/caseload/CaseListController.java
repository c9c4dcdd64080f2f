package id.intervensi.caseload;

import id.intervensi.casefile.HomeSettings;
import id.intervensi.caseload.CaseList.CasePage;
import id.intervensi.caseload.CaseList.Scope;
import id.intervensi.caseload.Caseloads.CaseloadOverview;
import id.intervensi.refusal.Refusal;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case list and the caseloads (Tasklist's "Kasus" in the top bar).
 *
 * <ul>
 *   <li>{@code GET /api/cases?scope=mine|all&q=...&firstResult=0&maxResults=50}: open cases, the
 *       newest first, with the stage, the assigned worker, the next due date and the overdue tasks;
 *       {@code mine} (social workers, supervisors): assigned to the user or holding a task of
 *       theirs; {@code all} (supervisors, managers, auditors): every open case; {@code q} searches
 *       the client's name, the NIK and the case number. Answers {@code {total, firstResult, rows}}.
 *   <li>{@code GET /api/caseloads}: each social worker's open cases (supervisors, managers).
 *   <li>{@code GET /api/social-workers}: the social workers a case can be given to.
 * </ul>
 */
@RestController
class CaseListController {

  private final CaseList caseList;
  private final Caseloads caseloads;
  private final HomeSettings home;

  CaseListController(CaseList caseList, Caseloads caseloads, HomeSettings home) {
    this.caseList = caseList;
    this.caseloads = caseloads;
    this.home = home;
  }

  @GetMapping("/api/cases")
  CasePage cases(
      @RequestParam(defaultValue = "mine") String scope,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int firstResult,
      @RequestParam(defaultValue = "50") int maxResults) {
    Scope chosen;
    try {
      chosen = Scope.valueOf(scope.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid("scope harus \"mine\" atau \"all\".");
    }
    return caseList.list(chosen, q, firstResult, maxResults, home.zoneId());
  }

  @GetMapping("/api/caseloads")
  CaseloadOverview caseloads() {
    return caseloads.overview();
  }

  @GetMapping("/api/social-workers")
  List<SocialWorkers.SocialWorker> socialWorkers() {
    return caseloads.socialWorkers();
  }
}
