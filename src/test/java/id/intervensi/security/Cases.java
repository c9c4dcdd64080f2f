package id.intervensi.security;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.intervensi.e2e.Rest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** Drives cases through the running app's REST API as the demo users (password "demo"). */
public record Cases(int port) {

  public Rest as(String user) {
    return Rest.as(port, user, password(user));
  }

  /** The demo password of {@code user}: "demo", or "admin" for the administrator. */
  public static String password(String user) {
    return "admin".equals(user) ? "admin" : "demo";
  }

  /** DELETE as {@code user}; the status. */
  public int delete(String user, String path) {
    return client(user)
        .delete()
        .uri(path)
        .exchange((request, response) -> response.getStatusCode().value());
  }

  private RestClient client(String user) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password(user)).getBytes(StandardCharsets.UTF_8));
    return RestClient.builder()
        .baseUrl("http://localhost:" + port)
        .defaultHeader("Authorization", "Basic " + credentials)
        .build();
  }

  /**
   * A NIK no other test uses: CaseData's 10,000 serials meet each other within a test run (and a
   * client with an open case cannot get a second one), so the region digits are random too.
   */
  public static String uniqueNik() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    // a real province code (Nik.PROVINCES), regency and district 01-99
    String province = List.of("11", "32", "33", "35", "51", "73", "91").get(random.nextInt(7));
    return province
        + String.format("%02d%02d", 1 + random.nextInt(99), 1 + random.nextInt(99))
        + "520350"
        + String.format("%04d", random.nextInt(10_000));
  }

  /** Opens a case as {@code user}; returns the process instance id. */
  public String open(String user) {
    Rest.Answer started =
        as(user)
            .post(
                "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form",
                Map.of("variables", toRest(caseOpening(uniqueNik()))));
    assertThat(started.status()).as(started.message()).isEqualTo(200);
    return (String) started.map().get("id");
  }

  /** The id of the open task {@code taskKey} of the case, as a user who may see it. */
  public String task(String user, String processInstanceId, String taskKey) {
    List<Map<String, Object>> tasks =
        as(user)
            .get(
                "/engine-rest/task?maxResults=2000&processInstanceId="
                    + processInstanceId
                    + "&taskDefinitionKey="
                    + taskKey)
            .list();
    assertThat(tasks).as("%s sees a task %s", user, taskKey).hasSize(1);
    return (String) tasks.get(0).get("id");
  }

  public void claim(String user, String taskId) {
    Rest.Answer claimed =
        as(user).post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    assertThat(claimed.status()).as(claimed.message()).isEqualTo(204);
  }

  public Rest.Answer submit(String user, String taskId, Map<String, Object> data) {
    return as(user)
        .post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", toRest(data)));
  }

  /** Claims and submits the task as {@code user}, who must succeed. */
  public void work(
      String user, String processInstanceId, String taskKey, Map<String, Object> data) {
    String taskId = task(user, processInstanceId, taskKey);
    claim(user, taskId);
    Rest.Answer submitted = submit(user, taskId, data);
    assertThat(submitted.status())
        .as("%s submits %s: %s", user, taskKey, submitted.message())
        .isEqualTo(204);
  }

  /**
   * A case waiting at the supervisor's admission approval, opened and interviewed by {@code
   * worker}.
   */
  public String atAdmissionApproval(String worker) {
    String pi = open(worker);
    work(worker, pi, TASK_INTAKE_INTERVIEW, intake(true));
    return pi;
  }

  /**
   * A case in the services with an assigned worker: admitted by supervisor1 with {@code worker} as
   * its worker, contract signed, assessed, its plan approved; its two activities open.
   */
  public String inIntervention(String worker) {
    return inIntervention(worker, assessment());
  }

  /** As {@link #inIntervention(String)}, assessed with {@code assessment}. */
  public String inIntervention(String worker, Map<String, Object> assessment) {
    String pi = atAdmissionApproval(worker);
    work(
        "supervisor1",
        pi,
        TASK_APPROVE_ADMISSION,
        with(admissionApproval(true), "assignedWorker", worker));
    work(worker, pi, TASK_SIGN_SERVICE_CONTRACT, serviceContract(true));
    work(worker, pi, TASK_ASSESS_CLIENT, assessment);
    work(worker, pi, TASK_PLAN_INTERVENTION, plan());
    work("supervisor1", pi, TASK_APPROVE_PLAN, planApproval(true));
    return pi;
  }

  /**
   * POST /engine-rest/deployment/create as {@code user} with one file; the status and body of the
   * answer.
   */
  public Rest.Answer deploy(String user, String deploymentName, String fileName, byte[] content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", deploymentName);
    parts.add("deployment-source", "test");
    parts.add(
        fileName,
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    return client(user)
        .post()
        .uri("/engine-rest/deployment/create")
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts)
        .exchange(
            (request, response) -> {
              String text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
              Object body =
                  text.startsWith("{") || text.startsWith("[")
                      ? new ObjectMapper().readValue(text, Object.class)
                      : text;
              return new Rest.Answer(response.getStatusCode().value(), body);
            });
  }

  /** A minimal valid process (start, end) with its own key, for deployment tests. */
  public static byte[] minimalProcess(String key) {
    return ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://intervensi.id/test">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="3650">
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_1</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="EndEvent_1" />
          </bpmn:process>
        </bpmn:definitions>
        """)
        .formatted(key)
        .getBytes(StandardCharsets.UTF_8);
  }
}
