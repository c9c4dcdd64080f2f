package id.intervensi.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts wrong passwords per (client address, user name) and makes that pair wait once it has
 * guessed too often. Keyed by the pair, a stranger guessing a worker's password slows only
 * themselves: the worker, from their own computer, still logs in (the engine's own lock, which
 * would lock the account for everyone, is switched off in application.yaml). Kept in memory: a
 * restart forgets the counts, which only gives a guesser a few more tries.
 */
class LoginThrottle {

  private final LoginThrottleSettings settings;
  private final Clock clock;
  private final Cache<String, Failures> failures;

  LoginThrottle(LoginThrottleSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    // a pair not seen for the longest wait starts again; a flood of made-up names stays bounded
    this.failures =
        Caffeine.newBuilder()
            .expireAfterAccess(settings.longestWait().multipliedBy(2))
            .maximumSize(100_000)
            .build();
  }

  private record Failures(int count, Instant waitUntil) {}

  /** How long this pair must still wait before it may try again; zero when it may try now. */
  Duration waitFor(String address, String user) {
    Failures seen = failures.getIfPresent(key(address, user));
    if (seen == null || seen.waitUntil() == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), seen.waitUntil());
    return left.isNegative() ? Duration.ZERO : left;
  }

  void failed(String address, String user) {
    failures
        .asMap()
        .compute(
            key(address, user),
            (key, seen) -> {
              int count = seen == null ? 1 : seen.count() + 1;
              // the wait starts with the last free failure
              int over = count - settings.freeFailures() + 1;
              if (over <= 0) {
                return new Failures(count, null);
              }
              Duration wait = settings.firstWait().multipliedBy(1L << Math.min(over - 1, 20));
              if (wait.compareTo(settings.longestWait()) > 0) {
                wait = settings.longestWait();
              }
              return new Failures(count, clock.instant().plus(wait));
            });
  }

  private static String key(String address, String user) {
    return address + "\n" + user;
  }
}
