package id.intervensi.modeling;

import static id.intervensi.modeling.ModelFiles.CYCLE;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.cycle.InterventionCycle;
import id.intervensi.deployment.ModelDeployer;
import id.intervensi.e2e.Rest;
import id.intervensi.groupwork.GroupSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The request Camunda Modeler sends to deploy, replayed against the running app as each role. */
@ModelingApp
class ModelerDeploymentRestTest {

  @LocalServerPort int port;
  @Autowired ModelDeployer appDeployer;

  ModelerClient modeler(String user) {
    return new ModelerClient(port, user, "demo");
  }

  Rest manager() {
    return Rest.as(port, "manajer1", "demo");
  }

  long cycleVersions() {
    return ((Number)
            manager()
                .get("/engine-rest/process-definition/count?key=" + InterventionCycle.PROCESS_ID)
                .map()
                .get("count"))
        .longValue();
  }

  @Test
  void aManagerDeploysProcessDecisionsAndFormsTogetherAndAnIdenticalSetOnlyOnce() {
    String name = "intervensi-" + UUID.randomUUID();
    long versions = cycleVersions();

    Rest.Answer first = modeler("manajer1").deploy(name, ModelFiles.all());

    assertThat(first.status()).as(first.message()).isEqualTo(200);
    assertThat(first.map().get("source")).isEqualTo("Camunda Modeler");
    assertThat(cycleVersions()).isEqualTo(versions + 1);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> processes =
        (Map<String, Map<String, Object>>) first.map().get("deployedProcessDefinitions");
    assertThat(processes.values())
        .extracting(p -> p.get("key"))
        .containsExactlyInAnyOrder(InterventionCycle.PROCESS_ID, GroupSession.PROCESS_ID);
    assertThat((Map<?, ?>) first.map().get("deployedDecisionDefinitions")).hasSize(2);
    List<Map<String, Object>> resources =
        manager().get("/engine-rest/deployment/" + first.map().get("id") + "/resources").list();
    assertThat(resources)
        .extracting(r -> r.get("name"))
        .contains(
            CYCLE,
            "admission-eligibility.dmn",
            "functioning-level.dmn",
            "case-opening.form",
            "intake-interview.form",
            "termination.form")
        .hasSize(22);
    // the new version opens cases with its own start form, found in the same deployment
    String definitionId = (String) processes.values().iterator().next().get("id");
    assertThat(
            Rest.as(port, "peksos1", "demo")
                .get("/engine-rest/process-definition/" + definitionId + "/deployed-start-form")
                .status())
        .isEqualTo(200);

    Rest.Answer again = modeler("manajer1").deploy(name, ModelFiles.all());

    assertThat(again.status()).as(again.message()).isEqualTo(200);
    assertThat(again.map().get("id")).isEqualTo(first.map().get("id"));
    assertThat(cycleVersions()).isEqualTo(versions + 1);
  }

  @Test
  void whenOnlyTheDiagramChangedTheFormsItNeedsAreMissingAndTheManagerIsToldWhatToDo() {
    String name = "intervensi-" + UUID.randomUUID();
    assertThat(modeler("manajer1").deploy(name, ModelFiles.all()).status()).isEqualTo(200);
    long versions = cycleVersions();
    ModelFiles renamed =
        ModelFiles.all()
            .replace(CYCLE, "name=\"Terminasi kasus\"", "name=\"Terminasi dan penutupan kasus\"");

    // deploy-changed-only: Camunda keeps only the changed diagram, so the forms bound by deployment
    // are not in it
    Rest.Answer refused = modeler("manajer1").deploy(name, renamed);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message())
        .contains("Task_IntakeInterview", "harus ikut dalam deployment yang sama", "nama baru");
    assertThat(cycleVersions()).isEqualTo(versions);
    assertThat(modeler("manajer1").deploy(name + "-2", renamed).status()).isEqualTo(200);
    assertThat(cycleVersions()).isEqualTo(versions + 1);
  }

  @Test
  void onItsNextStartTheAppKeepsTheManagersVersionNewestWhileItsOwnModelsAreUnchanged()
      throws Exception {
    Rest.Answer deployed =
        modeler("manajer1")
            .deploy(
                "intervensi-" + UUID.randomUUID(),
                ModelFiles.all()
                    .replace(
                        CYCLE,
                        "name=\"Terminasi kasus\"",
                        "name=\"Terminasi dan penutupan kasus\""));
    assertThat(deployed.status()).as(deployed.message()).isEqualTo(200);
    String managersVersion = latestCycle();

    appDeployer.run(new DefaultApplicationArguments());

    assertThat(latestCycle()).isEqualTo(managersVersion);
  }

  String latestCycle() {
    return (String)
        manager()
            .get("/engine-rest/process-definition/key/" + InterventionCycle.PROCESS_ID)
            .map()
            .get("id");
  }

  @Test
  void onlyManagersMayDeploy() {
    long deployments =
        ((Number) manager().get("/engine-rest/deployment/count").map().get("count")).longValue();

    for (String user : List.of("peksos1", "supervisor1", "auditor1")) {
      Rest.Answer refused = modeler(user).deploy("intervensi-" + user, ModelFiles.all());
      assertThat(refused.status()).as(user).isEqualTo(403);
    }
    // (not a wrong password of a real user: Camunda's login delay would lock the manager out for a
    // while)
    assertThat(
            new ModelerClient(port, "tidak-ada", "salah")
                .deploy("intervensi-x", ModelFiles.all())
                .status())
        .isEqualTo(401);

    assertThat(
            ((Number) manager().get("/engine-rest/deployment/count").map().get("count"))
                .longValue())
        .isEqualTo(deployments);
  }

  @Test
  void aDeploymentThatWouldBreakCasesIsRefusedWithAMessageNamingTheElement() {
    long versions = cycleVersions();

    Rest.Answer refused =
        modeler("manajer1")
            .deploy(
                "intervensi-" + UUID.randomUUID(),
                ModelFiles.all()
                    .replace(
                        CYCLE,
                        "name=\"Wawancara intake\" camunda:formRef=\"intake-interview\" camunda:formRefBinding=\"deployment\"",
                        "name=\"Wawancara intake\"")
                    .replace(
                        CYCLE,
                        "camunda:candidateGroups=\"supervisors\">",
                        "camunda:candidateGroups=\"kepala-panti\">"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.map().get("type")).isEqualTo("ParseException");
    assertThat(refused.message())
        .startsWith("Deployment ditolak: ")
        .contains(
            "Task_IntakeInterview",
            "tidak punya formulir",
            "kelompok 'kepala-panti' tidak dikenal");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, List<Map<String, Object>>>> details =
        (Map<String, Map<String, List<Map<String, Object>>>>) refused.map().get("details");
    assertThat(details.get(CYCLE).get("errors"))
        .extracting(e -> e.get("mainElementId"))
        .contains("Task_IntakeInterview", "Task_ApproveAdmission");
    assertThat(cycleVersions()).isEqualTo(versions);
  }
}
