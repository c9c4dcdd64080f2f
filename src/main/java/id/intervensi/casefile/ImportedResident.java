package id.intervensi.casefile;

import id.intervensi.forms.PlainText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One row of a home's list of residents, checked by the rules of the start form (NIK and what it
 * encodes, a plausible birth date or estimated year, sex, address, a family phone number): the
 * client it describes, or the reasons it cannot be taken, in Bahasa Indonesia.
 */
record ImportedResident(Client client, List<String> problems, String importKey) {

  private static final Pattern PHONE = Pattern.compile("^(\\+62|0)[1-9][0-9]{6,12}$");

  static ImportedResident of(ClientCsv.Row row, LocalDate today) {
    List<String> problems = new ArrayList<>();
    String name = text(row, ClientCsv.NAME, 200, "nama", problems);
    if (name == null) {
      problems.add("«nama» wajib diisi.");
    } else if (name.length() < 2) {
      problems.add("«nama» paling sedikit 2 huruf.");
    }
    String sex = null;
    if (row.get(ClientCsv.SEX) == null) {
      problems.add("«jenis_kelamin» wajib diisi (L atau P).");
    } else {
      sex = ClientCsv.sex(row.get(ClientCsv.SEX));
      if (sex == null) {
        problems.add(
            "«jenis_kelamin» \"" + row.get(ClientCsv.SEX) + "\" tidak dikenal; isi L atau P.");
      }
    }
    LocalDate birthDate = null;
    Integer birthYear = null;
    if (row.get(ClientCsv.BIRTH_DATE) != null) {
      birthDate = ClientCsv.date(row.get(ClientCsv.BIRTH_DATE), today.getYear()).orElse(null);
      if (birthDate == null) {
        problems.add(
            "«tanggal_lahir» \""
                + row.get(ClientCsv.BIRTH_DATE)
                + "\" tidak terbaca; tulis hari dulu, misalnya 12/03/1950.");
      } else if (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(130))) {
        problems.add("«tanggal_lahir» " + birthDate + " tidak masuk akal.");
        birthDate = null;
      }
    } else if (row.get(ClientCsv.BIRTH_YEAR) != null) {
      try {
        birthYear = Integer.parseInt(row.get(ClientCsv.BIRTH_YEAR));
        if (birthYear > today.getYear() || birthYear < today.getYear() - 130) {
          problems.add("«tahun_lahir_perkiraan» " + birthYear + " tidak masuk akal.");
        }
      } catch (NumberFormatException e) {
        problems.add("«tahun_lahir_perkiraan» harus berupa tahun, misalnya 1950.");
      }
    } else {
      problems.add("«tanggal_lahir» atau «tahun_lahir_perkiraan» wajib diisi.");
    }
    String nik = row.get(ClientCsv.NIK);
    String nikMissingReason = null;
    if (nik != null) {
      nik = nik.replaceAll("[\\s'.]", "");
      List<String> nikProblems = Nik.problems(nik);
      problems.addAll(nikProblems);
      if (nikProblems.isEmpty()) {
        problems.addAll(Nik.disagreements(nik, birthDate, birthYear, sex));
      }
    } else {
      nikMissingReason = nikMissingReason(row.get(ClientCsv.NIK_MISSING_REASON));
      if (nikMissingReason == null) {
        problems.add(
            "«alasan_tanpa_nik» wajib diisi bila NIK kosong: tidak membawa dokumen, belum"
                + " terdaftar, identitas tidak diketahui, atau lainnya.");
      }
    }
    String address = text(row, ClientCsv.ADDRESS, 500, "alamat", problems);
    if (address == null) {
      problems.add("«alamat» wajib diisi.");
    }
    String familyName = text(row, ClientCsv.FAMILY_NAME, 200, "keluarga_nama", problems);
    String familyRelation =
        text(row, ClientCsv.FAMILY_RELATION, 100, "keluarga_hubungan", problems);
    String phone = row.get(ClientCsv.FAMILY_PHONE);
    if (phone != null) {
      phone = phone.replaceAll("[\\s\\-()']", "");
      if (!PHONE.matcher(phone).matches()) {
        problems.add("«keluarga_telepon» bukan nomor telepon Indonesia (mulai 0 atau +62).");
      }
    }
    Client client =
        new Client(
            null,
            nik,
            name,
            birthDate,
            sex,
            address,
            familyName,
            familyRelation,
            phone,
            birthYear,
            nikMissingReason);
    return new ImportedResident(client, problems, problems.isEmpty() ? key(client) : null);
  }

  private static String text(
      ClientCsv.Row row, String column, int maxLength, String label, List<String> problems) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    if (value.length() > maxLength) {
      problems.add("«" + label + "» paling banyak " + maxLength + " karakter.");
    }
    if (PlainText.hasMarkup(value)) {
      problems.add("«" + label + "» tidak boleh berisi tag HTML atau skrip; tulis teks biasa.");
    }
    return value;
  }

  private static String nikMissingReason(String text) {
    if (text == null) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (NikMissingReason reason : NikMissingReason.values()) {
      if (reason.name().equalsIgnoreCase(text.strip())) {
        return reason.name();
      }
    }
    if (lower.contains("dokumen") || lower.contains("ktp") || lower.contains("membawa")) {
      return NikMissingReason.NO_DOCUMENTS.name();
    }
    if (lower.contains("belum terdaftar") || lower.contains("dukcapil")) {
      return NikMissingReason.NOT_REGISTERED.name();
    }
    if (lower.contains("tidak diketahui")
        || lower.contains("polisi")
        || lower.contains("rumah sakit")) {
      return NikMissingReason.IDENTITY_UNKNOWN.name();
    }
    return lower.contains("lain") ? NikMissingReason.OTHER.name() : null;
  }

  /**
   * What identifies a row of a list whatever its NIK: name, birth, sex and address, written alike,
   * so that importing the same file again creates nobody twice.
   */
  static String key(Client client) {
    String row =
        String.join(
            "|",
            NameVariants.key(client.fullName()),
            String.valueOf(
                client.birthDate() != null ? client.birthDate() : client.birthYearEstimate()),
            client.sex(),
            client.address().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(row.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
