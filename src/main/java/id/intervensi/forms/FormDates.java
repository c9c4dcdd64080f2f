package id.intervensi.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Date fields of a form (task and start forms alike) become {@link Date} variables. form-js submits
 * a date field ({@code datetime}, subtype {@code date}) as {@code yyyy-MM-dd} text; once the
 * submission is valid the server stores that calendar day as a Date at 12:00 UTC. Tasklist turns a
 * Date variable back into the browser's local date and time when it loads a form (and form-js reads
 * that without a time-zone shift), so the day reads the same in every zone from UTC-11 to UTC+11:
 * all of Indonesia, a server in UTC and a browser abroad alike. Read such a variable with {@link
 * #day}.
 *
 * <p>Only top-level fields: a date inside a dynamic list stays {@code yyyy-MM-dd} text in its Json
 * variable (Json holds no dates). The start form's only date, the client's birth date, is a Date
 * for a moment too: the case opening moves it to the client table and removes it from the process,
 * and it never reaches the history.
 */
public final class FormDates {

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /**
   * How a day reads to a user everywhere (messages, exports): day first, as in Tasklist's forms.
   */
  public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final LocalTime STORED_AT = LocalTime.NOON;

  private FormDates() {}

  /** Replaces the {@code yyyy-MM-dd} text of every top-level date field of the form by a Date. */
  static void toDateVariables(JsonNode schema, VariableScope scope) {
    convert(schema.path("components"), scope);
  }

  private static void convert(JsonNode components, VariableScope scope) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      if ("group".equals(type) && c.path("path").asText("").isEmpty()) {
        convert(c.path("components"), scope);
      } else if ("datetime".equals(type)
          && "date".equals(c.path("subtype").asText("date"))
          && c.hasNonNull("key")) {
        String key = c.get("key").asText();
        if (scope.getVariable(key) instanceof String text && DAY.matcher(text).matches()) {
          try {
            scope.setVariable(key, date(LocalDate.parse(text)));
          } catch (DateTimeParseException e) {
            // not a real day: the form rules have refused it already
          }
        }
      }
    }
  }

  /** The Date a calendar day is stored as: 12:00 UTC of that day. */
  public static Date date(LocalDate day) {
    return Date.from(day.atTime(STORED_AT).toInstant(ZoneOffset.UTC));
  }

  /**
   * The calendar day of a date variable written by a form (or of {@code yyyy-MM-dd} text); null
   * stays null.
   */
  public static LocalDate day(Object value) {
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }
    return value instanceof String text && !text.isEmpty() ? LocalDate.parse(text) : null;
  }

  /**
   * Null when {@code value} is absent, malformed (the form's own rules report that) or a day not
   * after {@code today}; otherwise a message in Bahasa Indonesia naming the field by {@code label}.
   */
  public static String futureProblem(String label, Object value, LocalDate today) {
    LocalDate day;
    try {
      day = day(value);
    } catch (DateTimeParseException e) {
      return null;
    }
    return day != null && day.isAfter(today) ? "«" + label + "» tidak boleh di masa depan." : null;
  }
}
