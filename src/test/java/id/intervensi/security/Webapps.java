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

/** Logs in to Camunda's webapps (Tasklist, Cockpit, Admin) the way their login page does: session and CSRF token first. */
public final class Webapps {

  private Webapps() {}

  /** The status of a webapp login of {@code user} to {@code app}: 200 when the user may use that webapp. */
  public static int login(int port, String user, String password, String app) {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String base = "http://localhost:" + port + "/camunda";
    try {
      HttpResponse<String> start = client.send(HttpRequest.newBuilder(URI.create(base + "/app/welcome/default/")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      String token = start.headers().firstValue("X-XSRF-TOKEN").orElse("");
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
          + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
      HttpResponse<String> login = client.send(HttpRequest.newBuilder(
              URI.create(base + "/api/admin/auth/user/default/login/" + app))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", token)
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      return login.statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
