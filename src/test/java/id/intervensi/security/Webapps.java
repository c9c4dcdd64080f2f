package id.intervensi.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;

/**
 * Logs in to Camunda's webapps (Tasklist, Cockpit, Admin) the way their login page does: session
 * and CSRF token first.
 */
public final class Webapps {

  private Webapps() {}

  /**
   * Camunda's webapps keep their runtime in static fields, set when an app starts and cleared when
   * any app stops: another app started and stopped in this JVM (RestartTest, ProductionProfileTest)
   * leaves the shared test app without one. Put it back as the webapps' bootstrap does.
   */
  static synchronized void ensureWebappRuntime() {
    if (Tasklist.getRuntimeDelegate() == null) {
      Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
    }
    if (Cockpit.getRuntimeDelegate() == null) {
      Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
    }
    if (Admin.getRuntimeDelegate() == null) {
      Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
    }
    if (Welcome.getRuntimeDelegate() == null) {
      Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
    }
  }

  /**
   * The status of a webapp login of {@code user} to {@code app}: 200 when the user may use that
   * webapp.
   */
  public static int login(int port, String user, String password, String app) {
    ensureWebappRuntime();
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String base = "http://localhost:" + port + "/camunda";
    try {
      HttpResponse<String> start =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/app/welcome/default/")).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      String token = start.headers().firstValue("X-XSRF-TOKEN").orElse("");
      String form =
          "username="
              + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(password, StandardCharsets.UTF_8);
      HttpResponse<String> login =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/" + app))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("X-XSRF-TOKEN", token)
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return login.statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
