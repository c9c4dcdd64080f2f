package id.intervensi.dashboard;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Months on the home's calendar (its time zone), as the moments the app's tables hold. */
final class Months {

  static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("id"));

  private Months() {}

  /** The first moment of {@code month} in the home's time zone. */
  static Timestamp start(YearMonth month, ZoneId zone) {
    return Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
  }

  /** The first moment after {@code month}. */
  static Timestamp end(YearMonth month, ZoneId zone) {
    return start(month.plusMonths(1), zone);
  }

  /** "November 2026". */
  static String label(YearMonth month) {
    return LABEL.format(month);
  }
}
