package id.intervensi.history;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import org.apache.commons.csv.CSVPrinter;

/** A case search as CSV, written as the rows are read (CaseSearch.each). */
final class SearchCsv {

  static final String[] HEADERS = {
    "nomor_kasus",
    "nama_klien",
    "status",
    "tahap",
    "pekerja_sosial",
    "dibuka",
    "ditutup",
    "alasan_berakhir",
    "alasan_keluar"
  };

  private SearchCsv() {}

  static void write(CaseSearch search, SearchCriteria criteria, ZoneId zone, OutputStream out)
      throws IOException {
    CSVPrinter csv = CsvCells.printer(out, HEADERS);
    try {
      search.each(
          criteria,
          row -> {
            try {
              csv.printRecord(
                  CsvCells.cell(row.caseNumber()),
                  CsvCells.cell(row.clientName()),
                  CsvCells.cell(row.statusLabel()),
                  CsvCells.cell(row.stageLabel()),
                  CsvCells.cell(row.assignedWorker()),
                  Values.time(row.openedAt(), zone),
                  row.closedAt() == null ? "" : Values.time(row.closedAt(), zone),
                  CsvCells.cell(row.closureReasonLabel()),
                  CsvCells.cell(row.exitReasonLabel()));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    csv.flush();
  }
}
