package id.intervensi.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JUEL expressions (${...}, #{...}) in a model's text, for {@link JuelVocabulary} to
 * read, and the bean a delegate expression that is nothing but {@code ${name}} names.
 */
final class ExpressionReferences {

  private static final Pattern START = Pattern.compile("[$#]\\{");
  private static final Pattern BARE =
      Pattern.compile("\\s*[$#]\\{\\s*([A-Za-z_$][\\w$]*)\\s*}\\s*");

  private ExpressionReferences() {}

  /** The bodies of the expressions in a text ("a ${x} b #{y.z()}" gives "x", "y.z()"). */
  static List<String> expressionsIn(String text) {
    List<String> bodies = new ArrayList<>();
    Matcher start = START.matcher(text);
    int from = 0;
    while (from < text.length() && start.find(from)) {
      int end = closingBrace(text, start.end());
      if (end < 0) {
        break;
      }
      bodies.add(text.substring(start.end(), end));
      from = end + 1;
    }
    return bodies;
  }

  /** "x" for a delegate expression that is exactly ${x}. */
  static Optional<String> bareName(String text) {
    Matcher matcher = BARE.matcher(text);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static int closingBrace(String text, int from) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }
}
