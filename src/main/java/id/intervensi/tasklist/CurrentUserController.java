package id.intervensi.tasklist;

import id.intervensi.casefile.CaseNotes;
import id.intervensi.caseload.CaseList;
import id.intervensi.caseload.CaseTransfers;
import id.intervensi.caseload.Caseloads;
import id.intervensi.documents.CaseDocuments;
import id.intervensi.engine.AsSystem;
import id.intervensi.engine.CurrentUser;
import id.intervensi.termination.CaseTermination;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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
      boolean reportEnding,
      boolean uploadDocuments) {}

  record Me(String userId, String name, List<String> groups, May may) {}

  private final IdentityService identityService;

  CurrentUserController(IdentityService identityService) {
    this.identityService = identityService;
  }

  @GetMapping("/api/me")
  Me me() {
    String userId = CurrentUser.id(identityService);
    List<String> groups = CurrentUser.groups(identityService);
    User stored =
        AsSystem.call(
            identityService, () -> identityService.createUserQuery().userId(userId).singleResult());
    String name =
        stored == null
            ? userId
            : ((stored.getFirstName() == null ? "" : stored.getFirstName())
                    + " "
                    + (stored.getLastName() == null ? "" : stored.getLastName()))
                .strip();
    return new Me(
        userId,
        name.isEmpty() ? userId : name,
        groups,
        new May(
            isIn(groups, CaseList.OWN_CASES),
            isIn(groups, CaseList.EVERY_CASE),
            isIn(groups, Caseloads.READERS),
            isIn(groups, CaseTransfers.TRANSFERRERS),
            isIn(groups, CaseNotes.WRITERS),
            isIn(groups, CaseTermination.REPORTERS),
            isIn(groups, CaseDocuments.UPLOADERS)));
  }

  private static boolean isIn(List<String> groups, List<String> allowed) {
    return groups.stream().anyMatch(allowed::contains);
  }
}
