package id.intervensi.dashboard;

import id.intervensi.planning.AtensiComponents;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monthly report as an .xlsx spreadsheet, one sheet "Laporan bulanan": the home, the month, who
 * made it and when, then its parts A-D, each a heading row and rows of a label (column A) and a
 * number (column B); part C's rows per ATENSI component add the residents served (column C). Cells
 * hold text and numbers only, never formulas: what a user typed cannot become one.
 */
final class MonthlyReportXlsx {

  static final String SHEET = "Laporan bulanan";
  static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** Who made the report and when. */
  record Heading(String home, String madeBy, Instant madeAt, ZoneId zone) {}

  private MonthlyReportXlsx() {}

  static void write(MonthlyReport.Figures figures, Heading heading, OutputStream out)
      throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet sheet = book.createSheet(SHEET);
      Rows rows = new Rows(sheet, bold);
      rows.heading("Laporan Bulanan Pelayanan Sosial Lanjut Usia");
      rows.text("Nama panti", heading.home());
      rows.text("Bulan laporan", Months.label(figures.month()));
      rows.text(
          "Dibuat",
          MADE.format(heading.madeAt().atZone(heading.zone()))
              + " ("
              + heading.zone().getId()
              + ") oleh "
              + heading.madeBy());
      rows.blank();
      rows.heading("A. Jumlah penerima manfaat (PM)");
      rows.number("PM pada awal bulan", figures.residentsAtStart());
      rows.number("PM masuk (diterima) bulan ini", figures.admissions());
      rows.number("PM keluar (terminasi) bulan ini", figures.terminations());
      rows.number("PM pada akhir bulan", figures.residentsAtEnd());
      rows.blank();
      rows.heading("B. Terminasi menurut alasan");
      for (Map.Entry<String, Long> reason : figures.reasons().entrySet()) {
        rows.number(EndingReasons.label(reason.getKey()), reason.getValue());
      }
      rows.number("Jumlah terminasi", figures.terminations());
      rows.blank();
      rows.heading("C. Layanan rehabilitasi sosial (ATENSI)");
      rows.number("Kegiatan intervensi yang dilaksanakan", figures.activitiesDelivered());
      rows.number("PM yang menerima kegiatan intervensi", figures.residentsServed());
      rows.columns("Menurut komponen ATENSI", "Kegiatan dilaksanakan", "PM dilayani");
      for (Map.Entry<String, MonthlyReport.Served> component : figures.byComponent().entrySet()) {
        rows.numbers(
            AtensiComponents.label(component.getKey()),
            component.getValue().activities(),
            component.getValue().residents());
      }
      rows.number("Asesmen keberfungsian sosial", figures.assessments());
      rows.number("Evaluasi intervensi", figures.evaluations());
      rows.blank();
      rows.heading("D. Rujukan dan permohonan masuk");
      rows.number("Kasus baru dibuka (intake)", figures.casesOpened());
      rows.number("Tidak diterima atau menolak kontrak layanan", figures.notAdmitted());
      sheet.setColumnWidth(0, 48 * 256);
      sheet.setColumnWidth(1, 40 * 256);
      sheet.setColumnWidth(2, 16 * 256);
      book.write(out);
    }
  }

  /** Appends rows to the sheet. */
  private static final class Rows {
    private final Sheet sheet;
    private final CellStyle bold;
    private int next;

    Rows(Sheet sheet, CellStyle bold) {
      this.sheet = sheet;
      this.bold = bold;
    }

    void heading(String text) {
      Row row = sheet.createRow(next++);
      row.createCell(0).setCellValue(text);
      row.getCell(0).setCellStyle(bold);
    }

    void text(String label, String value) {
      Row row = sheet.createRow(next++);
      row.createCell(0).setCellValue(label);
      row.createCell(1).setCellValue(value);
    }

    void number(String label, long value) {
      Row row = sheet.createRow(next++);
      row.createCell(0).setCellValue(label);
      row.createCell(1).setCellValue(value);
    }

    void columns(String label, String second, String third) {
      Row row = sheet.createRow(next++);
      row.createCell(0).setCellValue(label);
      row.createCell(1).setCellValue(second);
      row.createCell(2).setCellValue(third);
      row.forEach(cell -> cell.setCellStyle(bold));
    }

    void numbers(String label, long second, long third) {
      Row row = sheet.createRow(next++);
      row.createCell(0).setCellValue(label);
      row.createCell(1).setCellValue(second);
      row.createCell(2).setCellValue(third);
    }

    void blank() {
      next++;
    }
  }
}
