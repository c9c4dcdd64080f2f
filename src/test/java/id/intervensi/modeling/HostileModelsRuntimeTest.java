package id.intervensi.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import id.intervensi.forms.FieldValues;
import id.intervensi.forms.HideConditions;
import id.intervensi.modeling.HostileModels.Hostile;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Each model of the hostile catalogue planted past the deployment check (as if deployed before the
 * check existed, or through a gap in it) and then run: the engine refuses it, when it reads the
 * model (scripts, Java classes, external tasks, CMMN) or when it evaluates the expression, and
 * nothing ran. A control proves the payloads are live: Camunda's Spring expression manager, which
 * the app used before, runs them.
 */
@ModelingApp
class HostileModelsRuntimeTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired DecisionService decisionService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired HistoryService historyService;
  @Autowired DeploymentGuard guard;
  @Autowired HideConditions hideConditions;
  @Autowired ApplicationContext applicationContext;

  static Stream<Hostile> catalogue() {
    return HostileModels.all().stream();
  }

  private static final String PLANTED = "planted-";

  @AfterEach
  void removeEvidence() throws Exception {
    repositoryService
        .createDeploymentQuery()
        .deploymentNameLike(PLANTED + "%")
        .list()
        .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
    Files.deleteIfExists(HostileModels.FILE);
    System.clearProperty(HostileModels.PROPERTY);
    identityService.deleteMembership("manajer1", "camunda-admin");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void isRefusedByTheEngineWhenPlantedPastTheDeploymentCheck(Hostile hostile) {
    HostileEvidence evidence =
        new HostileEvidence(identityService, authorizationService, historyService, runtimeService);

    Throwable refusal = plant(hostile);
    if (refusal == null) {
      refusal = catchThrowable(() -> run(hostile));
      if (hostile.trigger() != HostileModels.Trigger.NONE
          && hostile.trigger() != HostileModels.Trigger.HIDE_CONDITION) {
        assertThat(refusal).as(hostile.name() + " ran without an error").isNotNull();
      }
    }

    if (refusal != null) {
      assertThat(messages(refusal))
          .as("the engine's refusal of " + hostile.name())
          .containsAnyOf(
              "ditolak",
              "Cannot resolve identifier",
              "External functions are disabled",
              "connect process engine plugin");
    }
    evidence.assertNothingRan(hostile.name());
    if (hostile.key() != null) {
      assertThat(
              historyService
                  .createHistoricProcessInstanceQuery()
                  .processDefinitionKey(hostile.key())
                  .count())
          .isZero();
    }
  }

  @Test
  void thePayloadsRunOnCamundasDefaultSpringExpressionManager() {
    SpringExpressionManager unguarded = new SpringExpressionManager(applicationContext, null);
    ProcessEngineConfigurationImpl configuration = configuration();
    try {
      configuration
          .getCommandExecutorTxRequired()
          .execute(
              context -> {
                unguarded
                    .createExpression("${" + HostileModels.EXEC + "}")
                    .getValue(StartProcessVariableScope.getSharedInstance());
                unguarded
                    .createExpression(
                        "${identityService.createMembership('manajer1', 'camunda-admin')}")
                    .getValue(StartProcessVariableScope.getSharedInstance());
                return null;
              });
      await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(HostileModels.FILE));
      assertThat(
              identityService
                  .createUserQuery()
                  .userId("manajer1")
                  .memberOfGroup("camunda-admin")
                  .count())
          .isOne();
    } finally {
      identityService.deleteMembership("manajer1", "camunda-admin");
    }
  }

  /**
   * Deploys with the deployment check taken out of the engine's deployers for this one deployment;
   * returns the engine's own refusal, or null when the model was stored.
   */
  private Throwable plant(Hostile hostile) {
    List<Deployer> deployers = configuration().getDeployers();
    assertThat(deployers).as("the guard is one of the engine's deployers").contains(guard);
    DeploymentBuilder deployment =
        repositoryService.createDeployment().name(PLANTED + hostile.name()).source("test");
    hostile
        .files()
        .bytes()
        .forEach((name, bytes) -> deployment.addInputStream(name, new ByteArrayInputStream(bytes)));
    synchronized (guard) {
      configuration()
          .getDeploymentCache()
          .setDeployers(deployers.stream().filter(d -> d != guard).toList());
      try {
        Deployment deployed = deployment.deploy();
        assertThat(deployed).isNotNull();
        return null;
      } catch (RuntimeException refused) {
        return refused;
      } finally {
        configuration().getDeploymentCache().setDeployers(deployers);
      }
    }
  }

  private static String messages(Throwable thrown) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  private void run(Hostile hostile) {
    switch (hostile.trigger()) {
      case START -> runtimeService.startProcessInstanceByKey(hostile.key());
      case EVALUATE ->
          decisionService.evaluateDecisionTableByKey(hostile.key(), Variables.createVariables());
      case HIDE_CONDITION ->
          assertThat(hideConditions.isHidden(hostile.key(), FieldValues.of(Map.of("catatan", "x"))))
              .as("a refused hide condition hides nothing")
              .isFalse();
      case NONE -> {}
    }
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }
}
