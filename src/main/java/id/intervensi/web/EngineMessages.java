package id.intervensi.web;

import java.util.regex.Pattern;

/**
 * The engine's English refusals, said in Bahasa Indonesia first: the ones a user provokes with a
 * known sentence of their own, the others by what their status means. The engine's sentence follows
 * in brackets, for administrators and for Camunda's documentation.
 */
final class EngineMessages {

  private static final Pattern UNPAGED =
      Pattern.compile(
          "^(An unbound number of results is forbidden|Max results limit of \\d+ exceeded)!?$");

  private EngineMessages() {}

  /**
   * @param queryLimit the most rows one query may ask for (query-max-results-limit)
   */
  static String inIndonesian(int status, String english, int queryLimit) {
    String original = english == null ? "" : english.strip();
    if (UNPAGED.matcher(original).matches()) {
      return "Daftar ini diminta per halaman: sertakan maxResults, paling banyak "
          + queryLimit
          + " baris per permintaan, dan firstResult untuk halaman berikutnya ("
          + original
          + ").";
    }
    return byStatus(status) + (original.isEmpty() ? "." : " (" + original + ").");
  }

  private static String byStatus(int status) {
    return switch (status) {
      case 400 -> "Permintaan tidak valid";
      case 403 -> RestErrorMessages.NOT_AUTHORIZED;
      case 404 -> RestErrorMessages.NOT_FOUND;
      case 409 -> "Data ini baru saja diubah oleh orang lain; muat ulang lalu coba lagi";
      default ->
          status >= 500
              ? "Mesin proses tidak dapat menjalankan permintaan ini"
              : "Permintaan tidak dapat diproses";
    };
  }
}
