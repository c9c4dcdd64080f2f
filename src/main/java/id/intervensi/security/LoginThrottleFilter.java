package id.intervensi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every door where a password is checked: HTTP basic login of the REST API (/engine-rest, /api) and
 * the webapps' login form. A (client address, user name) pair that guessed wrong too often gets 429
 * and a message in Bahasa Indonesia without its password being checked; a 401 answer counts as a
 * wrong guess.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = userTryingToLogIn(request);
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Duration wait = throttle.waitFor(address, user);
    if (!wait.isZero()) {
      LOG.info(
          "Login of {} from {} refused for {} s: too many wrong passwords",
          user,
          address,
          wait.toSeconds());
      refuse(response, wait);
      return;
    }
    chain.doFilter(request, response);
    // a success does not clear the count: other answers (a refused CSRF token, a path that needs
    // no login) would otherwise let a guesser reset it between guesses
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(address, user);
    }
  }

  /** The user name of a basic login or of the webapps' login form; null for other requests. */
  private static String userTryingToLogIn(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String credentials =
            new String(
                Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = credentials.indexOf(':');
        return colon > 0 ? credentials.substring(0, colon) : null;
      } catch (IllegalArgumentException notBase64) {
        return null;
      }
    }
    if ("POST".equals(request.getMethod()) && request.getRequestURI().contains("/login/")) {
      return request.getParameter("username");
    }
    return null;
  }

  private static void refuse(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
    long minutes = (seconds + 59) / 60;
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"TooManyLoginAttempts\",\"message\":\"Terlalu banyak percobaan masuk dengan"
                + " kata sandi yang salah untuk pengguna ini dari komputer ini. Coba lagi dalam "
                + (seconds < 60 ? seconds + " detik" : minutes + " menit")
                + ".\"}");
  }
}
