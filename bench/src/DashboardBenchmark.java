import id.intervensi.IntervensiApplication;
import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's figures (GET /api/dashboard without HTTP and login) at the size of issue 12:
 * 10,000 open and 100,000 closed cases over three years, each with its stays in the stages and an
 * assessment's scores, in the app's in-memory H2. Prints p50 and p95 of reading the figures. Usage:
 * bench/dashboard [open] [closed] [cases with an engine history, default all]. Then the timeline of
 * one case (GET /api/history/cases/{caseNumber} without HTTP and login) over the engine history of
 * that many cases, copied from a few walked ones.
 */
public final class DashboardBenchmark {

  static final String[] STAGES = {
    "INTAKE", "ASSESSMENT", "PLANNING", "INTERVENTION", "EVALUATION", "TERMINATION"
  };
  static final String[] LEVELS = {
    "INDEPENDENT",
    "SLIGHT_DEPENDENCE",
    "MODERATE_DEPENDENCE",
    "SEVERE_DEPENDENCE",
    "TOTAL_DEPENDENCE"
  };
  static final String[] REASONS = {"GOALS_REACHED", "CLIENT_REQUEST", "OTHER_FACTORS"};
  static final String[] EXITS = {null, "DECEASED", "RETURNED_TO_FAMILY", "MOVED_TO_OTHER_SERVICE"};

  /** The dashboard's heavier queries, timed one by one (each takes the start of the window). */
  static final String[][] PARTS = {
    {
      "stage percentiles",
      "select stage, count(*), percentile_cont(0.5) within group (order by seconds),"
          + " percentile_cont(0.9) within group (order by seconds) from case_stage_stay"
          + " where left_at >= ? group by stage"
    },
    {"admissions (12 months)", "select count(*) from case_file where admitted_at >= ?"},
    {
      "terminations by reason (12 months)",
      "select coalesce(exit_reason, closure_reason) r, count(*) from case_file"
          + " where closed_at >= ? and admitted_at is not null group by r"
    },
    {
      "open cases by stage, worker, level",
      "select stage, assigned_worker, functioning_level, count(*) from case_file"
          + " where status = 'OPEN' and opened_at > ? group by stage, assigned_worker,"
          + " functioning_level"
    }
  };

