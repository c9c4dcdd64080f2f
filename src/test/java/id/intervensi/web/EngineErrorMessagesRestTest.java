package id.intervensi.web;

import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
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
}
