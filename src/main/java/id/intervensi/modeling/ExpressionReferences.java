package id.intervensi.modeling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JUEL expressions (${...}, #{...}) for the names they need from the app.
 *
 * <p>An identifier in an expression is either a process variable or a Spring bean, and which one
 * is decided only at run time (variables first). So only two shapes are taken as bean references:
 * an identifier that starts a member chain and is called as an object, {@code name.method(...)},
 * and a delegate expression that is nothing but {@code ${name}}. Plain {@code ${name}} and
 * {@code ${name.property}} are variables and are never flagged, nor are functions such as
 * {@code dateTime()} or {@code S(json)}.
 */
final class ExpressionReferences {

  private static final Pattern START = Pattern.compile("[$#]\\{");
  /** identifier at the start of a chain (not after '.', ')' or ']'), followed by .member( */
  private static final Pattern CALL_TARGET =
      Pattern.compile("(?<![\\w$.)\\]])([A-Za-z_$][\\w$]*)\\s*\\.\\s*[A-Za-z_$][\\w$]*\\s*\\(");
  private static final Pattern BARE = Pattern.compile("\\s*[$#]\\{\\s*([A-Za-z_$][\\w$]*)\\s*}\\s*");

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

  /** Names an expression body calls methods on: "bean.run(execution, 'a.b()')" gives "bean". */
  static Set<String> callTargets(String body) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = CALL_TARGET.matcher(withoutStrings(body));
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
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

  /** String literals blanked out, so text inside quotes is never read as a name. */
  private static String withoutStrings(String body) {
    StringBuilder out = new StringBuilder(body.length());
    char quote = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quote != 0) {
        if (c == '\\' && i + 1 < body.length()) {
          out.append("  ");
          i++;
          continue;
        }
        if (c == quote) {
          quote = 0;
          out.append(c);
        } else {
          out.append(' ');
        }
      } else {
        if (c == '\'' || c == '"') {
          quote = c;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
