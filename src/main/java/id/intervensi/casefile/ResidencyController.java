package id.intervensi.casefile;

import id.intervensi.casefile.Residencies.ResidencyRequest;
import id.intervensi.casefile.Residencies.ResidencyView;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a client lives in the home, per case (HTTP basic login; a user acts only on cases they may
 * read, as for every /api/cases endpoint):
 *
 * <ul>
 *   <li>{@code GET /api/cases/{caseNumber}/residency}: the current residency (entry date, end of
 *       the trial stay, living unit, room) and every earlier recording.
 *   <li>{@code PUT /api/cases/{caseNumber}/residency} {@code {"entryDate": "2026-12-01",
 *       "livingUnit": "Wisma Melati", "room": "3", "reason": "..."}}: records it, once the
 *       admission is approved (409 before, and for a closed case); a change needs a reason. The
 *       case's social worker, supervisors, administrators.
 * </ul>
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}/residency")
class ResidencyController {

  private final Residencies residencies;

  ResidencyController(Residencies residencies) {
    this.residencies = residencies;
  }

  @GetMapping
  ResidencyView read(@PathVariable String caseNumber) {
    return residencies.of(caseNumber);
  }

  @PutMapping
  ResidencyView record(
      @PathVariable String caseNumber, @Valid @RequestBody ResidencyRequest request) {
    return residencies.record(caseNumber, request);
  }
}
