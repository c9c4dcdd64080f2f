package id.intervensi.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.cycle.InterventionCycle;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ModelDeployerTest {

  @Autowired ModelDeployer deployer;
  @Autowired RepositoryService repositoryService;

  @Test
  void unchangedModelsCreateNoNewVersionOnRestart() throws Exception {
    long definitions = repositoryService.createProcessDefinitionQuery().count();
    long deployments = repositoryService.createDeploymentQuery().count();

    deployer.run(new DefaultApplicationArguments());
    deployer.run(new DefaultApplicationArguments());

    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void processDecisionsAndFormsAreDeployedTogetherUnderStableNames() {
    ProcessDefinition cycle =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(InterventionCycle.PROCESS_ID)
            .latestVersion()
            .singleResult();
    List<String> names =
        repositoryService.getDeploymentResources(cycle.getDeploymentId()).stream()
            .map(Resource::getName)
            .toList();

    assertThat(names)
        .contains(
            "processes/intervention-cycle.bpmn",
            "processes/group-session.bpmn",
            "processes/admission-eligibility.dmn",
            "processes/functioning-level.dmn",
            "forms/case-opening.form",
            "forms/intake-interview.form",
            "forms/termination.form",
            "forms/group-session.form");
    assertThat(names).hasSize(4 + 18);
  }

  @Test
  void historyIsKeptForTenYears() {
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(InterventionCycle.PROCESS_ID)
                .latestVersion()
                .singleResult()
                .getHistoryTimeToLive())
        .isEqualTo(3650);
    repositoryService
        .createDecisionDefinitionQuery()
        .latestVersion()
        .list()
        .forEach(decision -> assertThat(decision.getHistoryTimeToLive()).isEqualTo(3650));
  }
}
