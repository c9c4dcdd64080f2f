package id.intervensi.history;

import id.intervensi.casefile.CaseStage;
import id.intervensi.refusal.Refusal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a case search asks for; every part optional.
 *
 * @param caseNumber the start of the case number
 * @param clientName part of the client's name
 * @param worker a social worker who is or was the case's own worker
 * @param stage the stage the case is in (or was in when it closed), a CaseStage name
 * @param status OPEN or CLOSED
 * @param from first day of the period the case ran in (inclusive, the home's calendar)
 * @param to last day of that period (inclusive)
 * @param reason why the case ended: a closure reason or a client's exit reason
 */
record SearchCriteria(
    String caseNumber,
    String clientName,
    String worker,
    String stage,
    String status,
    LocalDate from,
    LocalDate to,
    String reason) {

  static SearchCriteria parse(
      String caseNumber,
      String clientName,
      String worker,
      String stage,
      String status,
      String from,
      String to,
      String reason) {
    SearchCriteria criteria =
        new SearchCriteria(
            blankToNull(caseNumber),
            blankToNull(clientName),
            blankToNull(worker),
            upper(stage),
            upper(status),
            day(from, "from"),
            day(to, "to"),
            upper(reason));
    if (criteria.stage != null
        && Arrays.stream(CaseStage.values()).noneMatch(s -> s.name().equals(criteria.stage))) {
      throw Refusal.invalid(
          "Tahap tidak dikenal: "
              + criteria.stage
              + ". Pilih salah satu: "
              + String.join(", ", Arrays.stream(CaseStage.values()).map(Enum::name).toList())
              + ".");
    }
    if (criteria.status != null && !Words.STATUSES.containsKey(criteria.status)) {
      throw Refusal.invalid("Status harus OPEN atau CLOSED.");
    }
    if (criteria.reason != null && !Words.endingReasons().containsKey(criteria.reason)) {
      throw Refusal.invalid(
          "Alasan berakhir tidak dikenal: "
              + criteria.reason
              + ". Pilih salah satu: "
              + String.join(", ", Words.endingReasons().keySet())
              + ".");
    }
    if (criteria.from != null && criteria.to != null && criteria.from.isAfter(criteria.to)) {
      throw Refusal.invalid("Tanggal awal periode harus sebelum tanggal akhirnya.");
    }
    return criteria;
  }

  /** The criteria as one line of text, for the record of an export. */
  String describe() {
    List<String> parts = new ArrayList<>();
    add(parts, "nomor", caseNumber);
    add(parts, "nama", clientName);
    add(parts, "pekerja", worker);
    add(parts, "tahap", stage);
    add(parts, "status", status);
    add(parts, "dari", from == null ? null : from.toString());
    add(parts, "sampai", to == null ? null : to.toString());
    add(parts, "alasan", reason);
    String text = parts.isEmpty() ? "semua kasus" : String.join("; ", parts);
    return text.length() > 1000 ? text.substring(0, 1000) : text;
  }

  private static void add(List<String> parts, String name, String value) {
    if (value != null) {
      parts.add(name + "=" + value);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String upper(String text) {
    String plain = blankToNull(text);
    return plain == null ? null : plain.toUpperCase(Locale.ROOT);
  }

  private static LocalDate day(String text, String name) {
    String plain = blankToNull(text);
    if (plain == null) {
      return null;
    }
    try {
      return LocalDate.parse(plain);
    } catch (DateTimeParseException e) {
      throw Refusal.invalid(
          "Tanggal «" + name + "» harus berbentuk yyyy-MM-dd, misalnya 2026-12-01.");
    }
  }
}
