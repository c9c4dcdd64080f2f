package id.intervensi.casefile;

import id.intervensi.engine.CurrentUser;
import id.intervensi.forms.FormDates;
import id.intervensi.forms.NoMarkup;
import id.intervensi.refusal.Refusal;
import id.intervensi.security.Groups;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Dated case notes, written at any time while the case is open (a phone call from the family, an
 * incident at night), by the case's social worker or a supervisor; never changed nor deleted.
 */
@Service
public class CaseNotes {

  private static final RecordRows<CaseNote> CASE_NOTE_ROWS = RecordRows.of(CaseNote.class);

  /** Who writes case notes (a worker only on the cases they work on: CaseApiAccess). */
  public static final List<String> WRITERS =
      List.of(Groups.SOCIAL_WORKERS, Groups.SUPERVISORS, Groups.ADMINS);

  /** A note as written. */
  public record CaseNote(
      long id, LocalDate noteDate, String text, LocalDateTime writtenAt, String writtenBy) {}

  /** What a user writes: the day it is about and the text. */
  public record NewCaseNote(
      @NotNull(message = "wajib diisi") LocalDate noteDate,
      @NotBlank(message = "wajib diisi")
          @Size(max = 4000, message = "maksimal 4000 karakter")
          @NoMarkup
          String text) {}

  private final JdbcClient jdbc;
  private final CaseFiles caseFiles;
  private final IdentityService identityService;
  private final HomeSettings home;

  CaseNotes(
      JdbcClient jdbc, CaseFiles caseFiles, IdentityService identityService, HomeSettings home) {
    this.jdbc = jdbc;
    this.caseFiles = caseFiles;
    this.identityService = identityService;
    this.home = home;
  }

  /** The case's notes, the newest day first. */
  public List<CaseNote> of(String caseNumber) {
    return jdbc.sql(
            "select id, note_date, text, written_at, written_by from case_note"
                + " where case_number = ? order by note_date desc, id desc")
        .param(caseNumber)
        .query(CASE_NOTE_ROWS)
        .list();
  }

  public CaseNote write(String caseNumber, NewCaseNote note) {
    String writer =
        CurrentUser.inGroups(
                identityService,
                WRITERS,
                "Catatan kasus ditulis oleh pekerja sosial kasus ini atau supervisor.")
            .getUserId();
    CaseFile caseFile =
        caseFiles
            .find(caseNumber)
            .orElseThrow(() -> Refusal.notFound("Kasus " + caseNumber + " tidak ditemukan."));
    if (caseFile.isClosed()) {
      throw Refusal.conflict("Kasus " + caseNumber + " sudah ditutup.");
    }
    LocalDate opened = caseFile.openedAt().toLocalDate();
    LocalDate today = LocalDate.now(home.zoneId());
    if (note.noteDate().isBefore(opened) || note.noteDate().isAfter(today)) {
      throw Refusal.invalid(
          "Tanggal catatan harus antara pembukaan kasus ("
              + opened.format(FormDates.SHOWN)
              + ") dan hari ini ("
              + today.format(FormDates.SHOWN)
              + ").");
    }
    jdbc.sql(
            "insert into case_note (case_number, note_date, text, written_at, written_by)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            caseNumber, note.noteDate(), note.text().strip(), Timestamp.from(Instant.now()), writer)
        .update();
    return of(caseNumber).stream()
        .filter(n -> n.writtenBy().equals(writer))
        .max((a, b) -> Long.compare(a.id(), b.id()))
        .orElseThrow();
  }
}
