package id.intervensi.dashboard;

import static id.intervensi.cycle.InterventionCycle.TASK_EVALUATION_FOLLOW_UP;
import static id.intervensi.cycle.InterventionCycle.TASK_REVIEW_OVERDUE_EVALUATION;

import id.intervensi.casefile.CaseStage;
import id.intervensi.casefile.HomeSettings;
import id.intervensi.casefile.StageTimeHistogram;
import id.intervensi.caseload.SocialWorkers;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of the managers' dashboard, each one query on an index of the app's tables (or the
 * engine's runtime task table), so that the page stays quick with thousands of open and a hundred
 * thousand closed cases (docs/dashboard.md).
 */
@Service
class Dashboard {

  static final int MONTHS = 12;

  /** The functioning-level decision table's outputs (processes/functioning-level.dmn). */
  static final Map<String, String> FUNCTIONING_LEVELS = functioningLevels();

  static final String NOT_ASSESSED = "NOT_ASSESSED";

  record StageCount(String stage, String label, long cases) {}

  record StageTime(String stage, String label, long stays, double medianHours, double p90Hours) {}

  record Caseload(String worker, String name, long openCases) {}

  record Month(
      String month, String label, long admissions, long terminations, Map<String, Long> reasons) {}

  record LevelCount(String level, String label, long cases) {}

  record Figures(
      Instant generatedAt,
      String home,
      long openCases,
      List<StageCount> openByStage,
      List<StageTime> stageTimes,
      long overdueEvaluations,
      long escalations,
      List<Caseload> caseloads,
      long withoutWorker,
      List<Month> months,
      Map<String, String> reasons,
      List<LevelCount> functioningLevels) {}

  private final JdbcClient jdbc;
  private final SocialWorkers socialWorkers;
  private final HomeSettings home;

  Dashboard(JdbcClient jdbc, SocialWorkers socialWorkers, HomeSettings home) {
    this.jdbc = jdbc;
    this.socialWorkers = socialWorkers;
    this.home = home;
  }

  Figures read() {
    Instant now = Instant.now();
    ZoneId zone = home.zoneId();
    YearMonth first = YearMonth.now(zone).minusMonths(MONTHS - 1L);
    List<StageCount> byStage = openByStage();
    long open = byStage.stream().mapToLong(StageCount::cases).sum();
    Map<String, Long> caseloads = caseloads();
    List<Caseload> workers = new ArrayList<>();
    for (SocialWorkers.SocialWorker worker : socialWorkers.all()) {
      workers.add(
          new Caseload(worker.id(), worker.name(), caseloads.getOrDefault(worker.id(), 0L)));
    }
    return new Figures(
        now,
        home.name(),
        open,
        byStage,
        stageTimes(Months.start(first, zone)),
        count(
            "select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = ? and DUE_DATE_ < ?",
            TASK_EVALUATION_FOLLOW_UP,
            Timestamp.from(now)),
        count(
            "select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = ?",
            TASK_REVIEW_OVERDUE_EVALUATION),
        workers,
        caseloads.getOrDefault(null, 0L),
        months(first, zone),
        EndingReasons.LABELS,
        functioningLevels(open));
  }

  private List<StageCount> openByStage() {
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql("select stage, count(*) as n from case_file where status = 'OPEN' group by stage")
        .query(
            rs -> {
              counts.put(rs.getString("stage"), rs.getLong("n"));
            });
    List<StageCount> stages = new ArrayList<>();
    for (CaseStage stage : CaseStage.values()) {
      stages.add(
          new StageCount(stage.name(), stage.label(), counts.getOrDefault(stage.name(), 0L)));
    }
    long unknown =
        counts.entrySet().stream()
            .filter(e -> stages.stream().noneMatch(s -> s.stage().equals(e.getKey())))
            .mapToLong(Map.Entry::getValue)
            .sum();
    if (unknown > 0) {
      stages.add(new StageCount(null, CaseStage.labelOf(null, false), unknown));
    }
    return stages;
  }

  /**
   * Median and 90th percentile per stage of every stay that ended in the dashboard's months, read
   * from the stays counted per stage, month and length bucket (casefile.StageTimeHistogram): within
   * 2% of the exact percentiles, at the cost of a few thousand rows whatever the number of closed
   * cases.
   */
  private List<StageTime> stageTimes(Timestamp since) {
    Map<String, TreeMap<Integer, Long>> counts = new HashMap<>();
    // the table's months are those of its timestamps, which may differ from the home's by the
    // time zones' difference: the stays of those hours are added or taken off one by one
    LocalDateTime from = since.toLocalDateTime();
    LocalDateTime monthStart = from.toLocalDate().withDayOfMonth(1).atStartOfDay();
    LocalDateTime nextMonth = monthStart.plusMonths(1);
    int month = StageTimeHistogram.month(from);
    if (from.equals(monthStart)) {
      addMonths(counts, month);
    } else if (Duration.between(monthStart, from).compareTo(Duration.between(from, nextMonth))
        <= 0) {
      addMonths(counts, month);
      addStays(counts, monthStart, from, -1);
    } else {
      addMonths(counts, month + 1);
      addStays(counts, from, nextMonth, 1);
    }
    List<StageTime> stages = new ArrayList<>();
    for (CaseStage stage : CaseStage.values()) {
      TreeMap<Integer, Long> buckets = counts.getOrDefault(stage.name(), new TreeMap<>());
      long stays = buckets.values().stream().mapToLong(n -> Math.max(0, n)).sum();
      stages.add(
          new StageTime(
              stage.name(),
              stage.label(),
              stays,
              hours(percentile(buckets, stays, 0.5)),
              hours(percentile(buckets, stays, 0.9))));
    }
    return stages;
  }

  private void addMonths(Map<String, TreeMap<Integer, Long>> counts, int fromMonth) {
    jdbc.sql(
            "select stage, bucket, sum(stays) as n from stage_time_histogram"
                + " where month_index >= ? group by stage, bucket")
        .param(fromMonth)
        .query(
            rs -> {
              counts
                  .computeIfAbsent(rs.getString("stage"), k -> new TreeMap<>())
                  .merge(rs.getInt("bucket"), rs.getLong("n"), Long::sum);
            });
  }

  private void addStays(
      Map<String, TreeMap<Integer, Long>> counts, LocalDateTime from, LocalDateTime to, long sign) {
    jdbc.sql(
            "select stage, seconds from case_stage_stay where left_at >= ? and left_at < ?"
                + " and seconds is not null")
        .params(Timestamp.valueOf(from), Timestamp.valueOf(to))
        .query(
            rs -> {
              counts
                  .computeIfAbsent(rs.getString("stage"), k -> new TreeMap<>())
                  .merge(StageTimeHistogram.bucket(rs.getLong("seconds")), sign, Long::sum);
            });
  }

  /**
   * The percentile of the stays counted in buckets, linear between the two nearest stays (as
   * percentile_cont), each read as its bucket's length.
   */
  static double percentile(TreeMap<Integer, Long> buckets, long stays, double p) {
    if (stays == 0) {
      return 0;
    }
    double at = p * (stays - 1);
    long low = (long) Math.floor(at);
    long high = (long) Math.ceil(at);
    double lowSeconds = nth(buckets, low);
    double highSeconds = nth(buckets, high);
    return lowSeconds + (at - low) * (highSeconds - lowSeconds);
  }

  /** The length of the n-th shortest stay (from 0), as its bucket's. */
  private static double nth(TreeMap<Integer, Long> buckets, long n) {
    long seen = 0;
    int last = 0;
    for (Map.Entry<Integer, Long> bucket : buckets.entrySet()) {
      seen += Math.max(0, bucket.getValue());
      last = bucket.getKey();
      if (seen > n) {
        break;
      }
    }
    return StageTimeHistogram.seconds(last);
  }

  /** Hours to two decimals: what a chart shows. */
  static double hours(double seconds) {
    return Math.round(seconds / 36.0) / 100.0;
  }

  private Map<String, Long> caseloads() {
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql(
            "select assigned_worker, count(*) as n from case_file where status = 'OPEN'"
                + " group by assigned_worker")
        .query(
            rs -> {
              counts.put(rs.getString("assigned_worker"), rs.getLong("n"));
            });
    return counts;
  }

  private List<Month> months(YearMonth first, ZoneId zone) {
    List<Timestamp> bounds = new ArrayList<>();
    for (int i = 0; i <= MONTHS; i++) {
      bounds.add(Months.start(first.plusMonths(i), zone));
    }
    long[] admissions = new long[MONTHS];
    List<Map<String, Long>> reasons = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++) {
      reasons.add(new LinkedHashMap<>());
    }
    jdbc.sql(
            "select m, count(*) as n from (select "
                + bucket("admitted_at")
                + " as m from case_file where admitted_at >= ? and admitted_at < ?) t group by m")
        .params(params(bounds))
        .query(
            rs -> {
              admissions[rs.getInt("m")] = rs.getLong("n");
            });
    jdbc.sql(
            "select m, reason, count(*) as n from (select "
                + bucket("closed_at")
                + " as m, "
                + EndingReasons.SQL
                + " as reason from case_file where closed_at >= ? and closed_at < ?"
                + " and admitted_at is not null) t group by m, reason")
        .params(params(bounds))
        .query(
            rs -> {
              reasons.get(rs.getInt("m")).put(rs.getString("reason"), rs.getLong("n"));
            });
    List<Month> months = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++) {
      YearMonth month = first.plusMonths(i);
      months.add(
          new Month(
              month.toString(),
              Months.label(month),
              admissions[i],
              reasons.get(i).values().stream().mapToLong(Long::longValue).sum(),
              reasons.get(i)));
    }
    return months;
  }

  /** The month (0 to 11) a moment falls in: "case when c < start of month 1 then 0 ... end". */
  private static String bucket(String column) {
    StringBuilder sql = new StringBuilder("case");
    for (int i = 1; i < MONTHS; i++) {
      sql.append(" when ").append(column).append(" < ? then ").append(i - 1);
    }
    return sql.append(" else ").append(MONTHS - 1).append(" end").toString();
  }

  /** The bucket's inner bounds, then the whole range. */
  private static List<Object> params(List<Timestamp> bounds) {
    List<Object> params = new ArrayList<>(bounds.subList(1, MONTHS));
    params.add(bounds.get(0));
    params.add(bounds.get(MONTHS));
    return params;
  }

  /** The latest functioning level of every open case, and the open cases not yet assessed. */
  private List<LevelCount> functioningLevels(long openCases) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql(
            "select functioning_level as level, count(*) as n from case_file"
                + " where status = 'OPEN' and functioning_level is not null"
                + " group by functioning_level")
        .query(
            rs -> {
              counts.put(rs.getString("level"), rs.getLong("n"));
            });
    List<LevelCount> levels = new ArrayList<>();
    long assessed = 0;
    for (Map.Entry<String, String> level : FUNCTIONING_LEVELS.entrySet()) {
      long n = counts.getOrDefault(level.getKey(), 0L);
      assessed += n;
      levels.add(new LevelCount(level.getKey(), level.getValue(), n));
    }
    levels.add(new LevelCount(NOT_ASSESSED, "Belum diasesmen", Math.max(0, openCases - assessed)));
    return levels;
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  private static Map<String, String> functioningLevels() {
    Map<String, String> levels = new LinkedHashMap<>();
    levels.put("INDEPENDENT", "Mandiri");
    levels.put("SLIGHT_DEPENDENCE", "Ketergantungan ringan");
    levels.put("MODERATE_DEPENDENCE", "Ketergantungan sedang");
    levels.put("SEVERE_DEPENDENCE", "Ketergantungan berat");
    levels.put("TOTAL_DEPENDENCE", "Ketergantungan total");
    return levels;
  }
}
