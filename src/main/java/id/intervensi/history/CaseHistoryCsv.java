package id.intervensi.history;

import id.intervensi.history.Entry.Item;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import org.apache.commons.csv.CSVPrinter;

/**
 * A case's timeline as CSV: one line per value of an event (an event without values has one line),
 * so that a spreadsheet can filter the changes of one variable.
 */
final class CaseHistoryCsv {

  static final String[] HEADERS = {
    "nomor_kasus",
    "waktu",
    "jenis",
    "peristiwa",
    "oleh",
    "keterangan",
    "data",
    "nilai_lama",
    "nilai_baru"
  };

  private CaseHistoryCsv() {}

  static void write(CaseHistory history, ZoneId zone, OutputStream out) throws IOException {
    CSVPrinter csv = CsvCells.printer(out, HEADERS);
    for (Entry entry : history.entries()) {
      String at = Values.time(entry.at(), zone);
      if (entry.items().isEmpty()) {
        row(csv, history, at, entry, null);
      }
      for (Item item : entry.items()) {
        row(csv, history, at, entry, item);
      }
    }
    csv.flush();
  }

  private static void row(CSVPrinter csv, CaseHistory history, String at, Entry entry, Item item)
      throws IOException {
    csv.printRecord(
        CsvCells.cell(history.caseNumber()),
        at,
        CsvCells.cell(entry.kindLabel()),
        CsvCells.cell(entry.title()),
        CsvCells.cell(entry.actor()),
        CsvCells.cell(entry.detail()),
        CsvCells.cell(item == null ? null : item.name()),
        CsvCells.cell(item == null ? null : item.before()),
        CsvCells.cell(item == null ? null : item.after()));
  }
}
