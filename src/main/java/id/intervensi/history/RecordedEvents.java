package id.intervensi.history;

import id.intervensi.casefile.CaseFile;
import id.intervensi.forms.FormDates;
import id.intervensi.history.Entry.Item;
import id.intervensi.history.Entry.Kind;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the app itself records about a case beside the engine: transfers to another social worker,
 * case notes, corrections of the client's data while the case was open, where the client lives, who
 * uploaded and downloaded the case's papers, and every export of this history.
 */
@Component
class RecordedEvents implements TimelinePart {

  private final JdbcClient jdbc;

  RecordedEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Entry> entries(CaseRecord record) {
    CaseFile caseFile = record.caseFile();
    String caseNumber = caseFile.caseNumber();
    List<Entry> entries = new ArrayList<>();
    entries.addAll(
        jdbc.sql(
                "select old_worker, new_worker, changed_at, changed_by, reason"
                    + " from case_worker_change where case_number = ? order by id")
            .param(caseNumber)
            .query(
                (rs, n) ->
                    Entry.of(
                        at(rs.getTimestamp("changed_at")),
                        Kind.WORKER_CHANGED,
                        "Pekerja sosial pendamping: " + rs.getString("new_worker"),
                        rs.getString("changed_by"),
                        rs.getString("reason"),
                        List.of(
                            new Item(
                                "pekerja sosial pendamping",
                                rs.getString("old_worker"),
                                rs.getString("new_worker")))))
            .list());
    entries.addAll(
        jdbc.sql(
                "select note_date, text, written_at, written_by from case_note"
                    + " where case_number = ? order by id")
            .param(caseNumber)
            .query(
                (rs, n) ->
                    Entry.of(
                        at(rs.getTimestamp("written_at")),
                        Kind.CASE_NOTE,
                        "Catatan kasus tanggal "
                            + rs.getObject("note_date", LocalDate.class).format(FormDates.SHOWN),
                        rs.getString("written_by"),
                        rs.getString("text")))
            .list());
    entries.addAll(
        jdbc.sql(
                "select field, old_value, new_value, changed_at, changed_by, reason"
                    + " from client_change where client_id = ? and changed_at between ? and ?"
                    + " order by id")
            .params(
                caseFile.clientId(),
                Timestamp.valueOf(caseFile.openedAt()),
                caseFile.closedAt() == null
                    ? Timestamp.from(Instant.now())
                    : Timestamp.valueOf(caseFile.closedAt()))
            .query(
                (rs, n) ->
                    Entry.of(
                        at(rs.getTimestamp("changed_at")),
                        Kind.CLIENT_CHANGED,
                        "Data klien dikoreksi: " + rs.getString("field"),
                        rs.getString("changed_by"),
                        rs.getString("reason"),
                        List.of(
                            clientChange(
                                rs.getString("field"),
                                rs.getString("old_value"),
                                rs.getString("new_value")))))
            .list());
    entries.addAll(
        jdbc.sql(
                "select entry_date, living_unit, room, recorded_at, recorded_by, reason"
                    + " from residency where case_number = ? order by id")
            .param(caseNumber)
            .query(
                (rs, n) ->
                    Entry.of(
                        at(rs.getTimestamp("recorded_at")),
                        Kind.RESIDENCY,
                        "Tempat tinggal dicatat: "
                            + rs.getString("living_unit")
                            + (rs.getString("room") == null
                                ? ""
                                : ", kamar " + rs.getString("room")),
                        rs.getString("recorded_by"),
                        "masuk "
                            + rs.getObject("entry_date", LocalDate.class).format(FormDates.SHOWN)
                            + (rs.getString("reason") == null
                                ? ""
                                : "; " + rs.getString("reason"))))
            .list());
    entries.addAll(
        jdbc.sql(
                "select d.title, d.kind, a.action, a.at, a.by_user from case_document_access a"
                    + " join case_document d on d.id = a.document_id"
                    + " where d.case_number = ? order by a.id")
            .param(caseNumber)
            .query(
                (rs, n) ->
                    Entry.of(
                        at(rs.getTimestamp("at")),
                        Kind.DOCUMENT,
                        ("UPLOAD".equals(rs.getString("action"))
                                ? "Dokumen diunggah: "
                                : "Dokumen diunduh: ")
                            + rs.getString("title"),
                        rs.getString("by_user"),
                        rs.getString("kind")))
            .list());
    entries.addAll(
        jdbc.sql(
                "select kind, exported_at, exported_by from history_export"
                    + " where case_number = ? order by id")
            .param(caseNumber)
            .query(
                (rs, n) ->
                    Entry.of(
                        at(rs.getTimestamp("exported_at")),
                        Kind.EXPORT,
                        "Riwayat kasus diekspor sebagai "
                            + (HistoryExports.CASE_PDF.equals(rs.getString("kind"))
                                ? "PDF"
                                : "CSV"),
                        rs.getString("exported_by"),
                        null))
            .list());
    return entries;
  }

  /**
   * A correction of the client's data: the name (shown anyway) with its values; identity and
   * contact details (NIK, birth, address, family) only as changed, so that they do not travel with
   * an exported history. Their values are in the client's record (GET /api/clients/{id}).
   */
  static Item clientChange(String field, String before, String after) {
    if (SHOWN_CLIENT_FIELDS.contains(field)) {
      return new Item(field, before, after);
    }
    return new Item(field, null, HIDDEN);
  }

  static final Set<String> SHOWN_CLIENT_FIELDS = Set.of("fullName");
  static final String HIDDEN = "(diubah; nilainya di data klien)";

  private static Instant at(Timestamp timestamp) {
    return timestamp.toInstant();
  }
}
