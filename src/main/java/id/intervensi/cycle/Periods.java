package id.intervensi.cycle;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * ISO-8601 periods as the engine's timers read them (P30D, P2W, P1M, P1Y), parsed with the engine's
 * own parser so that what the server accepts is exactly what a timer can use.
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

  /**
   * Null when {@code period} is a valid period between {@code min} and {@code max} from now,
   * otherwise a message in Bahasa Indonesia naming the field by {@code label}.
   */
  public static String problem(String label, Object period, Duration min, Duration max) {
    if (!(period instanceof String text)) {
      return null;
    }
    String format =
        "«"
            + label
            + "» harus berupa durasi ISO-8601, misalnya P30D (30 hari), P2W (2 minggu) atau P1M (1 bulan).";
    Date due;
    try {
      due = after(text);
    } catch (IllegalArgumentException e) {
      return format;
    }
    long millis = due.getTime() - ClockUtil.getCurrentTime().getTime();
    if (millis < min.toMillis() || millis > max.toMillis()) {
      return "«" + label + "» harus antara " + min.toDays() + " dan " + max.toDays() + " hari.";
    }
    return null;
  }
}
