package id.intervensi.tasklist;

import id.intervensi.casefile.CaseNotes;
import id.intervensi.caseload.CaseList;
import id.intervensi.caseload.CaseTransfers;
import id.intervensi.caseload.Caseloads;
import id.intervensi.engine.AsSystem;
import id.intervensi.engine.CurrentUser;
import id.intervensi.refusal.Refusal;
import id.intervensi.termination.CaseTermination;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who is logged in and what the case screens of Tasklist may offer them, from
 * the same role lists the endpoints check (a button a user may not use is not shown; the endpoint
 * still refuses it).
 */
@RestController
class CurrentUserController {

  /** What the user may do on the case screens. */
  record May(
      boolean listOwnCases,
      boolean listAllCases,
      boolean seeCaseloads,
      boolean transferCases,
      boolean writeNotes,
      boolean reportEnding) {}

  record Me(String userId, String name, List<String> groups, May may) {}

  private final IdentityService identityService;

  CurrentUserController(IdentityService identityService) {
    this.identityService = identityService;
  }

  @GetMapping("/api/me")
  Me me() {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null) {
      throw Refusal.notAllowed("Login diperlukan.");
    }
    User stored =
        AsSystem.call(
            identityService,
            () -> identityService.createUserQuery().userId(user.getUserId()).singleResult());
    String name =
        stored == null
            ? user.getUserId()
            : ((stored.getFirstName() == null ? "" : stored.getFirstName())
                    + " "
                    + (stored.getLastName() == null ? "" : stored.getLastName()))
                .strip();
    return new Me(
        user.getUserId(),
        name.isEmpty() ? user.getUserId() : name,
        user.getGroupIds() == null ? List.of() : user.getGroupIds(),
        new May(
            CurrentUser.isIn(user, CaseList.OWN_CASES),
            CurrentUser.isIn(user, CaseList.EVERY_CASE),
            CurrentUser.isIn(user, Caseloads.READERS),
            CurrentUser.isIn(user, CaseTransfers.TRANSFERRERS),
            CurrentUser.isIn(user, CaseNotes.WRITERS),
            CurrentUser.isIn(user, CaseTermination.REPORTERS)));
  }
}
