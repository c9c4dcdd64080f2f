package id.intervensi.gate;

import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Text typed outside the forms follows the forms' text rules: task comments, a user's own profile
 * and the notes of the case API refuse markup (and a profile a malformed e-mail) with a message in
 * Bahasa Indonesia, and keep nothing of a refused request; plain text goes through.
 */
@RunningApp
class FreeTextRestTest {

  static final String WORKER = "peksos2";
  static final String MARKUP = "<script>alert(1)</script>";

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;

  @Test
  void taskCommentsArePlainText() {
    Cases cases = new Cases(port);
    String pi = cases.open(WORKER);
    String task = cases.task(WORKER, pi, TASK_INTAKE_INTERVIEW);
    cases.claim(WORKER, task);

    Rest.Answer refused =
        cases
            .as(WORKER)
            .post("/engine-rest/task/" + task + "/comment/create", Map.of("message", MARKUP));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).contains("Komentar tidak boleh berisi tag HTML");
    Rest.Answer tooLong =
        cases
            .as(WORKER)
            .post(
                "/engine-rest/task/" + task + "/comment/create",
                Map.of("message", "a".repeat(FreeTextRules.MAX_COMMENT + 1)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(taskService.getTaskComments(task)).isEmpty();

    Rest.Answer plain =
        cases
            .as(WORKER)
            .post(
                "/engine-rest/task/" + task + "/comment/create",
                Map.of("message", "Keluarga menelepon pukul 21.00; usia < 60 tidak berlaku."));
    assertThat(plain.status()).as(plain.message()).isEqualTo(200);
    assertThat(taskService.getTaskComments(task)).hasSize(1);
  }

  @Test
  void aProfileIsPlainTextWithAValidEmail() {
    Rest worker = new Cases(port).as(WORKER);
    User before = identityService.createUserQuery().userId(WORKER).singleResult();
    Map<String, Object> profile =
        Map.of(
            "id",
            WORKER,
            "firstName",
            before.getFirstName(),
            "lastName",
            before.getLastName(),
            "email",
            "dedi@panti.example.id");

    Rest.Answer markup =
        worker.put(
            "/engine-rest/user/" + WORKER + "/profile",
            Map.of("id", WORKER, "firstName", MARKUP, "lastName", "x", "email", "a@b.id"));
    assertThat(markup.status()).isEqualTo(400);
    assertThat(markup.message()).contains("Nama depan tidak boleh berisi tag HTML");
    Rest.Answer email =
        worker.put(
            "/engine-rest/user/" + WORKER + "/profile",
            Map.of("id", WORKER, "firstName", "Dedi", "lastName", "K", "email", "bukan-email"));
    assertThat(email.status()).isEqualTo(400);
    assertThat(email.message()).contains("Email harus berupa alamat email yang valid");
    User unchanged = identityService.createUserQuery().userId(WORKER).singleResult();
    assertThat(unchanged.getFirstName()).isEqualTo(before.getFirstName());
    assertThat(unchanged.getEmail()).isEqualTo(before.getEmail());

    Rest.Answer valid = worker.put("/engine-rest/user/" + WORKER + "/profile", profile);
    assertThat(valid.status()).as(valid.message()).isEqualTo(204);
    assertThat(identityService.createUserQuery().userId(WORKER).singleResult().getEmail())
        .isEqualTo("dedi@panti.example.id");
  }

  @Test
  void notesOfTheCaseApiArePlainText() {
    Cases cases = new Cases(port);
    String pi = cases.open(WORKER);
    String caseNumber =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(pi)
            .singleResult()
            .getBusinessKey();
    Rest.Answer exit =
        cases
            .as(WORKER)
            .post(
                "/api/cases/" + caseNumber + "/client-exit",
                Map.of("reason", "RETURNED_TO_FAMILY", "note", MARKUP));
    assertThat(exit.status()).isEqualTo(400);
    assertThat(exit.message()).contains("tidak boleh berisi tag HTML");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count())
        .as("the case goes on")
        .isEqualTo(1);
    assertThat(runtimeService.getVariables(pi)).doesNotContainKeys("exitReason", "exitNote");
  }
}
