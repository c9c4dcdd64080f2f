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

  /** A logged-in webapp session: its cookies and the CSRF token its changes must carry. */
  public record Session(HttpClient http, String base, int loginStatus, String csrfToken) {

    /** Sends {@code request} with the session's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** A GET of {@code path} (from the server's root) in this session. */
    public HttpResponse<String> get(String path) {
      return send(
          HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json"));
    }
  }

  /**
   * The status of a webapp login of {@code user} to {@code app}: 200 when the user may use that
   * webapp.
   */
  public static int login(int port, String user, String password, String app) {
    return session(port, user, password, app).loginStatus();
  }

  /**
   * Logs {@code user} in to {@code app} as its login page does (the welcome page's token first);
   * the login starts a new session whose token comes with the webapps' next request, as Tasklist
   * makes it.
   */
  public static Session session(int port, String user, String password, String app) {
    ensureWebappRuntime();
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String root = "http://localhost:" + port;
    Session anonymous = new Session(client, root, 0, "");
    HttpResponse<String> start = anonymous.get("/camunda/app/welcome/default/");
    String token = start.headers().firstValue("X-XSRF-TOKEN").orElse("");
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login =
        anonymous.send(
            HttpRequest.newBuilder(
                    URI.create(root + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.statusCode() != 200) {
      return new Session(client, root, login.statusCode(), "");
    }
    HttpResponse<String> next = anonymous.get("/camunda/api/engine/engine/");
    return new Session(client, root, 200, next.headers().firstValue("X-XSRF-TOKEN").orElseThrow());
  }
}
