package id.intervensi.casefile;

import id.intervensi.forms.FormDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The national identity number (NIK) and what it encodes (docs/client-registry.md): province (2
 * digits), regency or city (2), district (2), the birth date as DDMMYY where women add 40 to the
 * day (6), a serial (4). The checks answer in Bahasa Indonesia and say which part is wrong.
 */
public final class Nik {

  private static final Pattern DIGITS = Pattern.compile("\\d{16}");

  /**
   * Province codes of the Ministry of Home Affairs (Kemendagri), Aceh 11 to Papua Barat Daya 96.
   */
  static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35",
          "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
          "81", "82", "91", "92", "93", "94", "95", "96");

  /** Sex codes of the start form. */
  public static final String FEMALE = "F";

  public static final String MALE = "M";

  private Nik() {}

  /**
   * What is wrong with the NIK on its own: its length, its region code, the birth date in digits 7
   * to 12; empty when it could be a real NIK.
   */
  public static List<String> problems(String nik) {
    List<String> problems = new ArrayList<>();
    if (nik == null || !DIGITS.matcher(nik).matches()) {
      problems.add("NIK harus terdiri dari tepat 16 digit angka.");
      return problems;
    }
    if (!PROVINCES.contains(nik.substring(0, 2))) {
      problems.add(
          "NIK tidak valid: dua digit pertama ("
              + nik.substring(0, 2)
              + ") bukan kode provinsi di Indonesia.");
    } else if ("00".equals(nik.substring(2, 4)) || "00".equals(nik.substring(4, 6))) {
      problems.add(
          "NIK tidak valid: digit ke-3 sampai ke-6 ("
              + nik.substring(2, 6)
              + ") harus berupa kode kabupaten/kota dan kecamatan, bukan 00.");
    }
    int day = Integer.parseInt(nik.substring(6, 8));
    int month = Integer.parseInt(nik.substring(8, 10));
    boolean dayValid = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
    if (!dayValid || month < 1 || month > 12) {
      problems.add(
          "NIK tidak valid: digit ke-7 sampai ke-12 ("
              + nik.substring(6, 12)
              + ") harus berupa tanggal lahir HHBBTT (perempuan: tanggal + 40).");
    }
    return problems;
  }

  /**
   * Where a NIK (valid on its own) disagrees with the birth date and sex entered with it: the day,
   * the month, the year (last two digits), or the sex (women add 40 to the day).
   *
   * @param sex {@link #FEMALE}, {@link #MALE} or null when not given
   */
  public static List<String> disagreements(String nik, LocalDate birthDate, String sex) {
    return disagreements(nik, birthDate, null, sex);
  }

  /**
   * As {@link #disagreements(String, LocalDate, String)}, for a client whose exact birth date is
   * not known: only the year (last two digits) is compared with the estimate.
   */
  public static List<String> disagreements(
      String nik, LocalDate birthDate, Integer birthYearEstimate, String sex) {
    List<String> disagreements = new ArrayList<>();
    int day = Integer.parseInt(nik.substring(6, 8));
    boolean female = day > 40;
    if (female) {
      day -= 40;
    }
    int month = Integer.parseInt(nik.substring(8, 10));
    int year = Integer.parseInt(nik.substring(10, 12));
    String encoded = nik.substring(6, 12);
    if (sex != null && female != FEMALE.equals(sex)) {
      disagreements.add(
          female
              ? "NIK ini milik seorang perempuan (tanggal pada digit ke-7 dan ke-8 ditambah 40: "
                  + nik.substring(6, 8)
                  + "), tetapi jenis kelamin yang diisi laki-laki."
              : "NIK ini milik seorang laki-laki (tanggal pada digit ke-7 dan ke-8: "
                  + nik.substring(6, 8)
                  + ", perempuan ditambah 40), tetapi jenis kelamin yang diisi perempuan.");
    }
    if (birthDate != null) {
      String entered = birthDate.format(FormDates.SHOWN);
      if (day != birthDate.getDayOfMonth()) {
        disagreements.add(
            "Tanggal lahir pada NIK (digit ke-7 dan ke-8: "
                + encoded.substring(0, 2)
                + ", yaitu tanggal "
                + day
                + ") tidak sama dengan tanggal lahir yang diisi ("
                + entered
                + ").");
      }
      if (month != birthDate.getMonthValue()) {
        disagreements.add(
            "Bulan lahir pada NIK (digit ke-9 dan ke-10: "
                + encoded.substring(2, 4)
                + ") tidak sama dengan bulan lahir yang diisi ("
                + entered
                + ").");
      }
      if (year != birthDate.getYear() % 100) {
        disagreements.add(
            "Tahun lahir pada NIK (digit ke-11 dan ke-12: "
                + encoded.substring(4, 6)
                + ") tidak sama dengan tahun lahir yang diisi ("
                + entered
                + ").");
      }
    }
    if (birthDate == null && birthYearEstimate != null && year != birthYearEstimate % 100) {
      disagreements.add(
          "Tahun lahir pada NIK (digit ke-11 dan ke-12: "
              + encoded.substring(4, 6)
              + ") tidak sama dengan perkiraan tahun lahir yang diisi ("
              + birthYearEstimate
              + ").");
    }
    return disagreements;
  }
}
