package id.intervensi.termination;

import id.intervensi.forms.NoMarkup;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ending a case early. Both endpoints need HTTP basic login as a social worker or supervisor and
 * answer 204 No Content on success; 400 (bad input), 403, 404 (unknown case) and 409 (case closed,
 * or at a stage where the message does not apply) come with a message in Bahasa Indonesia.
 *
 * <ul>
 *   <li>{@code POST /api/cases/{caseNumber}/termination-request} {@code {"note": "..."}}: the
 *       client asks to end the intervention (message TerminationRequested).
 *   <li>{@code POST /api/cases/{caseNumber}/client-exit} {@code {"reason": "DECEASED", "note":
 *       "..."}}: the client left for another reason (message ClientExited); reason is one of
 *       DECEASED, MOVED_TO_OTHER_SERVICE, RETURNED_TO_FAMILY, LEFT_WITHOUT_NOTICE.
 * </ul>
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}")
class CaseTerminationController {

  private final CaseTermination termination;

  CaseTerminationController(CaseTermination termination) {
    this.termination = termination;
  }

  record TerminationRequest(
      @Size(max = 4000, message = "maksimal 4000 karakter") @NoMarkup String note) {}

  record ClientExit(
      @NotBlank(message = "wajib diisi") String reason,
      @Size(max = 4000, message = "maksimal 4000 karakter") @NoMarkup String note) {}

  @PostMapping("/termination-request")
  ResponseEntity<Void> requestTermination(
      @PathVariable String caseNumber,
      @Valid @RequestBody(required = false) TerminationRequest request) {
    termination.requestTermination(caseNumber, request == null ? null : request.note());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/client-exit")
  ResponseEntity<Void> reportExit(
      @PathVariable String caseNumber, @Valid @RequestBody ClientExit exit) {
    termination.reportExit(caseNumber, exit.reason(), exit.note());
    return ResponseEntity.noContent().build();
  }
}
