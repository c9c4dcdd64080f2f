package id.intervensi.casefile;

import id.intervensi.engine.CurrentUser;
import id.intervensi.refusal.Refusal;
import id.intervensi.refusal.WordedForUsers;
import id.intervensi.security.Groups;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of a home's existing residents from a spreadsheet saved as CSV
 * (docs/client-registry.md). The file is checked as a whole first (readable, the required columns,
 * at most {@link #MAX_ROWS} rows), then its rows are taken one by one in the background, each in
 * its own transaction: every row ends added, already registered (a re-run of the same file creates
 * nobody twice) or refused with its reasons. Progress and the report are kept in the database
 * ({@code client_import}, {@code client_import_row}).
 */
@Service
public class ClientImports {

  private static final RecordRows<ImportRow> IMPORT_ROW_ROWS = RecordRows.of(ImportRow.class);
  private static final RecordRows<RowResult> ROW_RESULT_ROWS = RecordRows.of(RowResult.class);

  private static final Logger LOG = LoggerFactory.getLogger(ClientImports.class);

  /** Rows one file may hold: a large home, with room. */
  static final int MAX_ROWS = 5000;

  /** Who imports residents. */
  static final List<String> IMPORTERS = List.of(Groups.SUPERVISORS, Groups.ADMINS);

  /** What became of a row. */
  public enum RowStatus {
    ADDED,
    ALREADY_REGISTERED,
    REFUSED
  }

  /** One row's outcome. */
  public record RowResult(long line, String status, String message, Long clientId) {}

  /** An import: where it stands, and the outcome of each row taken so far. */
  public record ImportReport(
      String id,
      String fileName,
      String startedBy,
      LocalDateTime startedAt,
      LocalDateTime finishedAt,
      int total,
      int processed,
      String encoding,
      Map<String, Long> counts,
      List<RowResult> rows) {}

  private record ImportRow(
      String id,
      String fileName,
      String startedBy,
      LocalDateTime startedAt,
      LocalDateTime finishedAt,
      int total,
      int processed,
      String encoding) {}

  private final JdbcClient jdbc;
  private final ClientRegistry clients;
  private final TransactionTemplate transaction;
  private final IdentityService identityService;
  private final HomeSettings home;
  private final ImportedCases cases;
  private final CandidateDescriptions descriptions;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "client-import");
            thread.setDaemon(true);
            return thread;
          });

  ClientImports(
      JdbcClient jdbc,
      ClientRegistry clients,
      TransactionTemplate transaction,
      IdentityService identityService,
      HomeSettings home,
      ImportedCases cases,
      CandidateDescriptions descriptions) {
    this.cases = cases;
    this.descriptions = descriptions;
    this.jdbc = jdbc;
    this.clients = clients;
    this.transaction = transaction;
    this.identityService = identityService;
    this.home = home;
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  /** Checks the file and starts taking its rows; answers the import as it starts. */
  public ImportReport start(String fileName, byte[] file) {
    Authentication importer = requireImporter();
    String user = importer.getUserId();
    if (file == null || file.length == 0) {
      throw Refusal.invalid("Berkas kosong.");
    }
    ClientCsv.Sheet sheet = ClientCsv.read(file);
    if (sheet.rows().isEmpty()) {
      throw Refusal.invalid("Berkas tidak berisi baris data di bawah baris judul kolom.");
    }
    if (sheet.rows().size() > MAX_ROWS) {
      throw Refusal.invalid(
          "Berkas berisi "
              + sheet.rows().size()
              + " baris; paling banyak "
              + MAX_ROWS
              + " baris per berkas. Bagi berkasnya.");
    }
    List<String> missing =
        List.of(ClientCsv.NAME, ClientCsv.SEX, ClientCsv.ADDRESS).stream()
            .filter(column -> !sheet.rows().get(0).values().containsKey(column))
            .collect(Collectors.toList());
    if (!sheet.rows().get(0).values().containsKey(ClientCsv.BIRTH_DATE)
        && !sheet.rows().get(0).values().containsKey(ClientCsv.BIRTH_YEAR)) {
      missing.add(ClientCsv.BIRTH_DATE + " atau " + ClientCsv.BIRTH_YEAR);
    }
    if (!missing.isEmpty()) {
      throw Refusal.invalid(
          "Kolom "
              + String.join(", ", missing)
              + " tidak ada di baris judul. Kolom yang dikenal: "
              + String.join(", ", ClientCsv.COLUMNS)
              + ".");
    }
    String id = UUID.randomUUID().toString();
    String name = fileName == null || fileName.isBlank() ? "impor.csv" : fileName.strip();
    jdbc.sql(
            """
        insert into client_import (id, file_name, started_by, started_at, total, processed, encoding)
        values (?, ?, ?, ?, ?, 0, ?)""")
        .params(
            id,
            name.length() > 200 ? name.substring(0, 200) : name,
            user,
            Timestamp.from(Instant.now()),
            sheet.rows().size(),
            sheet.encoding())
        .update();
    List<String> groups = importer.getGroupIds();
    worker.execute(() -> run(id, name, sheet, user, groups));
    return find(id);
  }

  /** An import and its rows so far, to the importers. */
  public ImportReport report(String id) {
    requireImporter();
    return find(id);
  }

  private ImportReport find(String id) {
    ImportRow row =
        jdbc.sql("select * from client_import where id = ?")
            .param(id)
            .query(IMPORT_ROW_ROWS)
            .optional()
            .orElseThrow(() -> Refusal.notFound("Impor " + id + " tidak ditemukan."));
    List<RowResult> rows =
        jdbc.sql(
                "select line, status, message, client_id from client_import_row"
                    + " where import_id = ? order by line")
            .param(id)
            .query(ROW_RESULT_ROWS)
            .list();
    Map<String, Long> counts = new HashMap<>();
    for (RowStatus status : RowStatus.values()) {
      counts.put(
          status.name(), rows.stream().filter(r -> r.status().equals(status.name())).count());
    }
    return new ImportReport(
        row.id(),
        row.fileName(),
        row.startedBy(),
        row.startedAt(),
        row.finishedAt(),
        row.total(),
        row.processed(),
        row.encoding(),
        counts,
        rows);
  }

  private void run(
      String id, String fileName, ClientCsv.Sheet sheet, String user, List<String> groups) {
    Map<String, Long> niksSeen = new HashMap<>();
    for (ClientCsv.Row row : sheet.rows()) {
      try {
        transaction.executeWithoutResult(
            status -> {
              RowResult result = take(row, fileName, user, groups, niksSeen);
              jdbc.sql(
                      """
                  insert into client_import_row (import_id, line, status, message, client_id)
                  values (?, ?, ?, ?, ?)""")
                  .params(id, row.line(), result.status(), cut(result.message()), result.clientId())
                  .update();
              jdbc.sql("update client_import set processed = processed + 1 where id = ?")
                  .param(id)
                  .update();
            });
      } catch (RuntimeException e) {
        LOG.error("Import {} line {} failed", id, row.line(), e);
        transaction.executeWithoutResult(
            status -> {
              jdbc.sql(
                      "insert into client_import_row (import_id, line, status, message) values (?, ?, ?, ?)")
                  .params(
                      id,
                      row.line(),
                      RowStatus.REFUSED.name(),
                      e instanceof WordedForUsers
                          ? e.getMessage()
                          : "Baris ini tidak dapat disimpan karena kesalahan server; coba impor"
                              + " lagi.")
                  .update();
              jdbc.sql("update client_import set processed = processed + 1 where id = ?")
                  .param(id)
                  .update();
            });
      }
    }
    jdbc.sql("update client_import set finished_at = ? where id = ?")
        .params(Timestamp.from(Instant.now()), id)
        .update();
    LOG.info("Import {} of {} by {} finished: {} rows", id, fileName, user, sheet.rows().size());
  }

  private RowResult take(
      ClientCsv.Row row,
      String fileName,
      String user,
      List<String> groups,
      Map<String, Long> niksSeen) {
    ImportedResident resident = ImportedResident.of(row, LocalDate.now(home.zoneId()));
    if (!resident.problems().isEmpty()) {
      return refused(row, String.join(" ", resident.problems()));
    }
    Optional<ImportedCases.Stage> stage;
    try {
      stage = ImportedCases.stage(row.get(ClientCsv.STAGE));
    } catch (IllegalArgumentException e) {
      return refused(
          row,
          "«tahap» \""
              + row.get(ClientCsv.STAGE)
              + "\" tidak dikenal: kosong, intake atau asesmen.");
    }
    RowResult registered = register(row, resident, fileName, user, niksSeen);
    if (stage.isEmpty() || registered.clientId() == null) {
      return registered;
    }
    Client client = clients.findById(registered.clientId()).orElseThrow();
    Optional<String> opened = cases.open(client, stage.get(), fileName, user, groups);
    return opened
        .map(
            caseNumber ->
                new RowResult(
                    row.line(),
                    registered.status(),
                    (registered.message() == null ? "" : registered.message() + " ")
                        + "Kasus "
                        + caseNumber
                        + " dibuka di tahap "
                        + (stage.get() == ImportedCases.Stage.ASSESSMENT ? "asesmen." : "intake."),
                    registered.clientId()))
        .orElse(registered);
  }

  private RowResult register(
      ClientCsv.Row row,
      ImportedResident resident,
      String fileName,
      String user,
      Map<String, Long> niksSeen) {
    Client entered = resident.client();
    if (entered.nik() != null) {
      Long earlier = niksSeen.putIfAbsent(entered.nik(), row.line());
      if (earlier != null) {
        return refused(row, "NIK sama dengan baris " + earlier + " berkas ini.");
      }
      Optional<Client> byNik = clients.findByNik(entered.nik());
      if (byNik.isPresent()) {
        List<String> differing = ReturningClient.identityDifferences(byNik.get(), entered);
        return differing.isEmpty()
            ? new RowResult(
                row.line(),
                RowStatus.ALREADY_REGISTERED.name(),
                "Sudah terdaftar sebagai klien #" + byNik.get().id() + ".",
                byNik.get().id())
            : refused(row, ReturningClient.refusal(byNik.get(), differing));
      }
    }
    Optional<Client> imported = clients.findByImportKey(resident.importKey());
    if (imported.isPresent()) {
      return new RowResult(
          row.line(),
          RowStatus.ALREADY_REGISTERED.name(),
          "Sudah terdaftar sebagai klien #" + imported.get().id() + " (impor sebelumnya).",
          imported.get().id());
    }
    List<Client> candidates = clients.likelyDuplicates(entered);
    if (!candidates.isEmpty()) {
      return refused(
          row,
          "Kemungkinan orang yang sama sudah terdaftar: "
              + descriptions.of(candidates)
              + ". Periksa, lalu daftarkan lewat formulir pembukaan kasus bila orang lain.");
    }
    Client added = clients.insert(entered, user);
    clients.markImported(added.id(), resident.importKey());
    clients.recordDecision(
        added.id(), "import", fileName + ", baris " + row.line(), user, "Impor daftar penghuni");
    return new RowResult(row.line(), RowStatus.ADDED.name(), null, added.id());
  }

  private static RowResult refused(ClientCsv.Row row, String why) {
    return new RowResult(row.line(), RowStatus.REFUSED.name(), why, null);
  }

  private static String cut(String message) {
    return message == null || message.length() <= 2000 ? message : message.substring(0, 2000);
  }

  private Authentication requireImporter() {
    return CurrentUser.inGroups(
        identityService,
        IMPORTERS,
        "Impor daftar penghuni hanya untuk supervisor dan administrator.");
  }
}
