package id.intervensi.casefile;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case_file table. */
@Repository
public class CaseFiles {

  private static final RecordRows<CaseFile> CASE_FILE_ROWS = RecordRows.of(CaseFile.class);
  private static final RecordRows<WorkerChange> WORKER_CHANGE_ROWS =
      RecordRows.of(WorkerChange.class);

  private final JdbcClient jdbc;
  private final StageTimeHistogram stageTimes;

  public CaseFiles(JdbcClient jdbc, StageTimeHistogram stageTimes) {
    this.jdbc = jdbc;
    this.stageTimes = stageTimes;
  }

  public void open(String caseNumber, long clientId, String processInstanceId, String openedBy) {
    jdbc.sql(
            """
        insert into case_file (case_number, client_id, process_instance_id, opened_at, opened_by, status)
        values (?, ?, ?, ?, ?, ?)""")
        .params(
            caseNumber,
            clientId,
            processInstanceId,
            Timestamp.from(Instant.now()),
            openedBy,
            CaseFile.OPEN)
        .update();
  }

  public Optional<CaseFile> find(String caseNumber) {
    return jdbc.sql("select * from case_file where case_number = ?")
        .param(caseNumber)
        .query(CASE_FILE_ROWS)
        .optional();
  }

  public Optional<CaseFile> findByProcessInstance(String processInstanceId) {
    return jdbc.sql("select * from case_file where process_instance_id = ?")
        .param(processInstanceId)
        .query(CASE_FILE_ROWS)
        .optional();
  }

  public Optional<CaseFile> findOpenCaseOf(long clientId) {
    return jdbc.sql("select * from case_file where client_id = ? and status = ?")
        .params(clientId, CaseFile.OPEN)
        .query(CASE_FILE_ROWS)
        .optional();
  }

  /** Every case of a client, the newest first. */
  public List<CaseFile> casesOf(long clientId) {
    return jdbc.sql("select * from case_file where client_id = ? order by opened_at desc")
        .param(clientId)
        .query(CASE_FILE_ROWS)
        .list();
  }

  /**
   * Closes an open case and its stay in its last stage; returns false when it was already closed
   * (nothing changes then).
   */
  public boolean close(String caseNumber, String closureReason, String exitReason) {
    Instant now = Instant.now();
    boolean closed =
        jdbc.sql(
                    """
        update case_file set status = ?, closure_reason = ?, exit_reason = ?, closed_at = ?
         where case_number = ? and status = ?""")
                .params(
                    CaseFile.CLOSED,
                    closureReason,
                    exitReason,
                    Timestamp.from(now),
                    caseNumber,
                    CaseFile.OPEN)
                .update()
            == 1;
    if (closed) {
      leaveStage(caseNumber, now);
    }
    return closed;
  }

  /**
   * The stage a case entered (CaseStages); the time it entered it. Its stay in the stage before
   * ends, a new one begins (case_stage_stay, the dashboard's times per stage); entering the
   * assessment, after the contract, is the client's admission (the first time only).
   */
  public void enterStage(String processInstanceId, String stage) {
    Instant now = Instant.now();
    jdbc.sql("update case_file set stage = ?, stage_since = ? where process_instance_id = ?")
        .params(stage, Timestamp.from(now), processInstanceId)
        .update();
    Optional<String> caseNumber =
        jdbc.sql("select case_number from case_file where process_instance_id = ? and status = ?")
            .params(processInstanceId, CaseFile.OPEN)
            .query(String.class)
            .optional();
    if (caseNumber.isEmpty()) {
      return;
    }
    leaveStage(caseNumber.get(), now);
    jdbc.sql("insert into case_stage_stay (case_number, stage, entered_at) values (?, ?, ?)")
        .params(caseNumber.get(), stage, Timestamp.from(now))
        .update();
    if (CaseStage.ASSESSMENT.name().equals(stage)) {
      jdbc.sql("update case_file set admitted_at = ? where case_number = ? and admitted_at is null")
          .params(Timestamp.from(now), caseNumber.get())
          .update();
    }
  }

  /**
   * Ends the case's current stay in a stage, with its length, and counts it per stage and month.
   */
  private void leaveStage(String caseNumber, Instant now) {
    Timestamp leftAt = Timestamp.from(now);
    record Stay(long id, String stage, long seconds) {}
    jdbc.sql(
            "select id, stage, entered_at from case_stage_stay"
                + " where case_number = ? and left_at is null")
        .param(caseNumber)
        .query(
            (rs, n) ->
                new Stay(
                    rs.getLong("id"),
                    rs.getString("stage"),
                    Math.max(
                        0,
                        Duration.between(rs.getTimestamp("entered_at").toInstant(), now)
                            .toSeconds())))
        .list()
        .forEach(
            stay -> {
              jdbc.sql("update case_stage_stay set left_at = ?, seconds = ? where id = ?")
                  .params(leftAt, stay.seconds(), stay.id())
                  .update();
              stageTimes.record(stay.stage(), leftAt, stay.seconds());
            });
  }

  /**
   * Sets the case's own social worker and records the change with who made it and why; false when
   * the case already has that worker (nothing recorded then).
   */
  public boolean assignWorker(String caseNumber, String worker, String changedBy, String reason) {
    CaseFile caseFile = find(caseNumber).orElseThrow();
    if (worker.equals(caseFile.assignedWorker())) {
      return false;
    }
    jdbc.sql("update case_file set assigned_worker = ? where case_number = ?")
        .params(worker, caseNumber)
        .update();
    jdbc.sql(
            """
        insert into case_worker_change (case_number, old_worker, new_worker, changed_at,
                                        changed_by, reason)
        values (?, ?, ?, ?, ?, ?)""")
        .params(
            caseNumber,
            caseFile.assignedWorker(),
            worker,
            Timestamp.from(Instant.now()),
            changedBy,
            reason)
        .update();
    return true;
  }

  /** A change of a case's assigned worker. */
  public record WorkerChange(
      String oldWorker,
      String newWorker,
      LocalDateTime changedAt,
      String changedBy,
      String reason) {}

  /** Every change of the case's assigned worker, the oldest first. */
  public List<WorkerChange> workerChanges(String caseNumber) {
    return jdbc.sql(
            "select old_worker, new_worker, changed_at, changed_by, reason from case_worker_change"
                + " where case_number = ? order by id")
        .param(caseNumber)
        .query(WORKER_CHANGE_ROWS)
        .list();
  }
}
