package id.intervensi.web;

import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import id.intervensi.security.Webapps;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's own refusals a user can provoke through the REST API start with a sentence in Bahasa
 * Indonesia (the engine's detail follows): a missing permission, something not there. The gate's
 * refusals, already in Bahasa Indonesia, keep their words.
 */
@RunningApp
class EngineErrorMessagesRestTest {

  @LocalServerPort int port;

  @Test
  void aMissingPermissionIsExplainedInBahasaIndonesia() {
    Cases cases = new Cases(port);
    Rest.Answer deploy =
        cases.deploy("peksos1", "coba", "coba.bpmn", Cases.minimalProcess("coba-proses"));
    assertThat(deploy.status()).isEqualTo(403);
    assertThat(deploy.message()).startsWith(RestErrorMessages.NOT_AUTHORIZED);
  }

  @Test
  void somethingThatIsNotThereIsExplainedInBahasaIndonesia() {
    Rest.Answer task = new Cases(port).as("peksos1").get("/engine-rest/task/tidak-ada");
    assertThat(task.status()).isEqualTo(404);
    assertThat(task.message()).startsWith(RestErrorMessages.NOT_FOUND);
  }

  @Test
  void theGateKeepsItsOwnWords() {
    Cases cases = new Cases(port);
    String pi = cases.open("peksos1");
    String task = cases.task("peksos1", pi, TASK_INTAKE_INTERVIEW);
    Rest.Answer signal =
        cases.as("peksos1").post("/engine-rest/signal", Map.of("name", "apa-saja"));
    assertThat(signal.status()).isEqualTo(403);
    assertThat(signal.message()).doesNotStartWith(RestErrorMessages.NOT_AUTHORIZED);
    assertThat(
            cases
                .as("auditor1")
                .post("/engine-rest/task/" + task + "/claim", Map.of("userId", "auditor1"))
                .message())
        .doesNotStartWith(RestErrorMessages.NOT_AUTHORIZED);
  }

  @Test
  void everyListIsAskedForByPage() {
    Rest worker = new Cases(port).as("peksos1");
    for (String list :
        List.of(
            "/engine-rest/task",
            "/engine-rest/task?candidateGroup=social-workers",
            "/engine-rest/history/task",
            "/engine-rest/process-definition",
            "/engine-rest/user")) {
      Rest.Answer unpaged = worker.get(list);
      assertThat(unpaged.status()).as(list).isEqualTo(400);
      assertThat(unpaged.message())
          .as(list)
          .startsWith("Daftar ini diminta per halaman")
          .contains("paling banyak 2000 baris");
      String separator = list.contains("?") ? "&" : "?";
      Rest.Answer tooMany = worker.get(list + separator + "firstResult=0&maxResults=2147483647");
      assertThat(tooMany.status()).as(list).isEqualTo(400);
      assertThat(tooMany.message())
          .as(list)
          .startsWith("Daftar ini diminta per halaman")
          .contains("paling banyak 2000 baris");
      assertThat(worker.get(list + separator + "firstResult=0&maxResults=2000").status())
          .as(list)
          .isEqualTo(200);
    }
    assertThat(worker.post("/engine-rest/task?firstResult=0&maxResults=5000", Map.of()).message())
        .as("a query in the request body")
        .contains("paling banyak 2000 baris");
    assertThat(worker.get("/engine-rest/task/count").status())
        .as("counts need no page")
        .isEqualTo(200);
  }

  @Test
  void otherEngineRefusalsStartInBahasaIndonesia() {
    Cases cases = new Cases(port);
    String pi = cases.open("peksos1");
    String task = cases.task("peksos1", pi, TASK_INTAKE_INTERVIEW);
    cases.claim("peksos1", task);
    // the engine's own check: somebody else holds the task
    Rest.Answer taken =
        cases
            .as("supervisor1")
            .post("/engine-rest/task/" + task + "/claim", Map.of("userId", "supervisor1"));
    assertThat(taken.status()).isBetween(400, 499);
    assertThat(taken.message()).doesNotContainPattern("^(Cannot|Task|The|No|Unable) ");
    // a manager suspends a case twice: the engine's own refusal, worded first in Indonesian
    Rest.Answer suspended =
        cases
            .as("manajer1")
            .put("/engine-rest/process-instance/" + pi + "/suspended", Map.of("suspended", true));
    assertThat(suspended.status()).isEqualTo(204);
    Rest.Answer completeSuspended =
        cases.as("peksos1").post("/engine-rest/task/" + task + "/complete", Map.of());
    assertThat(completeSuspended.status()).as("the case waits; nothing failed").isEqualTo(409);
    assertThat(completeSuspended.message())
        .as("completing the task of a suspended case")
        .startsWith(RestErrorMessages.SUSPENDED);
  }

  @Test
  void theEnginesSentencesKeepTheirDetail() {
    assertThat(EngineMessages.inIndonesian(500, "Cannot claim task", 2000))
        .isEqualTo("Mesin proses tidak dapat menjalankan permintaan ini (Cannot claim task).");
    assertThat(EngineMessages.inIndonesian(400, "Max results limit of 50 exceeded!", 50))
        .startsWith("Daftar ini diminta per halaman: sertakan maxResults, paling banyak 50 baris")
        .endsWith("(Max results limit of 50 exceeded!).");
    assertThat(EngineMessages.inIndonesian(409, null, 2000)).endsWith("coba lagi.");
  }

  /**
   * Tasklist, Cockpit and Admin use the webapps' own engine API (/camunda/api/engine), logged in
   * with a session: the same words there.
   */
  @Test
  void theWebappsEngineApiSaysTheSame() throws Exception {
    String base = "http://localhost:" + port;
    Webapps.Session session = Webapps.session(port, "peksos1", "demo", "tasklist");
    assertThat(session.loginStatus()).isEqualTo(200);
    HttpClient http = session.http();
    HttpResponse<String> unpaged =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default/task"))
                .header("Accept", "application/json")
                .build(),
            BodyHandlers.ofString());
    assertThat(unpaged.statusCode()).isEqualTo(400);
    assertThat(unpaged.body()).contains("Daftar ini diminta per halaman");
    HttpResponse<String> missing =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(base + "/camunda/api/engine/engine/default/task/tidak-ada"))
                .header("Accept", "application/json")
                .build(),
            BodyHandlers.ofString());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains(RestErrorMessages.NOT_FOUND);
  }
}
