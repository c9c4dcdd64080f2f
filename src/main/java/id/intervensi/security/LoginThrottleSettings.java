package id.intervensi.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How hard guessing passwords is made (application.yaml, {@code intervensi.login}): after {@code
 * freeFailures} wrong passwords for one user from one address, that address must wait before it may
 * try that user again, {@code firstWait} at first, twice as long after each further failure, at
 * most {@code longestWait}. The count is forgotten when the pair has not been seen for twice the
 * longest wait.
 */
@ConfigurationProperties("intervensi.login")
public record LoginThrottleSettings(int freeFailures, Duration firstWait, Duration longestWait) {

  public LoginThrottleSettings {
    if (freeFailures < 1) {
      throw new IllegalArgumentException("intervensi.login.free-failures must be at least 1");
    }
    if (firstWait == null || longestWait == null || longestWait.compareTo(firstWait) < 0) {
      throw new IllegalArgumentException(
          "intervensi.login.first-wait and longest-wait are needed, longest-wait >= first-wait");
    }
  }
}
