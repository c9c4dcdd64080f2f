package id.intervensi.history;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.spin.json.SpinJsonNode;

/** A variable's value as the history shows it: text, the same in JSON, CSV and PDF. */
final class Values {

  /** A form's day, as the form submitted it. */
  static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

  /** Longest value kept in full; a longer one (a whole plan) is cut with a mark. */
  static final int LONGEST = 4000;

  private Values() {}

  static String text(Object value, ZoneId zone) {
    if (value == null) {
      return null;
    }
    String text;
    if (value instanceof Boolean b) {
      text = b ? "ya" : "tidak";
    } else if (value instanceof Date date) {
      text = date(date.toInstant(), zone);
    } else if (value instanceof SpinJsonNode json) {
      text = json.toString();
    } else {
      text = String.valueOf(value);
    }
    return text.length() > LONGEST ? text.substring(0, LONGEST) + " …(dipotong)" : text;
  }

  /**
   * A form's date field is stored as 12:00 UTC of the day (forms/FormDates): shown as the day; any
   * other moment with its time in the home's zone.
   */
  static String date(Instant at, ZoneId zone) {
    ZonedDateTime utc = at.atZone(ZoneOffset.UTC);
    if (utc.toLocalTime().equals(LocalTime.NOON)) {
      return utc.toLocalDate().format(ISO_DAY);
    }
    return at.atZone(zone).format(DAY_AND_TIME);
  }

  static String time(Instant at, ZoneId zone) {
    return at == null ? "" : at.atZone(zone).format(DAY_AND_TIME);
  }
}
