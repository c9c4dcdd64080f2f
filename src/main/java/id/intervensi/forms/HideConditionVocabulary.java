package id.intervensi.forms;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a form field's hide condition ({@code conditional.hide}, FEEL) may say, since the server
 * evaluates it ({@link HideConditions}): field keys, text, numbers, true/false/null, comparisons,
 * {@code and}/{@code or}/{@code not(...)} and {@code is defined(...)}. Nothing that defines a
 * function or reaches Java ({@code function ... external}). Checked when a form is deployed and
 * again before a condition is first evaluated ({@link HideConditions} keeps the verdict). See
 * docs/expression-vocabulary.md.
 */
public final class HideConditionVocabulary {

  private static final Pattern ALLOWED_CHARACTERS =
      Pattern.compile("[\\p{L}\\p{N}_ .=!<>()+\\-*/,\\s]*");
  private static final Pattern CALL = Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_]*)\\s*\\(");
  private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
  private static final Set<String> FUNCTIONS = Set.of("not", "defined");
  private static final Set<String> FORBIDDEN_WORDS =
      Set.of("function", "external", "for", "some", "every", "instance");

  private HideConditionVocabulary() {}

  /** Why the condition is outside the vocabulary, in Bahasa Indonesia; empty when it is fine. */
  public static Optional<String> problemIn(String condition) {
    if (condition == null || condition.isBlank()) {
      return Optional.empty();
    }
    String code = withoutStrings(condition.startsWith("=") ? condition.substring(1) : condition);
    if (code == null) {
      return Optional.of("teks dalam tanda kutip tidak ditutup.");
    }
    if (!ALLOWED_CHARACTERS.matcher(code).matches()) {
      return Optional.of(
          "memakai tanda yang tidak diizinkan (hanya kunci field, teks, angka, perbandingan, and/or/not).");
    }
    Matcher word = WORD.matcher(code);
    while (word.find()) {
      if (FORBIDDEN_WORDS.contains(word.group())) {
        return Optional.of(
            "memakai '" + word.group() + "', yang tidak diizinkan dalam kondisi sembunyi.");
      }
    }
    Matcher call = CALL.matcher(code);
    while (call.find()) {
      if (!FUNCTIONS.contains(call.group(1))) {
        return Optional.of(
            "memanggil fungsi '"
                + call.group(1)
                + "'; hanya not(...) dan is defined(...) yang diizinkan.");
      }
    }
    return Optional.empty();
  }

  /** The FEEL text with every "string" blanked, or null when a string is not closed. */
  private static String withoutStrings(String feel) {
    StringBuilder out = new StringBuilder(feel.length());
    boolean inString = false;
    for (int i = 0; i < feel.length(); i++) {
      char c = feel.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          out.append(' ');
        }
      } else if (c == '"') {
        inString = true;
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return inString ? null : out.toString();
  }
}
