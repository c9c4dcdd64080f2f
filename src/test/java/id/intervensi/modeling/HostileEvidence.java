package id.intervensi.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * What a hostile model leaves behind if any part of it ran: a file, a membership of camunda-admin,
 * a new authorization, a system property, a variable named pwned. Taken before, compared after.
 */
final class HostileEvidence {

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final long authorizationsBefore;

  HostileEvidence(
      IdentityService identity,
      AuthorizationService authorizations,
      HistoryService history,
      RuntimeService runtime) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.history = history;
    this.runtime = runtime;
    this.authorizationsBefore = authorizations.createAuthorizationQuery().count();
  }

  void assertNothingRan(String what) {
    assertThat(Files.exists(HostileModels.FILE))
        .as(what + ": a file written by a command")
        .isFalse();
    assertThat(identity.createUserQuery().userId("manajer1").memberOfGroup("camunda-admin").count())
        .as(what + ": manajer1 in camunda-admin")
        .isZero();
    assertThat(authorizations.createAuthorizationQuery().count())
        .as(what + ": authorizations")
        .isEqualTo(authorizationsBefore);
    assertThat(System.getProperty(HostileModels.PROPERTY))
        .as(what + ": a system property")
        .isNull();
    assertThat(history.createHistoricVariableInstanceQuery().variableName("pwned").count())
        .as(what + ": variable pwned")
        .isZero();
    assertThat(runtime.createVariableInstanceQuery().variableName("pwned").count())
        .as(what + ": variable pwned")
        .isZero();
  }
}
