package id.intervensi.termination;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The "other factors" that end a case: carried by message ClientExited as variable exitReason. */
public enum ExitReason {
  DECEASED("meninggal dunia"),
  MOVED_TO_OTHER_SERVICE("pindah ke layanan lain"),
  RETURNED_TO_FAMILY("kembali ke keluarga"),
  LEFT_WITHOUT_NOTICE("pergi tanpa pemberitahuan");

  private final String label;

  ExitReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static boolean isValid(Object value) {
    return value != null
        && Arrays.stream(values()).anyMatch(r -> r.name().equals(value.toString()));
  }

  /** For error messages: "DECEASED (meninggal dunia), ...". */
  public static String describeAll() {
    return Arrays.stream(values())
        .map(r -> r.name() + " (" + r.label + ")")
        .collect(Collectors.joining(", "));
  }
}