  public static void main(String[] args) throws Exception {
    int open = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int closed = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    // the cases given an engine history (ACT_HI_*): about 430 rows each, all of them in memory
    int withHistory = args.length > 2 ? Integer.parseInt(args[2]) : open + closed;
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(IntervensiApplication.class)
            .profiles("test")
            .run(
                "--server.port=0",
                "--logging.level.root=WARN",
                "--logging.level.id.intervensi=WARN",
                "--spring.datasource.url=jdbc:h2:mem:bench-dashboard;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.job-execution.enabled=false")) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      long seeding = System.nanoTime();
      seed(jdbc, open, closed);
      System.out.printf(
          "seeded %,d open and %,d closed cases in %d s%n",
          open, closed, Duration.ofNanos(System.nanoTime() - seeding).toSeconds());
      Object dashboard = app.getBean(Class.forName("id.intervensi.dashboard.Dashboard"));
      Method read = dashboard.getClass().getDeclaredMethod("read");
      read.setAccessible(true);
      for (int i = 0; i < 20; i++) {
        read.invoke(dashboard);
      }
      // each part of the figures alone
      java.time.YearMonth first = java.time.YearMonth.now().minusMonths(11);
      Timestamp windowStart =
          Timestamp.from(
              first.atDay(1).atStartOfDay(java.time.ZoneId.of("Asia/Jakarta")).toInstant());
      Object[][] parts = {
        {"openByStage", new Class<?>[0], new Object[0]},
        {"stageTimes", new Class<?>[] {Timestamp.class}, new Object[] {windowStart}},
        {"caseloads", new Class<?>[0], new Object[0]},
        {
          "months",
          new Class<?>[] {java.time.YearMonth.class, java.time.ZoneId.class},
          new Object[] {first, java.time.ZoneId.of("Asia/Jakarta")}
        },
        {"functioningLevels", new Class<?>[] {long.class}, new Object[] {10_000L}}
      };
      // in turn, so that H2's per-session cache of 8 commands (and their results) is never hit
      java.util.Map<String, List<Long>> partTimes = new java.util.LinkedHashMap<>();
      for (int i = 0; i < 15; i++) {
        for (Object[] part : parts) {
          Method m = dashboard.getClass().getDeclaredMethod((String) part[0], (Class<?>[]) part[1]);
          m.setAccessible(true);
          touch(jdbc, i);
          long start = System.nanoTime();
          m.invoke(dashboard, (Object[]) part[2]);
          partTimes
              .computeIfAbsent((String) part[0], k -> new ArrayList<>())
              .add((System.nanoTime() - start) / 1_000_000);
        }
      }
      // the heavier queries alone, each with a parameter of its own (H2 reuses a repeated
      // query's result while no table changed)
      String[][] queries = {
        {
          "stays per stage and bucket (histogram, from January of the window's year)",
          "select stage, bucket, sum(stays) from stage_time_histogram"
              + " where month_index >= extract(year from cast(? as timestamp)) * 12 group by stage,"
              + " bucket"
        },
        {"admissions", "select count(*) from case_file where admitted_at >= ?"},
        {
          "terminations by reason",
          "select r, count(*) from (select coalesce(exit_reason, closure_reason) r from"
              + " case_file where closed_at >= ? and admitted_at is not null) t group by r"
        }
      };
      for (String[] query : queries) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
          long start = System.nanoTime();
          jdbc.queryForList(query[1], new Timestamp(windowStart.getTime() + i * 1000L));
          times.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(times);
        System.out.printf("  %s: median %d ms%n", query[0], times.get(7));
      }
      partTimes.forEach(
          (name, times) -> {
            Collections.sort(times);
            System.out.printf("  %s: median %d ms, max %d ms%n", name, times.get(7), times.get(14));
          });
      List<Long> micros = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        touch(jdbc, i);
        long start = System.nanoTime();
        read.invoke(dashboard);
        micros.add((System.nanoTime() - start) / 1000);
      }
      Collections.sort(micros);
      System.out.printf(
          "dashboard figures: p50 %d ms, p95 %d ms, max %d ms (100 reads)%n",
          micros.get(49) / 1000, micros.get(94) / 1000, micros.get(99) / 1000);
      // the timeline of one case, with the engine's history of every seeded case
      long history = System.nanoTime();
      java.util.Map<String, Long> perCase = seedHistory(app, jdbc, withHistory, 3);
      System.out.printf(
          "copied the engine history of 3 walked cases to %,d cases in %d s (rows per walked"
              + " case: %s)%n",
          withHistory,
          Duration.ofNanos(System.nanoTime() - history).toSeconds(),
          perCase.entrySet().stream()
              .map(e -> e.getKey() + " " + e.getValue() / 3)
              .collect(java.util.stream.Collectors.joining(", ")));
      measureTimeline(app, jdbc, withHistory);
    }
  }

  /**
   * Writes one row, as the app does all day: H2 answers a repeated query from its last result while
   * no table changed, which would time nothing.
   */
  static final java.util.concurrent.atomic.AtomicInteger TOUCHES =
      new java.util.concurrent.atomic.AtomicInteger();

  static void touch(JdbcTemplate jdbc, int i) {
    jdbc.update(
        "update case_file set stage_since = ? where case_number = 'BENCH-0'",
        new Timestamp(System.currentTimeMillis() - i));
  }

  static void seed(JdbcTemplate jdbc, int open, int closed) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update(
        "insert into client (nik, full_name, birth_date, sex, address, created_at, updated_at)"
            + " values ('3273010101500001', 'Klien Uji', date '1950-01-01', 'P', 'Bandung', ?, ?)",
        now,
        now);
    long client = jdbc.queryForObject("select max(id) from client", Long.class);
    Random random = new Random(42);
    Instant end = Instant.now();
    long span = Duration.ofDays(3 * 365).toSeconds();
    List<Object[]> files = new ArrayList<>();
    List<Object[]> stays = new ArrayList<>();
    List<Object[]> scores = new ArrayList<>();
    for (int i = 0; i < open + closed; i++) {
      boolean isOpen = i < open;
      String number = "BENCH-" + i;
      Instant opened = end.minusSeconds(60 + (long) (random.nextDouble() * span));
      int stages = isOpen ? 1 + random.nextInt(5) : STAGES.length;
      Instant at = opened;
      Instant admitted = null;
      for (int s = 0; s < stages; s++) {
        long seconds = 3600L + random.nextInt(30 * 24 * 3600);
        Instant left = at.plusSeconds(seconds);
        boolean last = s == stages - 1;
        if (left.isAfter(end)) {
          left = end;
        }
        if (s == 1) {
          admitted = at;
        }
        stays.add(
            new Object[] {
              number,
              STAGES[s],
              Timestamp.from(at),
              isOpen && last ? null : Timestamp.from(left),
              isOpen && last ? null : Duration.between(at, left).toSeconds()
            });
        at = left;
      }
      files.add(
          new Object[] {
            number,
            client,
            "bench-pi-" + i,
            Timestamp.from(opened),
            isOpen ? "OPEN" : "CLOSED",
            isOpen ? null : REASONS[random.nextInt(REASONS.length)],
            isOpen ? null : EXITS[random.nextInt(EXITS.length)],
            isOpen ? null : Timestamp.from(at),
            "peksos" + (1 + random.nextInt(2)),
            STAGES[stages - 1],
            Timestamp.from(at),
            admitted == null ? null : Timestamp.from(admitted),
            stages > 1 ? LEVELS[i % LEVELS.length] : null
          });
      if (stages > 1) {
        scores.add(
            new Object[] {number, Timestamp.from(admitted), LEVELS[random.nextInt(LEVELS.length)]});
      }
    }
    jdbc.batchUpdate(
        "insert into case_file (case_number, client_id, process_instance_id, opened_at, status,"
            + " closure_reason, exit_reason, closed_at, assigned_worker, stage, stage_since,"
            + " admitted_at, functioning_level) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        files);
    jdbc.batchUpdate(
        "insert into case_stage_stay (case_number, stage, entered_at, left_at, seconds)"
            + " values (?, ?, ?, ?, ?)",
        stays);
    jdbc.batchUpdate(
        "insert into case_score (case_number, round_kind, recorded_at, barthel, lawton, gds,"
            + " functioning_level) values (?, 'ASSESSMENT', ?, 60, 4, 5, ?)",
        scores);
    // the stays per stage, month and length bucket, as V8 counts them from the stays (the app
    // counts each stay as it ends, casefile.StageTimeHistogram)
    jdbc.update(
        "insert into stage_time_histogram (month_index, stage, bucket, stays)"
            + " select month_index, stage, bucket, count(*) from (select"
            + " cast(extract(year from left_at) as int) * 12"
            + " + cast(extract(month from left_at) as int) - 1 as month_index, stage,"
            + " case when seconds < 1 then 0 else 1 + cast(ceil(ln(cast(seconds as double"
            + " precision)) / ln(cast(51 as double precision) / 49)) as int) end as bucket"
            + " from case_stage_stay where left_at is not null and seconds is not null) t"
            + " group by month_index, stage, bucket");
    System.out.printf(
        "%,d stays, %,d histogram rows%n",
        jdbc.queryForObject("select count(*) from case_stage_stay", Long.class),
        jdbc.queryForObject("select count(*) from stage_time_histogram", Long.class));
  }

  /** Columns holding an id of the copied case's own rows: a copy gets them with a suffix. */
  static final java.util.Set<String> OWN_IDS =
      java.util.Set.of(
          "ID_",
          "EXECUTION_ID_",
          "ACT_INST_ID_",
          "PARENT_ACT_INST_ID_",
          "TASK_ID_",
          "DEC_INST_ID_",
          "ROOT_DEC_INST_ID_",
          "VAR_INST_ID_",
          "OPERATION_ID_",
          "JOB_ID_",
          "INCIDENT_ID_",
          "ACTIVITY_INSTANCE_ID_",
          "CASE_EXECUTION_ID_");

  /**
   * Gives every seeded case (BENCH-i, process instance bench-pi-i) an engine history: a few real
   * cases are walked through the engine (CycleWalk, 11 user tasks each), then every ACT_HI_* row
   * of theirs is copied by INSERT ... SELECT, case i a copy of walked case i mod the walked, with
   * its own ids (byte arrays are shared: they are read by id only). Returns the walked cases'
   * rows per table.
   */
  static java.util.Map<String, Long> seedHistory(
      ConfigurableApplicationContext app, JdbcTemplate jdbc, int cases, int walked) {
    org.camunda.bpm.engine.ProcessEngine engine =
        app.getBean(org.camunda.bpm.engine.ProcessEngine.class);
    id.intervensi.bench.TimelineWalk.walk(engine, walked);
    List<String> templates =
        jdbc.queryForList(
            "select proc_inst_id_ from act_hi_procinst where end_time_ is not null"
                + " order by start_time_",
            String.class);
    List<String> tables =
        jdbc.queryForList(
            "select distinct table_name from information_schema.columns where table_schema ="
                + " current_schema and table_name like 'ACT_HI_%' and column_name in"
                + " ('PROC_INST_ID_', 'ROOT_PROC_INST_ID_') order by table_name",
            String.class);
    java.util.Map<String, Long> perTable = new java.util.LinkedHashMap<>();
    for (String table : tables) {
      List<String> columns =
          jdbc.queryForList(
              "select column_name from information_schema.columns where table_schema ="
                  + " current_schema and table_name = ? order by ordinal_position",
              String.class,
              table);
      boolean hasPi = columns.contains("PROC_INST_ID_");
      String owner = hasPi ? "t.PROC_INST_ID_" : "t.ROOT_PROC_INST_ID_";
      StringBuilder select = new StringBuilder();
      for (String column : columns) {
        if (select.length() > 0) {
          select.append(", ");
        }
        if (column.equals("PROC_INST_ID_")
            || column.equals("ROOT_PROC_INST_ID_")
            || (table.equals("ACT_HI_PROCINST") && column.equals("ID_"))) {
          select.append("case when t.").append(column).append(" is null then null else");
          select.append(" 'bench-pi-' || r.X end");
        } else if (OWN_IDS.contains(column)) {
          // the last 40 characters hold the id's UUID: unique, and short enough with the suffix
          select.append("right(t.").append(column).append(", 40) || '-' || r.X");
        } else {
          select.append("t.").append(column);
        }
      }
      String sql =
          "insert into "
              + table
              + " ("
              + String.join(", ", columns)
              + ") select "
              + select
              + " from "
              + table
              + " t, system_range(?, ?) r where "
              + owner
              + " = ? and mod(r.X, ?) = ?";
      perTable.put(
          table,
          jdbc.queryForObject(
              "select count(*) from " + table + " t where " + owner + " is not null", Long.class));
      // in slices, so that one statement's undo log stays small
      for (int from = 0; from < cases; from += 10_000) {
        int to = Math.min(cases, from + 10_000) - 1;
        System.out.printf("  %s: cases %,d-%,d%n", table, from, to);
        for (int t = 0; t < templates.size(); t++) {
          jdbc.update(sql, from, to, templates.get(t), templates.size(), t);
        }
      }
    }
    return perTable;
  }

  /** The timeline of random seeded cases (CaseTimeline.read, as GET /api/history/cases/{n}). */
  static void measureTimeline(ConfigurableApplicationContext app, JdbcTemplate jdbc, int cases)
      throws Exception {
    Object caseFiles = app.getBean(Class.forName("id.intervensi.casefile.CaseFiles"));
    Method find = caseFiles.getClass().getMethod("find", String.class);
    id.intervensi.history.CaseTimeline timeline =
        app.getBean(id.intervensi.history.CaseTimeline.class);
    Random random = new Random(7);
    int entries = 0;
    for (int i = 0; i < 50; i++) {
      entries = readTimeline(timeline, find, caseFiles, "BENCH-" + random.nextInt(cases));
    }
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      touch(jdbc, i);
      String number = "BENCH-" + random.nextInt(cases);
      long start = System.nanoTime();
      readTimeline(timeline, find, caseFiles, number);
      micros.add((System.nanoTime() - start) / 1000);
    }
    Collections.sort(micros);
    System.out.printf(
        "case timeline (%d entries): p50 %.1f ms, p95 %.1f ms, max %.1f ms (200 reads of random"
            + " cases after 50 warm-up reads)%n",
        entries, micros.get(99) / 1000.0, micros.get(189) / 1000.0, micros.get(199) / 1000.0);
  }

  static int readTimeline(
      id.intervensi.history.CaseTimeline timeline, Method find, Object caseFiles, String number)
      throws Exception {
    id.intervensi.casefile.CaseFile caseFile =
        ((java.util.Optional<id.intervensi.casefile.CaseFile>) find.invoke(caseFiles, number))
            .orElseThrow();
    return timeline.read(caseFile).entries().size();
  }
}
