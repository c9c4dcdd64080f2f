package id.intervensi.casefile;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a home's list of residents as spreadsheets in Indonesia save it (docs/client-registry.md):
 * UTF-8 (with or without BOM) or Windows-1252, comma, semicolon (Excel with Indonesian settings) or
 * tab between columns, column names in Bahasa Indonesia with common variants, dates day first
 * (12/03/1950, 12-03-1950, 12.03.1950, 12 Maret 1950, 1950-03-12, or a spreadsheet's day number).
 */
final class ClientCsv {

  /** A row: its line in the file and its values by column. */
  record Row(long line, Map<String, String> values) {
    String get(String column) {
      String value = values.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  /** The file read: its rows, or why it cannot be read at all. */
  record Sheet(List<Row> rows, String encoding, char delimiter) {}

  static final String NIK = "nik";
  static final String NAME = "nama";
  static final String BIRTH_DATE = "tanggal_lahir";
  static final String BIRTH_YEAR = "tahun_lahir_perkiraan";
  static final String SEX = "jenis_kelamin";
  static final String ADDRESS = "alamat";
  static final String NIK_MISSING_REASON = "alasan_tanpa_nik";
  static final String FAMILY_NAME = "keluarga_nama";
  static final String FAMILY_RELATION = "keluarga_hubungan";
  static final String FAMILY_PHONE = "keluarga_telepon";
  static final String STAGE = "tahap";

  static final List<String> COLUMNS =
      List.of(
          NIK,
          NAME,
          BIRTH_DATE,
          BIRTH_YEAR,
          SEX,
          ADDRESS,
          NIK_MISSING_REASON,
          FAMILY_NAME,
          FAMILY_RELATION,
          FAMILY_PHONE,
          STAGE);

  /** Column names as people write them, to the documented ones. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("no_nik", NIK),
          Map.entry("nomor_induk_kependudukan", NIK),
          Map.entry("nama_lengkap", NAME),
          Map.entry("nama_klien", NAME),
          Map.entry("tgl_lahir", BIRTH_DATE),
          Map.entry("tanggal_lahir", BIRTH_DATE),
          Map.entry("perkiraan_tahun_lahir", BIRTH_YEAR),
          Map.entry("tahun_lahir", BIRTH_YEAR),
          Map.entry("jk", SEX),
          Map.entry("l_p", SEX),
          Map.entry("kelamin", SEX),
          Map.entry("alamat_terakhir", ADDRESS),
          Map.entry("nama_keluarga", FAMILY_NAME),
          Map.entry("penanggung_jawab", FAMILY_NAME),
          Map.entry("hubungan", FAMILY_RELATION),
          Map.entry("hubungan_keluarga", FAMILY_RELATION),
          Map.entry("telepon_keluarga", FAMILY_PHONE),
          Map.entry("no_hp_keluarga", FAMILY_PHONE),
          Map.entry("no_telepon", FAMILY_PHONE));

  private static final List<String> MONTHS =
      List.of(
          "januari",
          "februari",
          "maret",
          "april",
          "mei",
          "juni",
          "juli",
          "agustus",
          "september",
          "oktober",
          "november",
          "desember");

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})$");
  private static final Pattern DAY_MONTHNAME_YEAR =
      Pattern.compile("^(\\d{1,2})[ \\-]([A-Za-z]+)[ \\-](\\d{4})$");

  private ClientCsv() {}

  static Sheet read(byte[] file) {
    String encoding = "UTF-8";
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(file))
              .toString();
    } catch (CharacterCodingException e) {
      // Excel on Windows saves "CSV" in the system code page
      encoding = "windows-1252";
      text = new String(file, Charset.forName(encoding));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    char delimiter = delimiter(text);
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get()
            .parse(new StringReader(text))) {
      List<String> header = parser.getHeaderNames().stream().map(ClientCsv::column).toList();
      for (CSVRecord record : parser) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
          values.put(header.get(i), record.get(i));
        }
        if (values.values().stream().allMatch(String::isBlank)) {
          continue;
        }
        // line of the row in the file: the header is line 1
        rows.add(new Row(record.getRecordNumber() + 1, values));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Sheet(rows, encoding, delimiter);
  }

  /** The documented column a header names, or the header itself in the same form. */
  static String column(String header) {
    String name =
        header
            .strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "_")
            .replaceAll("^_|_$", "");
    return ALIASES.getOrDefault(name, name);
  }

  private static char delimiter(String text) {
    String header = text.lines().findFirst().orElse("");
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    long tabs = header.chars().filter(c -> c == '\t').count();
    if (tabs > semicolons && tabs > commas) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  /** A date as Indonesians write it, day first; empty if it is none. */
  static Optional<LocalDate> date(String text, int thisYear) {
    String value = text.strip();
    Matcher numeric = DAY_MONTH_YEAR.matcher(value);
    try {
      if (numeric.matches()) {
        int year = Integer.parseInt(numeric.group(3));
        if (numeric.group(3).length() == 2) {
          year += year + 2000 > thisYear ? 1900 : 2000;
        }
        return Optional.of(
            LocalDate.of(
                year, Integer.parseInt(numeric.group(2)), Integer.parseInt(numeric.group(1))));
      }
      Matcher named = DAY_MONTHNAME_YEAR.matcher(value);
      if (named.matches()) {
        int month = month(named.group(2));
        if (month == 0) {
          return Optional.empty();
        }
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(named.group(3)), month, Integer.parseInt(named.group(1))));
      }
      if (value.matches("^\\d{4}-\\d{2}-\\d{2}$")) {
        return Optional.of(
            LocalDate.parse(
                value,
                DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT)));
      }
      if (value.matches("^\\d{4,5}$")) {
        // a spreadsheet's day number (days since 30 December 1899)
        return Optional.of(LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(value)));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int month(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.size(); i++) {
      // full names and the usual three letters (Agu/Agt for Agustus, Des)
      if (MONTHS.get(i).equals(lower)
          || (lower.length() >= 3 && MONTHS.get(i).startsWith(lower))
          || ("agt".equals(lower) && i == 7)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** F, M, or null if the text is no sex code Indonesians use. */
  static String sex(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "p", "pr", "perempuan", "wanita", "f" -> Nik.FEMALE;
      case "l", "lk", "laki-laki", "laki laki", "pria", "m" -> Nik.MALE;
      default -> null;
    };
  }
}
