package id.intervensi.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.stereotype.Component;

/**
 * The validation rules of a Camunda Form (form-js schema), applied on the server to the values a
 * task or start form is completed with: required, length, pattern, number range, option lists,
 * dates, booleans, dynamic lists and groups. Hidden, read-only and disabled fields are skipped, as
 * form-js does. Messages are in Bahasa Indonesia and name the field by its label.
 */
@Component
public class FormRules {

  private static final Pattern EMAIL = PlainText.EMAIL;
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{5,19}$");

  private static final Set<String> DISPLAY_ONLY =
      Set.of(
          "text",
          "html",
          "image",
          "separator",
          "spacer",
          "button",
          "iframe",
          "table",
          "expression",
          "default");

  private final HideConditions hideConditions;

  public FormRules(HideConditions hideConditions) {
    this.hideConditions = hideConditions;
  }

  /** All violations of the form's rules, empty when the values are valid. */
  public List<String> check(JsonNode schema, FieldValues values) {
    List<String> violations = new ArrayList<>();
    checkComponents(schema.path("components"), values, "", violations);
    return violations;
  }

  private void checkComponents(
      JsonNode components, FieldValues values, String prefix, List<String> violations) {
    for (JsonNode component : components) {
      checkComponent(component, values, prefix, violations);
    }
  }

  private void checkComponent(
      JsonNode c, FieldValues values, String prefix, List<String> violations) {
    String type = c.path("type").asText();
    if (DISPLAY_ONLY.contains(type) || isHidden(c, values)) {
      return;
    }
    String label = prefix + "«" + label(c) + "»";
    switch (type) {
      case "group" -> checkGroup(c, values, prefix, label, violations);
      case "dynamiclist" -> checkDynamicList(c, values, label, violations);
      default -> {
        if (c.hasNonNull("key") && !isReadOnly(c)) {
          checkField(c, type, values.get(c.get("key").asText()), label, violations);
        }
      }
    }
  }

  private void checkGroup(
      JsonNode c, FieldValues values, String prefix, String label, List<String> violations) {
    String path = c.path("path").asText("");
    if (path.isEmpty()) {
      checkComponents(c.path("components"), values, prefix, violations);
      return;
    }
    Object nested = values.get(path);
    if (nested == null) {
      checkComponents(c.path("components"), values.nested(Map.of()), prefix, violations);
    } else if (nested instanceof Map<?, ?> map) {
      checkComponents(c.path("components"), values.nested(map), prefix, violations);
    } else {
      violations.add(label + " harus berupa objek.");
    }
  }

