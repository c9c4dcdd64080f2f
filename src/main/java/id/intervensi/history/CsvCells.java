package id.intervensi.history;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as a home's staff open it: UTF-8 with a byte order mark (spreadsheets then read Indonesian
 * names right), and text that a spreadsheet would run as a formula kept as text.
 */
final class CsvCells {

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

  private CsvCells() {}

  static CSVPrinter printer(OutputStream out, String... headers) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(headers).get());
  }

  /** A cell: a value starting with =, +, - or @ (a formula to a spreadsheet) gets a quote mark. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = String.valueOf(value);
    if (!text.isEmpty()
        && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
        && !NUMBER.matcher(text).matches()) {
      return "'" + text;
    }
    return text;
  }
}
