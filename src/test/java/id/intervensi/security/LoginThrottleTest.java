package id.intervensi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, on a clock the test moves. */
class LoginThrottleTest {

  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-12-02T08:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final MovableClock clock = new MovableClock();
  final LoginThrottle throttle =
      new LoginThrottle(
          new LoginThrottleSettings(3, Duration.ofSeconds(30), Duration.ofMinutes(2)), clock);

  @Test
  void freeFailuresThenDoublingWaitsUpToTheLongest() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.waitFor("10.0.0.9", "peksos1")).isZero();
      throttle.failed("10.0.0.9", "peksos1");
    }
    assertThat(throttle.waitFor("10.0.0.9", "peksos1")).isEqualTo(Duration.ofSeconds(30));
    clock.now = clock.now.plusSeconds(30);
    assertThat(throttle.waitFor("10.0.0.9", "peksos1")).isZero();
    throttle.failed("10.0.0.9", "peksos1");
    assertThat(throttle.waitFor("10.0.0.9", "peksos1")).isEqualTo(Duration.ofSeconds(60));
    clock.now = clock.now.plusSeconds(60);
    throttle.failed("10.0.0.9", "peksos1");
    throttle.failed("10.0.0.9", "peksos1");
    assertThat(throttle.waitFor("10.0.0.9", "peksos1")).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void aStrangerSlowsOnlyThemselves() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("10.0.0.66", "peksos1");
    }
    assertThat(throttle.waitFor("10.0.0.66", "peksos1")).isPositive();
    assertThat(throttle.waitFor("10.0.0.5", "peksos1")).as("the worker's own computer").isZero();
    assertThat(throttle.waitFor("10.0.0.66", "peksos2")).as("another user").isZero();
  }
}
