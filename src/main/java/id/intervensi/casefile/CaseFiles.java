package id.intervensi.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case_file table. */
@Repository
public class CaseFiles {

  private final JdbcClient jdbc;

  public CaseFiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
        .query(CaseFile.class)
        .optional();
  }

  public Optional<CaseFile> findByProcessInstance(String processInstanceId) {
    return jdbc.sql("select * from case_file where process_instance_id = ?")
        .param(processInstanceId)
        .query(CaseFile.class)
        .optional();
  }

  public Optional<CaseFile> findOpenCaseOf(long clientId) {
    return jdbc.sql("select * from case_file where client_id = ? and status = ?")
        .params(clientId, CaseFile.OPEN)
        .query(CaseFile.class)
        .optional();
  }

  /** Every case of a client, the newest first. */
  public List<CaseFile> casesOf(long clientId) {
    return jdbc.sql("select * from case_file where client_id = ? order by opened_at desc")
        .param(clientId)
        .query(CaseFile.class)
        .list();
  }

  /** Closes an open case; returns false when it was already closed (nothing changes then). */
  public boolean close(String caseNumber, String closureReason, String exitReason) {
    return jdbc.sql(
                """
        update case_file set status = ?, closure_reason = ?, exit_reason = ?, closed_at = ?
         where case_number = ? and status = ?""")
            .params(
                CaseFile.CLOSED,
                closureReason,
                exitReason,
                Timestamp.from(Instant.now()),
                caseNumber,
                CaseFile.OPEN)
            .update()
        == 1;
  }
}
