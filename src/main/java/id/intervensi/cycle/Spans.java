package id.intervensi.cycle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The spans of time a worker chooses from for the evaluation and after-care follow-ups ("2 minggu",
 * "3 bulan"), each stored as the ISO-8601 duration a timer reads: the worker never types a code,
 * and every offered value is one the engine's timers accept. The selects of intervention-plan and
 * termination offer exactly these (CycleFormsTest checks it); the server accepts nothing else.
 * Months are counted as 30 days so that a span is the same length whatever month it starts in.
 */
public final class Spans {

  /** ISO-8601 value to the words a worker reads, shortest first. */
  public static final Map<String, String> OFFERED = offered();

  private Spans() {}

  private static Map<String, String> offered() {
    Map<String, String> spans = new LinkedHashMap<>();
    spans.put("P7D", "1 minggu");
    spans.put("P14D", "2 minggu");
    spans.put("P30D", "1 bulan");
    spans.put("P60D", "2 bulan");
    spans.put("P90D", "3 bulan");
    spans.put("P180D", "6 bulan");
    spans.put("P365D", "1 tahun");
    return Collections.unmodifiableMap(spans);
  }

  /**
   * Null when {@code value} is absent or one of the offered spans, otherwise a message in Bahasa
   * Indonesia naming the field by {@code label} and listing the choices.
   */
  public static String problem(String label, Object value) {
    if (value == null || OFFERED.containsKey(String.valueOf(value))) {
      return null;
    }
    return "«"
        + label
        + "» harus salah satu jangka waktu yang tersedia: "
        + OFFERED.values().stream().collect(Collectors.joining(", "))
        + ".";
  }
}
