package id.intervensi.history;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import id.intervensi.history.Entry.Item;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A case's history as a readable record for the paper file (OpenPDF): the home's name and the case
 * number on every page, "Halaman n dari m", when and by whom it was generated, the case, the time
 * in each stage and the timeline. Written twice: first to count the pages, then to the answer.
 * Standard PDF fonts (Windows-1252), so arrows are written as "->".
 */
final class CaseHistoryPdf {

  /** Who the record is for and who made it. */
  record Heading(String homeName, String generatedBy, Instant generatedAt, ZoneId zone) {}

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
  private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
  private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
  private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

  private CaseHistoryPdf() {}

  static void write(CaseHistory history, Heading heading, OutputStream out) throws IOException {
    ByteArrayOutputStream counting = new ByteArrayOutputStream();
    int pages = render(history, heading, counting, 0);
    render(history, heading, out, pages);
  }

  /** Renders the record; returns its number of pages. */
  private static int render(CaseHistory history, Heading heading, OutputStream out, int pages)
      throws IOException {
    Document document = new Document(PageSize.A4, 40, 40, 70, 55);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setCloseStream(false);
      writer.setPageEvent(new Margins(history.caseNumber(), heading, pages));
      document.addTitle("Riwayat kasus " + history.caseNumber());
      document.addCreator("Intervensi");
      document.open();
      document.add(new Paragraph("Riwayat Kasus " + history.caseNumber(), TITLE));
      document.add(new Paragraph(heading.homeName(), BOLD));
      document.add(
          new Paragraph(
              "Dibuat "
                  + Values.time(heading.generatedAt(), heading.zone())
                  + " ("
                  + heading.zone().getId()
                  + ") oleh "
                  + heading.generatedBy(),
              SMALL));
      document.add(summary(history, heading.zone()));
      document.add(section("Waktu per tahap"));
      document.add(stages(history, heading.zone()));
      document.add(section("Linimasa"));
      document.add(timeline(history, heading.zone()));
      int written = writer.getPageNumber();
      document.close();
      return written;
    } catch (DocumentException e) {
      throw new IOException("PDF riwayat kasus " + history.caseNumber() + " gagal dibuat", e);
    }
  }

  private static Paragraph section(String title) {
    Paragraph p = new Paragraph(title, BOLD);
    p.setSpacingBefore(12);
    p.setSpacingAfter(4);
    return p;
  }

  private static PdfPTable summary(CaseHistory h, ZoneId zone) {
    PdfPTable table = new PdfPTable(new float[] {1.3f, 3f});
    table.setWidthPercentage(100);
    table.setSpacingBefore(10);
    pair(table, "Nomor kasus", h.caseNumber());
    pair(table, "Klien", h.clientName());
    pair(table, "Status", h.statusLabel() + (h.closedAt() == null ? " · " + h.stageLabel() : ""));
    pair(table, "Dibuka", Values.time(h.openedAt(), zone) + " oleh " + orDash(h.openedBy()));
    pair(table, "Berakhir", h.closedAt() == null ? "-" : Values.time(h.closedAt(), zone));
    pair(
        table,
        "Alasan berakhir",
        orDash(h.closureReasonLabel())
            + (h.exitReasonLabel() == null ? "" : " · klien keluar: " + h.exitReasonLabel()));
    pair(table, "Pekerja sosial pendamping", orDash(h.assignedWorker()));
    pair(table, "Versi proses", orDash(h.processVersion()));
    return table;
  }

  private static PdfPTable stages(CaseHistory h, ZoneId zone) {
    PdfPTable table = new PdfPTable(new float[] {2.2f, 1.6f, 1.6f, 1.2f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    header(table, "Tahap", "Mulai", "Selesai", "Lama");
    for (StageTimes.Visit visit : h.stageTimes().visits()) {
      cells(
          table,
          visit.label(),
          Values.time(visit.from(), zone),
          visit.to() == null ? "masih berjalan" : Values.time(visit.to(), zone),
          visit.duration());
    }
    return table;
  }

  private static PdfPTable timeline(CaseHistory h, ZoneId zone) {
    PdfPTable table = new PdfPTable(new float[] {1.25f, 2.6f, 0.9f, 3.2f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    header(table, "Waktu", "Peristiwa", "Oleh", "Rincian");
    for (Entry entry : h.entries()) {
      List<String> lines = new ArrayList<>();
      if (entry.detail() != null) {
        lines.add(entry.detail());
      }
      for (Item item : entry.items()) {
        lines.add(
            item.name()
                + ": "
                + (item.before() == null ? "" : item.before() + " -> ")
                + orDash(item.after()));
      }
      cells(
          table,
          Values.time(entry.at(), zone),
          entry.kindLabel() + ": " + entry.title(),
          orDash(entry.actor()),
          String.join("\n", lines));
    }
    return table;
  }

  private static void pair(PdfPTable table, String name, String value) {
    table.addCell(cell(name, BOLD));
    table.addCell(cell(orDash(value), TEXT));
  }

  private static void header(PdfPTable table, String... titles) {
    for (String title : titles) {
      PdfPCell cell = cell(title, BOLD);
      cell.setGrayFill(0.9f);
      table.addCell(cell);
    }
  }

  private static void cells(PdfPTable table, String... texts) {
    for (String text : texts) {
      table.addCell(cell(text, SMALL));
    }
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
    cell.setPadding(3);
    return cell;
  }

  private static String orDash(String text) {
    return text == null || text.isBlank() ? "-" : text;
  }

  /** The home and case above, who generated it and the page number below, on every page. */
  private static final class Margins extends PdfPageEventHelper {

    private final String caseNumber;
    private final Heading heading;
    private final int pages;

    Margins(String caseNumber, Heading heading, int pages) {
      this.caseNumber = caseNumber;
      this.heading = heading;
      this.pages = pages;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      Rectangle page = document.getPageSize();
      float left = document.left();
      float right = document.right();
      float top = page.getHeight() - 40;
      ColumnText.showTextAligned(
          canvas, Element.ALIGN_LEFT, new Phrase(heading.homeName(), SMALL), left, top, 0);
      ColumnText.showTextAligned(
          canvas,
          Element.ALIGN_RIGHT,
          new Phrase("Riwayat kasus " + caseNumber, SMALL),
          right,
          top,
          0);
      canvas.moveTo(left, top - 5);
      canvas.lineTo(right, top - 5);
      canvas.setLineWidth(0.5f);
      canvas.stroke();
      String number = "Halaman " + writer.getPageNumber() + (pages > 0 ? " dari " + pages : "");
      ColumnText.showTextAligned(
          canvas,
          Element.ALIGN_LEFT,
          new Phrase(
              new Chunk(
                  "Dibuat "
                      + Values.time(heading.generatedAt(), heading.zone())
                      + " oleh "
                      + heading.generatedBy(),
                  SMALL)),
          left,
          30,
          0);
      ColumnText.showTextAligned(
          canvas, Element.ALIGN_RIGHT, new Phrase(number, SMALL), right, 30, 0);
    }
  }
}
