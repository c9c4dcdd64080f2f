package id.intervensi.engine;

import id.intervensi.refusal.Refusal;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The logged-in user of the app's own endpoints, and the role check each endpoint makes. */
public final class CurrentUser {

  private CurrentUser() {}

  /** The user, if they belong to one of {@code groups}; else 403 with {@code refusal}. */
  public static Authentication inGroups(
      IdentityService identityService, Collection<String> groups, String refusal) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null
        || user.getGroupIds() == null
        || user.getGroupIds().stream().noneMatch(groups::contains)) {
      throw Refusal.notAllowed(refusal);
    }
    return user;
  }

  /** Whether the user belongs to one of {@code groups}. */
  public static boolean isIn(Authentication user, Collection<String> groups) {
    return user != null
        && user.getGroupIds() != null
        && user.getGroupIds().stream().anyMatch(groups::contains);
  }

  /** "Full Name (userId)" of the user, for the record of who made an export or a report. */
  public static String displayName(IdentityService identityService, Authentication user) {
    User stored =
        AsSystem.call(
            identityService,
            () -> identityService.createUserQuery().userId(user.getUserId()).singleResult());
    if (stored == null) {
      return user.getUserId();
    }
    String name =
        ((stored.getFirstName() == null ? "" : stored.getFirstName())
                + " "
                + (stored.getLastName() == null ? "" : stored.getLastName()))
            .strip();
    return name.isEmpty() ? user.getUserId() : name + " (" + user.getUserId() + ")";
  }

  /** The logged-in user's id, or 403 when nobody is logged in. */
  public static String id(IdentityService identityService) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null) {
      throw Refusal.notAllowed("Login diperlukan.");
    }
    return user.getUserId();
  }

  /** The logged-in user's groups (empty when nobody is logged in). */
  public static List<String> groups(IdentityService identityService) {
    Authentication user = identityService.getCurrentAuthentication();
    return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
  }
}
