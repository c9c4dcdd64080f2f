package id.intervensi.security;

import static id.intervensi.CaseData.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app's API answers a user logged in to Tasklist with their session (no second login), and a
 * request that changes something only with the session's CSRF token, as the webapps send it; and
 * the NIK look-up of the start form answers who may open cases.
 */
@RunningApp
class WebappSessionApiRestTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;

  @Test
  void aTasklistSessionReachesTheApiAndChangesNeedItsCsrfToken() throws Exception {
    Cases cases = new Cases(port);
    String pi = cases.open("peksos1");
    long clientId = ((Number) runtimeService.getVariable(pi, "clientId")).longValue();
    String base = "http://localhost:" + port;
    Webapps.Session session = Webapps.session(port, "peksos1", "demo", "tasklist");
    assertThat(session.loginStatus()).isEqualTo(200);
    HttpClient http = session.http();
    String sessionToken = session.csrfToken();

    HttpResponse<String> contacts =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/clients/" + clientId + "/contacts"))
                .build(),
            BodyHandlers.ofString());
    assertThat(contacts.statusCode()).as(contacts.body()).isEqualTo(200);
    assertThat(contacts.body()).contains("Wati Suryani");

    String contact =
        "{\"name\":\"Sri Wahyuni\",\"relation\":\"Cucu\",\"responsible\":false,\"guardian\":false}";
    HttpResponse<String> withoutToken =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/clients/" + clientId + "/contacts"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(contact))
                .build(),
            BodyHandlers.ofString());
    assertThat(withoutToken.statusCode()).as("a change without the CSRF token").isEqualTo(401);
    HttpResponse<String> withToken =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/clients/" + clientId + "/contacts"))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", sessionToken)
                .POST(BodyPublishers.ofString(contact))
                .build(),
            BodyHandlers.ofString());
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);

    HttpResponse<String> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/clients/" + clientId + "/contacts"))
                    .build(),
                BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void theNikLookUpAnswersWhoOpensCases() {
    Cases cases = new Cases(port);
    String nik = Cases.uniqueNik();
    String pi =
        (String)
            cases
                .as("peksos1")
                .post(
                    "/engine-rest/process-definition/key/intervention-cycle/submit-form",
                    Map.of("variables", toRest(caseOpening(nik))))
                .map()
                .get("id");
    Rest.Answer found = cases.as("peksos2").get("/api/clients/lookup?nik=" + nik);
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.map())
        .containsEntry("found", true)
        .containsEntry("fullName", "Siti Aminah")
        .containsEntry("birthDate", "1950-03-12");
    assertThat(found.map().get("cases").toString())
        .contains((String) runtimeService.getVariable(pi, "caseNumber"));
    assertThat(cases.as("peksos2").get("/api/clients/lookup?nik=1100000000000000").map())
        .containsEntry("found", false);
    assertThat(cases.as("peksos2").get("/api/clients/lookup?nik=123").status()).isEqualTo(400);
    assertThat(cases.as("auditor1").get("/api/clients/lookup?nik=" + nik).status()).isEqualTo(403);
  }
}
