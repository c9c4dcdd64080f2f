package id.intervensi.dashboard;

import id.intervensi.termination.ExitReason;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a resident's stay ended, in the words of the report to the social office: the client's exit
 * (died, referred to another service, returned to the family, left) when there was one, else the
 * termination reason of the cycle. Stored as exit_reason, else closure_reason, of case_file.
 */
final class EndingReasons {

  /** Every reason, in the order the report lists them. */
  static final Map<String, String> LABELS = labels();

  /** The SQL of a closed case's reason: its exit reason, else its closure reason. */
  static final String SQL = "coalesce(exit_reason, closure_reason)";

  private EndingReasons() {}

  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (ExitReason reason : ExitReason.values()) {
      String label = reason.label();
      labels.put(reason.name(), Character.toUpperCase(label.charAt(0)) + label.substring(1));
    }
    labels.put("GOALS_REACHED", "Tujuan intervensi tercapai");
    labels.put("CLIENT_REQUEST", "Atas permintaan klien");
    labels.put("OTHER_FACTORS", "Faktor lain");
    return labels;
  }

  static String label(String code) {
    return code == null ? "Tidak tercatat" : LABELS.getOrDefault(code, code);
  }
}
