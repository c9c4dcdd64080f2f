package id.intervensi.forms;

import java.util.regex.Pattern;

/**
 * Text users type is plain text, in a form field or anywhere else (case notes, comments, profiles):
 * markup would be a script waiting for the first screen, export or report that renders it as HTML.
 * Request fields of the app's API say so with {@link NoMarkup}.
 */
public final class PlainText {

  /** The refusal, in Bahasa Indonesia, after the field's name. */
  public static final String MESSAGE =
      "tidak boleh berisi tag HTML atau skrip (misalnya <script>); tulis teks biasa";

  /** An e-mail address as the forms accept it. */
  public static final Pattern EMAIL = Pattern.compile("^[\\w.+-]+@([\\w-]+\\.)+[\\w-]{2,}$");

  /**
   * What a browser reads as the start of a tag or comment: "<b", "</", "<!", "<?". A "<" followed
   * by a space or a digit ("usia < 60", "nilai < sepuluh") is plain text.
   */
  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z!/?]");

  private PlainText() {}

  public static boolean hasMarkup(String text) {
    return text != null && MARKUP.matcher(text).find();
  }
}