  private void checkDynamicList(
      JsonNode c, FieldValues values, String label, List<String> violations) {
    Object value = values.get(c.path("path").asText());
    if (value == null) {
      return;
    }
    if (!(value instanceof List<?> items)) {
      violations.add(label + " harus berupa daftar.");
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Map<?, ?> item) {
        checkComponents(
            c.path("components"),
            values.nested(item),
            label + " baris " + (i + 1) + ": ",
            violations);
      } else {
        violations.add(label + " baris " + (i + 1) + " harus berupa objek.");
      }
    }
  }

  private void checkField(
      JsonNode c, String type, Object value, String label, List<String> violations) {
    JsonNode validate = c.path("validate");
    if (isEmpty(value)) {
      if (validate.path("required").asBoolean(false)) {
        violations.add(label + " wajib diisi.");
      }
      return;
    }
    switch (type) {
      case "textfield", "textarea" -> checkText(validate, value, label, c, violations);
      case "number" -> checkNumber(c, validate, value, label, violations);
      case "datetime" -> checkDate(c, value, label, violations);
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          violations.add(label + " harus bernilai ya atau tidak (boolean).");
        }
      }
      case "radio", "select" -> checkOption(c, value, label, violations);
      case "checklist", "taglist" -> checkOptions(c, value, label, violations);
      default -> {}
    }
  }

  private void checkText(
      JsonNode validate, Object value, String label, JsonNode c, List<String> violations) {
    if (!(value instanceof String text)) {
      violations.add(label + " harus berupa teks.");
      return;
    }
    if (PlainText.hasMarkup(text)) {
      violations.add(label + " " + PlainText.MESSAGE + ".");
    }
    if (validate.has("minLength") && text.length() < validate.get("minLength").asInt()) {
      violations.add(label + " minimal " + validate.get("minLength").asInt() + " karakter.");
    }
    if (validate.has("maxLength") && text.length() > validate.get("maxLength").asInt()) {
      violations.add(label + " maksimal " + validate.get("maxLength").asInt() + " karakter.");
    }
    String pattern = validate.path("pattern").asText("");
    if (!pattern.isEmpty() && !matches(pattern, text)) {
      String hint = c.path("description").asText("");
      violations.add(
          label
              + " tidak sesuai format yang diminta"
              + (hint.isEmpty() ? "." : " (" + hint + ")."));
    }
    String validationType = validate.path("validationType").asText("");
    if ("email".equals(validationType) && !EMAIL.matcher(text).matches()) {
      violations.add(label + " harus berupa alamat email yang valid.");
    }
    if ("phone".equals(validationType) && !PHONE.matcher(text).matches()) {
      violations.add(label + " harus berupa nomor telepon yang valid.");
    }
  }

  /** form-js tests the pattern unanchored (RegExp.test), so does the server. */
  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return true;
    }
  }

  private void checkNumber(
      JsonNode c, JsonNode validate, Object value, String label, List<String> violations) {
    if (!(value instanceof Number number) || Double.isNaN(number.doubleValue())) {
      violations.add(label + " harus berupa angka.");
      return;
    }
    double d = number.doubleValue();
    if (c.has("decimalDigits") && c.get("decimalDigits").asInt() == 0 && d != Math.rint(d)) {
      violations.add(label + " harus berupa bilangan bulat.");
    }
    boolean hasMin = validate.has("min");
    boolean hasMax = validate.has("max");
    if ((hasMin && d < validate.get("min").asDouble())
        || (hasMax && d > validate.get("max").asDouble())) {
      if (hasMin && hasMax) {
        violations.add(
            label
                + " harus antara "
                + plain(validate.get("min"))
                + " dan "
                + plain(validate.get("max"))
                + ".");
      } else if (hasMin) {
        violations.add(label + " minimal " + plain(validate.get("min")) + ".");
      } else {
        violations.add(label + " maksimal " + plain(validate.get("max")) + ".");
      }
    }
  }

  private void checkDate(JsonNode c, Object value, String label, List<String> violations) {
    if (value instanceof Date) {
      return;
    }
    String subtype = c.path("subtype").asText("date");
    if (!(value instanceof String text)) {
      violations.add(label + " harus berupa tanggal.");
      return;
    }
    if ("date".equals(subtype)) {
      try {
        LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        violations.add(label + " harus berupa tanggal dengan format TTTT-BB-HH.");
      }
    }
  }

  private void checkOption(JsonNode c, Object value, String label, List<String> violations) {
    Set<String> allowed = optionValues(c);
    if (!allowed.isEmpty() && !allowed.contains(String.valueOf(value))) {
      violations.add(label + ": nilai \"" + abbreviate(value) + "\" tidak ada dalam pilihan.");
    }
  }

  private void checkOptions(JsonNode c, Object value, String label, List<String> violations) {
    if (!(value instanceof List<?> chosen)) {
      violations.add(label + " harus berupa daftar pilihan.");
      return;
    }
    Set<String> allowed = optionValues(c);
    for (Object option : chosen) {
      if (!allowed.isEmpty() && !allowed.contains(String.valueOf(option))) {
        violations.add(label + ": nilai \"" + abbreviate(option) + "\" tidak ada dalam pilihan.");
      }
    }
  }

  private static Set<String> optionValues(JsonNode c) {
    Set<String> allowed = new HashSet<>();
    c.path("values").forEach(v -> allowed.add(v.path("value").asText()));
    return allowed;
  }

  private boolean isHidden(JsonNode c, FieldValues values) {
    return hideConditions.isHidden(c.path("conditional").path("hide").asText(null), values);
  }

  private static boolean isReadOnly(JsonNode c) {
    return c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false);
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof String s && s.isEmpty())
        || (value instanceof List<?> l && l.isEmpty());
  }

  private static String label(JsonNode c) {
    String label = c.path("label").asText(c.path("dateLabel").asText(""));
    return label.isEmpty() ? c.path("key").asText(c.path("path").asText("?")) : label;
  }

  private static String plain(JsonNode number) {
    return number.isIntegralNumber() || number.asDouble() == Math.rint(number.asDouble())
        ? String.valueOf(number.asLong())
        : number.asText();
  }

  private static String abbreviate(Object value) {
    String s = String.valueOf(value);
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
