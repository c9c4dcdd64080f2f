package id.intervensi.history;

import id.intervensi.casefile.CaseStage;
import id.intervensi.casefile.HomeSettings;
import id.intervensi.refusal.Refusal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The search of open and closed cases (case_file with its client's name), the newest first. The
 * period finds the cases that ran in it: opened before its end and not closed before its start.
 */
@Service
class CaseSearch {

  static final int MAX_PAGE = 200;

  /** Rows read at a time for an export. */
  static final int EXPORT_PAGE = 500;

  /** A case found. */
  record Row(
      String caseNumber,
      String clientName,
      String status,
      String statusLabel,
      String stage,
      String stageLabel,
      String assignedWorker,
      Instant openedAt,
      Instant closedAt,
      String closureReason,
      String closureReasonLabel,
      String exitReason,
      String exitReasonLabel) {}

  /** A page of the result and how many cases match in all. */
  record Page(long total, int firstResult, List<Row> rows) {}

  private final JdbcClient jdbc;
  private final HomeSettings home;

  CaseSearch(JdbcClient jdbc, HomeSettings home) {
    this.jdbc = jdbc;
    this.home = home;
  }

  Page search(SearchCriteria criteria, int firstResult, int maxResults) {
    if (firstResult < 0 || maxResults < 1 || maxResults > MAX_PAGE) {
      throw Refusal.invalid(
          "Hasil pencarian diminta per halaman: firstResult 0 atau lebih, maxResults 1 sampai "
              + MAX_PAGE
              + ".");
    }
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = where(criteria, params);
    long total =
        jdbc.sql("select count(*)" + FROM + where).paramSource(params).query(Long.class).single();
    return new Page(total, firstResult, page(where, params, firstResult, maxResults));
  }

  long count(SearchCriteria criteria) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    return jdbc.sql("select count(*)" + FROM + where(criteria, params))
        .paramSource(params)
        .query(Long.class)
        .single();
  }

  /** Every case found, a page at a time, for an export that streams. */
  void each(SearchCriteria criteria, Consumer<Row> consumer) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = where(criteria, params);
    int first = 0;
    List<Row> page;
    do {
      page = page(where, params, first, EXPORT_PAGE);
      page.forEach(consumer);
      first += page.size();
    } while (page.size() == EXPORT_PAGE);
  }

  private static final String FROM = " from case_file f join client c on c.id = f.client_id";

  private List<Row> page(String where, MapSqlParameterSource params, int first, int max) {
    params.addValue("first", first);
    params.addValue("max", max);
    return jdbc.sql(
            "select f.case_number, c.full_name, f.status, f.stage, f.assigned_worker,"
                + " f.opened_at, f.closed_at, f.closure_reason, f.exit_reason"
                + FROM
                + where
                + " order by f.opened_at desc, f.case_number desc"
                + " offset :first rows fetch next :max rows only")
        .paramSource(params)
        .query(
            (rs, n) -> {
              String status = rs.getString("status");
              String stage = rs.getString("stage");
              Timestamp closed = rs.getTimestamp("closed_at");
              return new Row(
                  rs.getString("case_number"),
                  rs.getString("full_name"),
                  status,
                  Words.STATUSES.getOrDefault(status, status),
                  stage,
                  CaseStage.labelOf(stage, false),
                  rs.getString("assigned_worker"),
                  rs.getTimestamp("opened_at").toInstant(),
                  closed == null ? null : closed.toInstant(),
                  rs.getString("closure_reason"),
                  Words.closureReason(rs.getString("closure_reason")),
                  rs.getString("exit_reason"),
                  Words.exitReason(rs.getString("exit_reason")));
            })
        .list();
  }

  private String where(SearchCriteria c, MapSqlParameterSource params) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (c.caseNumber() != null) {
      where.append(" and upper(f.case_number) like :caseNumber escape '\\'");
      params.addValue("caseNumber", like(c.caseNumber().toUpperCase(Locale.ROOT)) + "%");
    }
    if (c.clientName() != null) {
      where.append(" and lower(c.full_name) like :clientName escape '\\'");
      params.addValue("clientName", "%" + like(c.clientName().toLowerCase(Locale.ROOT)) + "%");
    }
    if (c.worker() != null) {
      where.append(
          " and (f.assigned_worker = :worker or exists (select 1 from case_worker_change w"
              + " where w.case_number = f.case_number"
              + " and (w.new_worker = :worker or w.old_worker = :worker)))");
      params.addValue("worker", c.worker());
    }
    if (c.stage() != null) {
      where.append(" and f.stage = :stage");
      params.addValue("stage", c.stage());
    }
    if (c.status() != null) {
      where.append(" and f.status = :status");
      params.addValue("status", c.status());
    }
    if (c.from() != null) {
      where.append(" and (f.closed_at is null or f.closed_at >= :from)");
      params.addValue("from", Timestamp.from(c.from().atStartOfDay(home.zoneId()).toInstant()));
    }
    if (c.to() != null) {
      where.append(" and f.opened_at < :to");
      params.addValue(
          "to", Timestamp.from(c.to().plusDays(1).atStartOfDay(home.zoneId()).toInstant()));
    }
    if (c.reason() != null) {
      where.append(" and (f.closure_reason = :reason or f.exit_reason = :reason)");
      params.addValue("reason", c.reason());
    }
    return where.toString();
  }

  /** The text as a LIKE pattern matches it: its own % and _ taken literally. */
  private static String like(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
