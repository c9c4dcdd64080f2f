package id.intervensi.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.RunningApp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No one locks anyone out: a stranger at another address who guesses a worker's password is slowed
 * down (429, in Bahasa Indonesia, the password no longer even checked), while the worker logs in
 * from their own computer as usual, and the account is never locked. The stranger's requests come
 * from 127.0.0.2, the worker's from 127.0.0.1, both over plain sockets.
 */
@RunningApp
class LoginThrottleRestTest {

  static final String USER = "supervisor1";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @Test
  void aStrangerGuessingSlowsOnlyThemselves() throws IOException {
    for (int i = 0; i < 5; i++) {
      assertThat(get("127.0.0.2", USER, "tebakan" + i)).startsWith("HTTP/1.1 401");
    }
    String throttled = get("127.0.0.2", USER, "tebakan-lagi");
    assertThat(throttled)
        .startsWith("HTTP/1.1 429")
        .contains("Retry-After: ")
        .contains("Coba lagi dalam");
    assertThat(get("127.0.0.2", USER, "demo"))
        .as("while waiting, even the right password is not checked")
        .startsWith("HTTP/1.1 429");

    assertThat(get("127.0.0.1", USER, "demo"))
        .as("the worker's own computer")
        .startsWith("HTTP/1.1 200");
    assertThat(identityService.checkPassword(USER, "demo"))
        .as("the account is not locked")
        .isTrue();
  }

  @Test
  void theWebappLoginFormIsThrottledToo() throws IOException {
    for (int i = 0; i < 5; i++) {
      assertThat(login("127.0.0.3", "peksos2", "tebakan" + i)).startsWith("HTTP/1.1 401");
    }
    assertThat(login("127.0.0.3", "peksos2", "tebakan")).startsWith("HTTP/1.1 429");
    assertThat(get("127.0.0.1", "peksos2", "demo")).startsWith("HTTP/1.1 200");
  }

  private String get(String from, String user, String password) throws IOException {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(
        from,
        "GET /engine-rest/user/"
            + user
            + "/profile HTTP/1.1\r\nHost: localhost\r\n"
            + "Authorization: Basic "
            + credentials
            + "\r\nConnection: close\r\n\r\n");
  }

  /**
   * Tasklist's login form as a browser sends it: the page first, for its CSRF token and cookies.
   */
  private String login(String from, String user, String password) throws IOException {
    String page =
        send(
            from,
            "GET /camunda/app/tasklist/default/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    String token = header(page, "X-XSRF-TOKEN");
    StringBuilder cookies = new StringBuilder();
    for (String line : page.split("\r\n")) {
      if (line.regionMatches(true, 0, "Set-Cookie: ", 0, 12)) {
        cookies.append(cookies.length() == 0 ? "" : "; ").append(line.substring(12).split(";")[0]);
      }
    }
    String body = "username=" + user + "&password=" + password;
    return send(
        from,
        "POST /camunda/api/admin/auth/user/default/login/tasklist HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nX-XSRF-TOKEN: "
            + token
            + "\r\nCookie: "
            + cookies
            + "\r\nContent-Length: "
            + body.length()
            + "\r\nConnection: close\r\n\r\n"
            + body);
  }

  private static String header(String answer, String name) {
    for (String line : answer.split("\r\n")) {
      if (line.regionMatches(true, 0, name + ": ", 0, name.length() + 2)) {
        return line.substring(name.length() + 2);
      }
    }
    throw new AssertionError("no header " + name + " in:\n" + answer);
  }

  /** One request over a socket bound to {@code from}; the whole answer, status line first. */
  private String send(String from, String request) throws IOException {
    try (Socket socket =
        new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(from), 0)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
