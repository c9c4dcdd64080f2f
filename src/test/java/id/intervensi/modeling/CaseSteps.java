package id.intervensi.modeling;

import static id.intervensi.CaseData.toRest;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.cycle.InterventionCycle;
import id.intervensi.e2e.Rest;
import java.util.List;
import java.util.Map;

/** A case worked through the REST API as the demo users do in Tasklist. */
final class CaseSteps {

  private final int port;

  CaseSteps(int port) {
    this.port = port;
  }

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  /**
   * Opens a case on the newest version; its process instance (id, businessKey = case number,
   * definitionId).
   */
  Map<String, Object> open(Map<String, Object> caseOpening) {
    Rest.Answer started =
        as("peksos1")
            .post(
                "/engine-rest/process-definition/key/"
                    + InterventionCycle.PROCESS_ID
                    + "/submit-form",
                Map.of("variables", toRest(caseOpening)));
    assertThat(started.status()).as(started.message()).isEqualTo(200);
    return started.map();
  }

  List<String> openTasks(String processInstanceId) {
    return as("manajer1")
        .get("/engine-rest/task?maxResults=2000&processInstanceId=" + processInstanceId)
        .list()
        .stream()
        .map(task -> (String) task.get("taskDefinitionKey"))
        .toList();
  }

  /** Claims and completes the task through its form, as Tasklist does. */
  void work(String user, String processInstanceId, String taskKey, Map<String, Object> data) {
    List<Map<String, Object>> tasks =
        as(user)
            .get(
                "/engine-rest/task?maxResults=2000&processInstanceId="
                    + processInstanceId
                    + "&taskDefinitionKey="
                    + taskKey)
            .list();
    assertThat(tasks).as("%s sees a task %s", user, taskKey).isNotEmpty();
    String taskId = (String) tasks.get(0).get("id");
    assertThat(
            as(user)
                .post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user))
                .status())
        .isEqualTo(204);
    assertThat(as(user).get("/engine-rest/task/" + taskId + "/deployed-form").status())
        .isEqualTo(200);
    Rest.Answer submitted =
        as(user)
            .post(
                "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", toRest(data)));
    assertThat(submitted.status())
        .as("%s submits %s: %s", user, taskKey, submitted.message())
        .isEqualTo(204);
  }

  String definitionOf(String processInstanceId) {
    return (String)
        as("manajer1")
            .get("/engine-rest/process-instance/" + processInstanceId)
            .map()
            .get("definitionId");
  }

  /**
   * Deploys the files from Camunda Modeler as the manager; the new intervention-cycle definition
   * (id, version).
   */
  Map<String, Object> deployCycle(String deploymentName, ModelFiles files) {
    Rest.Answer deployed =
        new ModelerClient(port, "manajer1", "demo").deploy(deploymentName, files);
    assertThat(deployed.status()).as(deployed.message()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> processes =
        (Map<String, Map<String, Object>>) deployed.map().get("deployedProcessDefinitions");
    // the deployment holds every process of processes/ (the group session's too)
    List<Map<String, Object>> cycles =
        processes.values().stream()
            .filter(p -> InterventionCycle.PROCESS_ID.equals(p.get("key")))
            .toList();
    assertThat(cycles).as("a new version of the cycle").hasSize(1);
    return cycles.get(0);
  }
}
