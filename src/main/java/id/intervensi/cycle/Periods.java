package id.intervensi.cycle;

import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;

/**
 * ISO-8601 periods as the engine's timers read them (P30D, P2W, P1M, P1Y), parsed with the engine's
 * own parser. The forms offer only {@link Spans}.
 */
public final class Periods {

  private Periods() {}

  /**
   * The moment {@code period} after the engine's current time; throws IllegalArgumentException if
   * it is not a period.
   */
  public static Date after(String period) {
    if (period == null || !period.startsWith("P")) {
      throw new IllegalArgumentException("not an ISO-8601 period: " + period);
    }
    try {
      return new DurationHelper(period).getDateAfter();
    } catch (Exception e) {
      throw new IllegalArgumentException("not an ISO-8601 period: " + period, e);
    }
  }
}
