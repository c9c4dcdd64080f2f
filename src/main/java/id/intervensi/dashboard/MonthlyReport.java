package id.intervensi.dashboard;

import static id.intervensi.cycle.InterventionCycle.TASK_CARRY_OUT_ACTIVITY;

import id.intervensi.casefile.CaseScores;
import id.intervensi.casefile.HomeSettings;
import id.intervensi.refusal.Refusal;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of the monthly report a home sends to its social office (Dinas Sosial): residents
 * (penerima manfaat) at the start and the end of the month, admissions, terminations by reason, and
 * the rehabilitation services (ATENSI) given. A resident is a client admitted (case_file.
 * admitted_at) and not yet gone (closed_at).
 */
@Service
class MonthlyReport {

  static final String BAD_MONTH =
      "Bulan laporan harus ditulis TTTT-BB (tahun-bulan), misalnya 2026-11, dan tidak boleh"
          + " melewati bulan ini.";

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  /** One month's figures; {@code reasons} has every reason, those without a case too. */
  record Figures(
      YearMonth month,
      long residentsAtStart,
      long admissions,
      long terminations,
      long residentsAtEnd,
      Map<String, Long> reasons,
      long casesOpened,
      long notAdmitted,
      long activitiesDelivered,
      long residentsServed,
      Map<String, Served> byComponent,
      long assessments,
      long evaluations) {}

  /**
   * Activities carried out in the month for one ATENSI component, and the residents they served.
   */
  record Served(long activities, long residents) {}

  private final JdbcClient jdbc;
  private final HomeSettings home;
  private final ActivityComponents components;

  MonthlyReport(JdbcClient jdbc, HomeSettings home, ActivityComponents components) {
    this.jdbc = jdbc;
    this.home = home;
    this.components = components;
  }

  /** The month asked for as YYYY-MM, not after the current one; 400 otherwise. */
  YearMonth month(String text) {
    if (text == null || !MONTH.matcher(text.strip()).matches()) {
      throw Refusal.invalid(BAD_MONTH);
    }
    YearMonth month;
    try {
      month = YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw Refusal.invalid(BAD_MONTH);
    }
    if (month.isAfter(YearMonth.now(home.zoneId())) || month.getYear() < 2000) {
      throw Refusal.invalid(BAD_MONTH);
    }
    return month;
  }

  Figures read(YearMonth month) {
    ZoneId zone = home.zoneId();
    Timestamp start = Months.start(month, zone);
    Timestamp end = Months.end(month, zone);
    Map<String, Long> reasons = new LinkedHashMap<>();
    EndingReasons.LABELS.keySet().forEach(code -> reasons.put(code, 0L));
    jdbc.sql(
            "select reason, count(*) as n from (select "
                + EndingReasons.SQL
                + " as reason from case_file where closed_at >= ? and closed_at < ?"
                + " and admitted_at is not null) t group by reason")
        .params(start, end)
        .query(
            rs -> {
              reasons.merge(rs.getString("reason"), rs.getLong("n"), Long::sum);
            });
    return new Figures(
        month,
        residentsAt(start),
        count(
            "select count(*) from case_file where admitted_at >= ? and admitted_at < ?",
            start,
            end),
        reasons.values().stream().mapToLong(Long::longValue).sum(),
        residentsAt(end),
        reasons,
        count("select count(*) from case_file where opened_at >= ? and opened_at < ?", start, end),
        count(
            "select count(*) from case_file where closed_at >= ? and closed_at < ?"
                + " and admitted_at is null",
            start,
            end),
        count(
            "select count(*) from ACT_HI_TASKINST where TASK_DEF_KEY_ = ? and END_TIME_ >= ?"
                + " and END_TIME_ < ? and DELETE_REASON_ = 'completed'",
            TASK_CARRY_OUT_ACTIVITY,
            start,
            end),
        count(
            "select count(distinct PROC_INST_ID_) from ACT_HI_TASKINST where TASK_DEF_KEY_ = ?"
                + " and END_TIME_ >= ? and END_TIME_ < ? and DELETE_REASON_ = 'completed'",
            TASK_CARRY_OUT_ACTIVITY,
            start,
            end),
        components.served(start, end),
        rounds(CaseScores.ASSESSMENT, start, end),
        rounds(CaseScores.EVALUATION, start, end));
  }

  /** Residents at a moment: admitted before it, not gone before it. */
  private long residentsAt(Timestamp moment) {
    return count(
        "select count(*) from case_file where admitted_at < ?"
            + " and (closed_at is null or closed_at >= ?)",
        moment,
        moment);
  }

  private long rounds(String kind, Timestamp start, Timestamp end) {
    return count(
        "select count(*) from case_score where round_kind = ? and recorded_at >= ?"
            + " and recorded_at < ?",
        kind,
        start,
        end);
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }
}
