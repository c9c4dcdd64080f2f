package id.intervensi.planning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The components of the ministry's rehabilitation framework ATENSI (Permensos 7/2021) a planned
 * activity belongs to, the codes of the plan form's select "Komponen ATENSI" (activities[].
 * atensiComponent), in the order the monthly report lists them. Plans drafted before the field
 * existed have no component: they are counted as {@link #UNDETERMINED}.
 */
public final class AtensiComponents {

  /** The activity field holding the component. */
  public static final String FIELD = "atensiComponent";

  /** What the report counts an activity without a (known) component as. */
  public static final String UNDETERMINED = "UNDETERMINED";

  /** Every component, in the order of the form and the report. */
  public static final Map<String, String> LABELS = labels();

  private AtensiComponents() {}

  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("DECENT_LIVING_SUPPORT", "Dukungan pemenuhan hidup layak");
    labels.put("SOCIAL_CARE", "Perawatan sosial dan/atau pengasuhan");
    labels.put("FAMILY_SUPPORT", "Dukungan keluarga");
    labels.put("THERAPY", "Terapi (fisik, psikososial, mental spiritual)");
    labels.put("VOCATIONAL_TRAINING", "Pelatihan vokasional dan/atau pembinaan kewirausahaan");
    labels.put("SOCIAL_ASSISTANCE", "Bantuan sosial");
    labels.put("ACCESSIBILITY_SUPPORT", "Dukungan aksesibilitas");
    return Collections.unmodifiableMap(labels);
  }

  /** The component's code if it is a known one, else {@link #UNDETERMINED}. */
  public static String codeOf(Object value) {
    return value instanceof String code && LABELS.containsKey(code) ? code : UNDETERMINED;
  }

  /** The report's words for a code, "Belum ditentukan" for {@link #UNDETERMINED}. */
  public static String label(String code) {
    return LABELS.getOrDefault(code, "Belum ditentukan");
  }
}
