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
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where and since when a client lives in the home, per case: the day of entry, the end of the trial
 * stay where the home has one ({@code intervensi.home.trial-stay}), the living unit (wisma) and
 * room. Recorded once the admission is approved, by the case's social worker or a supervisor; a
 * change is a new recording with its reason, the earlier ones stay as history.
 */
@Service
public class Residencies {

  private static final RecordRows<Residency> RESIDENCY_ROWS = RecordRows.of(Residency.class);

  /** Who records a residency (a worker only on the cases they work on: CaseApiAccess). */
  public static final List<String> RECORDERS =
      List.of(Groups.SOCIAL_WORKERS, Groups.SUPERVISORS, Groups.ADMINS);

  /** The variable the admission approval writes (admission-approval form). */
  static final String ADMISSION_APPROVED = "admissionApproved";

  /** How far ahead an entry may be planned. */
  static final Period PLANNED_AHEAD = Period.ofDays(30);

  /** A recording of where the client lives. */
  public record Residency(
      LocalDate entryDate,
      LocalDate trialStayEnd,
      String livingUnit,
      String room,
      LocalDateTime recordedAt,
      String recordedBy,
      String reason) {}

  /** What a user records; the trial stay's end follows from the entry. */
  public record ResidencyRequest(
      @NotNull(message = "wajib diisi") LocalDate entryDate,
      @NotBlank(message = "wajib diisi")
          @Size(max = 100, message = "maksimal 100 karakter")
          @NoMarkup
          String livingUnit,
      @Size(max = 50, message = "maksimal 50 karakter") @NoMarkup String room,
      @Size(max = 500, message = "maksimal 500 karakter") @NoMarkup String reason) {}

  /** The current residency of a case (null before one is recorded) and all recordings. */
  public record ResidencyView(String caseNumber, Residency current, List<Residency> history) {}

  private final JdbcClient jdbc;
  private final CaseFiles caseFiles;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final HomeSettings home;

  Residencies(
      JdbcClient jdbc,
      CaseFiles caseFiles,
      RuntimeService runtimeService,
      IdentityService identityService,
      HomeSettings home) {
    this.jdbc = jdbc;
    this.caseFiles = caseFiles;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.home = home;
  }

  public ResidencyView of(String caseNumber) {
    find(caseNumber);
    List<Residency> history =
        jdbc.sql(
                "select entry_date, trial_stay_end, living_unit, room, recorded_at, recorded_by,"
                    + " reason from residency where case_number = ? order by id desc")
            .param(caseNumber)
            .query(RESIDENCY_ROWS)
            .list();
    return new ResidencyView(caseNumber, history.isEmpty() ? null : history.get(0), history);
  }

  /** The current residency of a case, or null before one is recorded. */
  Residency current(String caseNumber) {
    return jdbc
        .sql(
            "select entry_date, trial_stay_end, living_unit, room, recorded_at, recorded_by,"
                + " reason from residency where case_number = ? order by id desc")
        .param(caseNumber)
        .query(RESIDENCY_ROWS)
        .list()
        .stream()
        .findFirst()
        .orElse(null);
  }

  @Transactional
  public ResidencyView record(String caseNumber, ResidencyRequest request) {
    String user = recorder();
    CaseFile caseFile = find(caseNumber);
    if (caseFile.isClosed()) {
      throw Refusal.conflict("Kasus " + caseNumber + " sudah ditutup.");
    }
    if (!Boolean.TRUE.equals(
        runtimeService.getVariable(caseFile.processInstanceId(), ADMISSION_APPROVED))) {
      throw Refusal.conflict(
          "Tempat tinggal dicatat setelah penerimaan klien disetujui supervisor.");
    }
    ZoneId zone = home.zoneId();
    LocalDate opened = caseFile.openedAt().toLocalDate();
    LocalDate latest = LocalDate.now(zone).plus(PLANNED_AHEAD);
    if (request.entryDate().isBefore(opened) || request.entryDate().isAfter(latest)) {
      throw Refusal.invalid(
          "Tanggal masuk harus antara pembukaan kasus ("
              + opened.format(FormDates.SHOWN)
              + ") dan "
              + latest.format(FormDates.SHOWN)
              + ".");
    }
    boolean change = !of(caseNumber).history().isEmpty();
    if (change && (request.reason() == null || request.reason().isBlank())) {
      throw Refusal.invalid("Alasan perubahan wajib diisi: tempat tinggal sudah pernah dicatat.");
    }
    LocalDate trialEnd =
        home.trialStay().isZero() ? null : request.entryDate().plus(home.trialStay());
    jdbc.sql(
            """
        insert into residency (case_number, entry_date, trial_stay_end, living_unit, room,
                               recorded_at, recorded_by, reason)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            caseNumber,
            request.entryDate(),
            trialEnd,
            request.livingUnit().strip(),
            request.room() == null || request.room().isBlank() ? null : request.room().strip(),
            Timestamp.from(Instant.now()),
            user,
            change ? request.reason().strip() : "Pencatatan pertama")
        .update();
    return of(caseNumber);
  }

  private CaseFile find(String caseNumber) {
    return caseFiles
        .find(caseNumber)
        .orElseThrow(() -> Refusal.notFound("Kasus " + caseNumber + " tidak ditemukan."));
  }

  private String recorder() {
    return CurrentUser.inGroups(
            identityService,
            RECORDERS,
            "Tempat tinggal klien dicatat oleh pekerja sosial kasus ini atau supervisor.")
        .getUserId();
  }
}
