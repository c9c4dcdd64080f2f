package id.intervensi.casefile;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Indonesian names are written several ways: the old spelling (Soekarno, Djoko, Tjipto, Njoman,
 * Sjamsul, Chairul), doubled letters (Sitti, Nurr), Arabic-derived variants (Nur/Noor,
 * Muhamad/Muhammad/Mohammad), titles and honorifics (Hj., Mbah, Bu). The key of a name is the same
 * for such variants, so that likely duplicates in the registry are found and shown to the worker,
 * who decides.
 */
final class NameVariants {

  /** Words that say who someone is to others, not their name. */
  private static final List<String> HONORIFICS =
      List.of(
          "hj",
          "h",
          "haji",
          "hajjah",
          "mbah",
          "bu",
          "ibu",
          "pak",
          "bapak",
          "nenek",
          "kakek",
          "nyai",
          "ny",
          "tn",
          "sdr",
          "sdri",
          "almarhum",
          "alm",
          "bin",
          "binti");

  /** Whole words written several ways, to one way. */
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("mohammad", "muhammad"),
          Map.entry("mohamad", "muhammad"),
          Map.entry("muhamad", "muhammad"),
          Map.entry("mochammad", "muhammad"),
          Map.entry("mochamad", "muhammad"),
          Map.entry("moh", "muhammad"),
          Map.entry("muh", "muhammad"),
          Map.entry("m", "muhammad"),
          Map.entry("noor", "nur"));

  /** Old spelling (before 1972) and transliteration, letter groups replaced in this order. */
  private static final String[][] LETTERS = {
    {"oe", "u"},
    {"dj", "j"},
    {"tj", "c"},
    {"nj", "ny"},
    {"sj", "sy"},
    {"ch", "kh"},
    {"oo", "u"},
    {"ph", "f"},
    {"th", "t"},
    {"dh", "d"}
  };

  private NameVariants() {}

  /** The comparison key of a name: same key, likely the same name. */
  static String key(String name) {
    if (name == null) {
      return "";
    }
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\([^)]*\\)", " ")
            .replaceAll("[^a-z ]", " ");
    return Arrays.stream(plain.trim().split("\\s+"))
        .filter(word -> !word.isEmpty() && !HONORIFICS.contains(word))
        .map(NameVariants::spelling)
        .collect(Collectors.joining(" "));
  }

  private static String spelling(String word) {
    String w = WORDS.getOrDefault(word, word);
    for (String[] letters : LETTERS) {
      w = w.replace(letters[0], letters[1]);
    }
    w = WORDS.getOrDefault(w, w);
    // doubled letters (Sitti, Nurr) and a final h after a vowel (Aminah, Amina): the key only
    w = w.replaceAll("(.)\\1+", "$1");
    return w.replaceAll("([aeiou])h$", "$1");
  }

  /**
   * Whether two names are likely the same person's: the same key, or one key's words all in the
   * other (a name written with or without a family or second name).
   */
  static boolean similar(String a, String b) {
    String ka = key(a);
    String kb = key(b);
    if (ka.isEmpty() || kb.isEmpty()) {
      return false;
    }
    if (ka.equals(kb)) {
      return true;
    }
    List<String> wa = List.of(ka.split(" "));
    List<String> wb = List.of(kb.split(" "));
    return wa.containsAll(wb) || wb.containsAll(wa);
  }
}
