package id.intervensi.caseload;

import id.intervensi.caseload.CaseTransfers.CaseWorker;
import id.intervensi.caseload.CaseTransfers.Transfer;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case's own social worker.
 *
 * <ul>
 *   <li>{@code GET /api/cases/{caseNumber}/worker}: the worker (null: the social workers' group)
 *       and every change, to users who read the case.
 *   <li>{@code PUT /api/cases/{caseNumber}/worker} {@code {"worker": "peksos2", "reason": "..."}}:
 *       a supervisor transfers the case; 400 for a user who is not a social worker, 409 for a
 *       closed case or the same worker.
 * </ul>
 */
@RestController
class CaseWorkerController {

  private final CaseTransfers transfers;

  CaseWorkerController(CaseTransfers transfers) {
    this.transfers = transfers;
  }

  @GetMapping("/api/cases/{caseNumber}/worker")
  CaseWorker worker(@PathVariable String caseNumber) {
    return transfers.of(caseNumber);
  }

  @PutMapping("/api/cases/{caseNumber}/worker")
  CaseWorker transfer(@PathVariable String caseNumber, @Valid @RequestBody Transfer transfer) {
    return transfers.transfer(caseNumber, transfer);
  }
}
