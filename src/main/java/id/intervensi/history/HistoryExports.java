package id.intervensi.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of every export of history (table history_export): written before the export's first
 * byte, so that a download cut off halfway is recorded too.
 */
@Repository
public class HistoryExports {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryExports.class);

  static final String CASE_CSV = "CASE_CSV";
  static final String CASE_PDF = "CASE_PDF";
  static final String SEARCH_CSV = "SEARCH_CSV";

  /** The monthly report to the social office (dashboard/MonthlyReportXlsx). */
  public static final String MONTHLY_XLSX = "MONTHLY_XLSX";

  /** A recorded export. */
  record Export(
      long id,
      String kind,
      String caseNumber,
      String criteria,
      int rowCount,
      Instant exportedAt,
      String exportedBy) {}

  private final JdbcClient jdbc;

  HistoryExports(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records an export by {@code user}; {@code caseNumber} null for one of many cases. */
  public void record(String kind, String caseNumber, String criteria, int rows, String user) {
    jdbc.sql(
            "insert into history_export (kind, case_number, criteria, row_count, exported_at,"
                + " exported_by) values (?, ?, ?, ?, ?, ?)")
        .params(kind, caseNumber, criteria, rows, Timestamp.from(Instant.now()), user)
        .update();
    LOG.info(
        "History export {} by {}: {} rows{}",
        kind,
        user,
        rows,
        caseNumber == null ? " (" + criteria + ")" : " of case " + caseNumber);
  }

  /** Recorded exports, the newest first; of one case when {@code caseNumber} is given. */
  List<Export> list(String caseNumber, int firstResult, int maxResults) {
    String where = caseNumber == null ? "" : " where case_number = :caseNumber";
    var sql =
        jdbc.sql(
                "select id, kind, case_number, criteria, row_count, exported_at, exported_by"
                    + " from history_export"
                    + where
                    + " order by id desc offset :first rows fetch next :max rows only")
            .param("first", firstResult)
            .param("max", maxResults);
    if (caseNumber != null) {
      sql = sql.param("caseNumber", caseNumber);
    }
    return sql.query(
            (rs, n) ->
                new Export(
                    rs.getLong("id"),
                    rs.getString("kind"),
                    rs.getString("case_number"),
                    rs.getString("criteria"),
                    rs.getInt("row_count"),
                    rs.getTimestamp("exported_at").toInstant(),
                    rs.getString("exported_by")))
        .list();
  }
}
