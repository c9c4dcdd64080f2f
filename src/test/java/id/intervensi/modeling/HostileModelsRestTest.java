package id.intervensi.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.modeling.HostileModels.Hostile;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each model of the hostile catalogue, deployed through the REST API as Camunda Modeler sends it,
 * by the managers' demo user and by admin: refused with a message in Bahasa Indonesia that names
 * the element and what is wrong, nothing stored, nothing run. No role may run code through a model.
 */
@ModelingApp
class HostileModelsRestTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;

  static Stream<Arguments> catalogue() {
    return HostileModels.all().stream()
        .flatMap(
            hostile -> Stream.of("manajer1", "admin").map(user -> Arguments.of(hostile, user)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("catalogue")
  void isRefusedAtDeployment(Hostile hostile, String user) {
    HostileEvidence evidence =
        new HostileEvidence(identityService, authorizationService, historyService, runtimeService);
    Rest admin = Rest.as(port, "admin", "admin");
    long deployments = count(admin, "/engine-rest/deployment/count");

    Rest.Answer answer =
        new ModelerClient(port, user, "admin".equals(user) ? "admin" : "demo")
            .deploy("hostile-" + hostile.name(), hostile.files());

    assertThat(answer.status()).as(answer.message()).isEqualTo(400);
    assertThat(answer.message()).startsWith("Deployment ditolak").contains(hostile.reason());
    if (hostile.element() != null) {
      assertThat(answer.message()).contains(hostile.element() + ": ");
    }
    assertThat(count(admin, "/engine-rest/deployment/count")).isEqualTo(deployments);
    evidence.assertNothingRan(hostile.name());
  }

  @Test
  void theCatalogueHoldsAtLeastThirtyDistinctModels() {
    assertThat(HostileModels.all())
        .extracting(Hostile::name)
        .hasSizeGreaterThanOrEqualTo(30)
        .doesNotHaveDuplicates();
  }

  private static long count(Rest rest, String path) {
    return ((Number) rest.get(path).map().get("count")).longValue();
  }
}
