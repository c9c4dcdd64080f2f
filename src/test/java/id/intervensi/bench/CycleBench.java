package id.intervensi.bench;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.intervensi.IntervensiApplication;
import id.intervensi.durability.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.ThreadPoolJobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.h2.engine.Constants;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * bench/run: Intervensi against a bare Camunda engine and a bare Spring Boot + Camunda starter, in
 * one run, as ratios (see bench/README.md). Modes: full (the figures of RESULTS.md), quick, smoke
 * (seconds; CycleBenchSmokeIT runs it in CI so that the benchmark cannot rot).
 */
public final class CycleBench {

  /** How much of everything a mode does. */
  public record Mode(
      String name,
      int warmUpRounds,
      int rounds,
      int casesPerRound,
      int stormTimers,
      int stormRounds,
      int startRounds) {

    static Mode of(String name) {
      return switch (name) {
        case "full" -> new Mode(name, 2, 7, 40, 10_000, 1, 2);
        case "quick" -> new Mode(name, 1, 3, 10, 1_000, 1, 1);
        case "smoke" -> new Mode(name, 1, 1, 1, 10, 1, 1);
        default -> throw new IllegalArgumentException("mode: full, quick or smoke, not " + name);
      };
    }
  }

  /** One line of the table. */
  public record Row(String measure, List<Double> values, String goal) {

    double median() {
      return sorted().get(values.size() / 2);
    }

    double min() {
      return sorted().get(0);
    }

    double max() {
      return sorted().get(values.size() - 1);
    }

    private List<Double> sorted() {
      List<Double> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      return sorted;
    }
  }

  private final Mode mode;
  private final Path project;
  private final List<Row> rows = Collections.synchronizedList(new ArrayList<>());
  private final List<String> notes = new ArrayList<>();

  CycleBench(Mode mode, Path project) {
    this.mode = mode;
    this.project = project;
  }

  public static void main(String[] args) throws Exception {
    Mode mode = Mode.of(args.length > 0 ? args[0] : "full");
    Path project = Path.of("").toAbsolutePath();
    CycleBench bench = new CycleBench(mode, project);
    long started = System.nanoTime();
    bench.runAll();
    String report = bench.report((System.nanoTime() - started) / 1e9);
    System.out.println();
    System.out.println(report);
    if (!Boolean.getBoolean("bench.noAppend")) {
      Files.writeString(
          project.resolve("bench/RESULTS.md"),
          "\n" + report,
          StandardOpenOption.APPEND,
          StandardOpenOption.CREATE);
    }
    // the apps' and engines' thread pools are closed; nothing else should keep the JVM
    System.exit(0);
  }

  /** Every measure of the mode; each produces a row or fails. */
  public List<Row> runAll() throws Exception {
    // -Dbench.only=cycle|storm|start runs one part (while working on it)
    String only = System.getProperty("bench.only", "");
    // smoke proves that every measure runs, not how fast: the two start-ups run beside the rest
    CompletableFuture<Void> startsBeside = null;
    if ((only.isEmpty() || only.equals("start")) && mode.name().equals("smoke")) {
      startsBeside = CompletableFuture.runAsync(this::startUpUnchecked);
    }
    if (only.isEmpty() || only.equals("cycle")) {
      cycle();
    }
    if (only.isEmpty() || only.equals("storm")) {
      // -Dbench.stormOn=h2,pg,pg2: some of the storms (while working on them)
      List<String> on = List.of(System.getProperty("bench.stormOn", "h2,pg,pg2").split(","));
      if (on.contains("h2")) {
        stormOn("H2 file", this::h2File, 1);
      }
      if (TestPostgres.isConfigured()) {
        if (on.contains("pg")) {
          stormOn("PostgreSQL", this::postgres, 1);
        }
        if (on.contains("pg2")) {
          // two nodes on one database: PostgreSQL only (docs/cluster.md: H2 is for one node)
          stormOn("PostgreSQL", this::postgres, 2);
        }
      } else {
        notes.add("PostgreSQL not configured (" + TestPostgres.URL_VARIABLE + "): no storm on it.");
      }
    }
    if (startsBeside != null) {
      startsBeside.join();
    } else if (only.isEmpty() || only.equals("start")) {
      startUp();
    }
    return rows;
  }

  // ---- 1. a whole case: app vs bare engine, same model, same variables, same walk ----

  void cycle() {
    ProcessEngine bare =
        BareCycleEngine.start(
            "bench-bare-cycle",
            "jdbc:h2:mem:bench-bare-cycle;DB_CLOSE_DELAY=-1",
            "sa",
            "",
            ProcessEngineConfiguration.HISTORY_FULL,
            null);
    try (ConfigurableApplicationContext app =
        app("jdbc:h2:mem:bench-app-cycle;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE", false)) {
      ProcessEngine intervensi = app.getBean(ProcessEngine.class);
      for (int i = 0; i < mode.warmUpRounds(); i++) {
        measureWalk(bare);
        measureWalk(intervensi);
      }
      List<Double> speed = new ArrayList<>();
      List<Double> memory = new ArrayList<>();
      List<Double> appRate = new ArrayList<>();
      List<Double> bareRate = new ArrayList<>();
      List<Double> appBytes = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      for (int round = 0; round < mode.rounds(); round++) {
        // alternate which side goes first, so that a drift in the machine's load hits both
        double[] b;
        double[] c;
        if (round % 2 == 0) {
          b = measureWalk(bare);
          c = measureWalk(intervensi);
        } else {
          c = measureWalk(intervensi);
          b = measureWalk(bare);
        }
        speed.add(c[0] / b[0]);
        memory.add(c[1] / b[1]);
        cpu.add(b[2] / c[2]);
        appRate.add(c[0]);
        bareRate.add(b[0]);
        appBytes.add(c[1] / 1e6);
        System.out.printf(
            Locale.ROOT,
            "cycle round %d: bare %.1f cases/s %.1f MB/case %.0f ms CPU/case"
                + " | app %.1f cases/s %.1f MB/case %.0f ms CPU/case%n",
            round + 1,
            b[0],
            b[1] / 1e6,
            b[2] * 1e3,
            c[0],
            c[1] / 1e6,
            c[2] * 1e3);
      }
      if (Boolean.getBoolean("bench.queries")) {
        queryLog("bare engine", bare, dataSourceOf(bare));
        queryLog("app", intervensi, app.getBean(DataSource.class));
      }
      rows.add(new Row("whole case (11 tasks): throughput, app / bare engine", speed, ">= 0.8"));
      // the walk's own CPU time: on a loaded machine the wall clock swings by 2x between rounds,
      // the CPU time a thread was given much less (RESULTS.md, the ratio section)
      rows.add(
          new Row(
              "whole case: CPU time per case, bare engine / app (walking thread)", cpu, ">= 0.8"));
      rows.add(new Row("whole case: memory allocated per case, app / bare engine", memory, ""));
      rows.add(new Row("whole case: app, cases per second", appRate, ""));
      rows.add(new Row("whole case: bare engine, cases per second", bareRate, ""));
      rows.add(new Row("whole case: app, MB allocated per case", appBytes, ""));
    } finally {
      bare.close();
    }
  }

  /** {cases per second, bytes allocated per case, CPU seconds per case} of one round. */
  double[] measureWalk(ProcessEngine engine) {
    long bytes = allocatedBytes();
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long start = System.nanoTime();
    CycleWalk.walk(engine, mode.casesPerRound());
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9;
    return new double[] {
      mode.casesPerRound() / seconds,
      (double) (allocatedBytes() - bytes) / mode.casesPerRound(),
      cpuSeconds / mode.casesPerRound()
    };
  }

  static DataSource dataSourceOf(ProcessEngine engine) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDataSource();
  }

  /**
   * -Dbench.queries=true: H2's query statistics over the walk of the round's cases, the statements
   * per case and the most frequent ones (what RESULTS.md calls the query log).
   */
  void queryLog(String side, ProcessEngine engine, DataSource dataSource) {
    try (Connection sql = dataSource.getConnection();
        Statement statement = sql.createStatement()) {
      statement.execute("SET QUERY_STATISTICS_MAX_ENTRIES 5000");
      statement.execute("SET QUERY_STATISTICS TRUE");
      CycleWalk.walk(engine, mode.casesPerRound());
      long total = 0;
      double millis = 0;
      List<String> lines = new ArrayList<>();
      try (ResultSet stats =
          statement.executeQuery(
              "select SQL_STATEMENT, EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME"
                  + " from INFORMATION_SCHEMA.QUERY_STATISTICS order by EXECUTION_COUNT desc")) {
        while (stats.next()) {
          long count = stats.getLong(2);
          total += count;
          millis += stats.getDouble(3);
          if (lines.size() < 200) {
            String text = stats.getString(1).replaceAll("\\s+", " ");
            lines.add(
                String.format(
                    Locale.ROOT,
                    "  %6.1f per case %8.1f ms  %s",
                    (double) count / mode.casesPerRound(),
                    stats.getDouble(3),
                    text.substring(0, Math.min(160, text.length()))));
          }
        }
      }
      statement.execute("SET QUERY_STATISTICS FALSE");
      System.out.printf(
          Locale.ROOT,
          "query log, %s: %.0f statements per case, %.1f ms per case in H2%n",
          side,
          (double) total / mode.casesPerRound(),
          millis / mode.casesPerRound());
      lines.forEach(System.out::println);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long allocatedBytes() {
    return ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  // ---- 2. the timer storm: app vs bare engine, same model and job executor settings ----

  /** A fresh database: its JDBC URL, user, password, and what drops it afterwards. */
  record Database(String url, String user, String password, AutoCloseable drop) {}

  interface DatabaseFactory {
    Database create(String purpose) throws IOException;
  }

  Database h2File(String purpose) throws IOException {
    Path dir = project.resolve("target/bench-db/" + purpose);
    deleteTree(dir);
    Files.createDirectories(dir);
    return new Database(
        "jdbc:h2:file:" + dir.resolve("db") + H2_FILE_OPTIONS, "sa", "", () -> deleteTree(dir));
  }

  /**
   * The options of the app's own H2 file URL (application.yaml), for both sides; without
   * MAX_COMPACT_TIME, which only makes closing the database compact it (seconds of the benchmark
   * spent on files it deletes next).
   */
  static final String H2_FILE_OPTIONS = h2FileOptions();

  private static String h2FileOptions() {
    try (var in = CycleBench.class.getResourceAsStream("/application.yaml")) {
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher url = Pattern.compile("url: jdbc:h2:file:[^;\\s]*(;\\S*)").matcher(yaml);
      if (!url.find()) {
        throw new IllegalStateException("no H2 file URL in application.yaml");
      }
      return url.group(1).replaceAll(";MAX_COMPACT_TIME=\\d+", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Database postgres(String purpose) {
    TestPostgres.Database db = TestPostgres.createDatabase("bench_" + purpose.replace('-', '_'));
    var environment = db.appEnvironment();
    return new Database(
        db.url(),
        environment.get("INTERVENSI_DB_USER"),
        environment.get("INTERVENSI_DB_PASSWORD"),
        db);
  }

  /**
   * The job executor of both sides: application.yaml's camunda.bpm.job-execution (the app reads it
   * itself; the bare engine gets the same values), or -Dbench.jobs=core,max,queue,perAcquisition,
   * waitMillis for both (to try settings).
   */
  static BareCycleEngine.JobExecution jobs() {
    String given = System.getProperty("bench.jobs", "");
    if (given.isBlank()) {
      return BareCycleEngine.JobExecution.APPLICATION_YAML;
    }
    int[] v = Stream.of(given.split(",")).mapToInt(Integer::parseInt).toArray();
    return new BareCycleEngine.JobExecution(v[0], v[1], v[2], v[3], v[4], 60000);
  }

  /** History level of both sides: full (docs/case-history.md) or -Dbench.history=audit. */
  static String historyLevel() {
    return System.getProperty("bench.history", ProcessEngineConfiguration.HISTORY_FULL);
  }

  void stormOn(String databaseName, DatabaseFactory databases, int nodes) throws Exception {
    BareCycleEngine.JobExecution jobs = jobs();
    int n = Integer.getInteger("bench.timers", mode.stormTimers());
    List<Double> ratio = new ArrayList<>();
    List<Double> appRate = new ArrayList<>();
    List<Double> bareRate = new ArrayList<>();
    boolean postgres = databaseName.startsWith("PostgreSQL");
    for (int round = 0; round < mode.stormRounds(); round++) {
      String[] settings = new String[2];
      double bare = bareStorm(databases, jobs, n, nodes, postgres, settings);
      // -Dbench.bareOnly=true: the bare engine alone (while trying job executor settings)
      double app =
          Boolean.getBoolean("bench.bareOnly")
              ? bare
              : appStorm(databases, jobs, n, nodes, postgres, settings);
      System.out.printf(
          Locale.ROOT,
          "timer storm on %s, %d node(s), %d timers: bare %.0f/s | app %.0f/s%n",
          databaseName,
          nodes,
          n,
          bare,
          app);
      ratio.add(app / bare);
      appRate.add(app);
      bareRate.add(bare);
    }
    String name =
        "timer storm ("
            + n
            + " due at once), "
            + databaseName
            + (nodes > 1 ? ", " + nodes + " nodes" : "");
    rows.add(new Row(name + ": rate, app / bare engine", ratio, ">= 0.8"));
    rows.add(new Row(name + ": app, timers per second", appRate, ""));
    rows.add(new Row(name + ": bare engine, timers per second", bareRate, ""));
  }

  /**
   * A connection pool as Spring Boot makes the app's (Hikari, its defaults, and what
   * application-postgres.yaml sets on PostgreSQL).
   */
  static HikariDataSource pool(Database db, boolean postgres) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.url());
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setDriverClassName(postgres ? "org.postgresql.Driver" : "org.h2.Driver");
    if (postgres) {
      config.setMaximumPoolSize(20);
      config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    }
    return new HikariDataSource(config);
  }

  double bareStorm(
      DatabaseFactory databases,
      BareCycleEngine.JobExecution jobs,
      int n,
      int nodes,
      boolean postgres,
      String[] settings)
      throws Exception {
    Database db = databases.create("bare-storm");
    try (AutoCloseable drop = db.drop()) {
      List<HikariDataSource> pools = new ArrayList<>();
      List<ProcessEngine> engines = new ArrayList<>();
      try {
        for (int node = 0; node < nodes; node++) {
          HikariDataSource pool = pool(db, postgres);
          pools.add(pool);
          engines.add(
              BareCycleEngine.start(
                  "bench-bare-storm-" + node, pool, historyLevel(), jobs, node == 0));
        }
        settings[0] = settings(engines.get(0), pools.get(0), db);
        System.out.println("  bare engine: " + settings[0]);
        prepare(engines.get(0), n);
        return TimerStorm.storm(engines, n);
      } finally {
        engines.forEach(ProcessEngine::close);
        pools.forEach(HikariDataSource::close);
      }
    }
  }

  double appStorm(
      DatabaseFactory databases,
      BareCycleEngine.JobExecution jobs,
      int n,
      int nodes,
      boolean postgres,
      String[] settings)
      throws Exception {
    Database db = databases.create("app-storm");
    try (AutoCloseable drop = db.drop()) {
      List<String> arguments = new ArrayList<>();
      if (!System.getProperty("bench.jobs", "").isBlank()) {
        arguments.addAll(jobs.asAppArguments());
      }
      arguments.add("--camunda.bpm.history-level=" + historyLevel());
      arguments.add("--spring.datasource.username=" + db.user());
      arguments.add("--spring.datasource.password=" + db.password());
      List<ConfigurableApplicationContext> apps = new ArrayList<>();
      try {
        for (int node = 0; node < nodes; node++) {
          apps.add(app(db.url(), true, postgres, arguments));
        }
        List<ProcessEngine> engines =
            apps.stream().map(app -> app.getBean(ProcessEngine.class)).toList();
        settings[1] =
            settings(engines.get(0), (HikariDataSource) apps.get(0).getBean(DataSource.class), db);
        System.out.println("  app:         " + settings[1]);
        if (!settings[0].equals(settings[1])) {
          throw new IllegalStateException(
              "the two sides of the storm differ:\n  bare "
                  + settings[0]
                  + "\n  app  "
                  + settings[1]);
        }
        prepare(engines.get(0), n);
        return TimerStorm.storm(engines, n);
      } finally {
        apps.forEach(ConfigurableApplicationContext::close);
      }
    }
  }

  /**
   * The settings that decide the storm's speed, as the engine and the pool have them (not as they
   * were asked for): both sides must print the same (the database's name aside).
   */
  static String settings(ProcessEngine engine, HikariDataSource pool, Database db) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    JobExecutor executor = configuration.getJobExecutor();
    String threads;
    if (executor instanceof SpringJobExecutor spring
        && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor tasks) {
      threads =
          tasks.getCorePoolSize()
              + "-"
              + tasks.getMaxPoolSize()
              + ", queue "
              + tasks.getQueueCapacity();
    } else if (executor instanceof ThreadPoolJobExecutor pooled) {
      var threadPool = pooled.getThreadPoolExecutor();
      threads =
          threadPool.getCorePoolSize()
              + "-"
              + threadPool.getMaximumPoolSize()
              + ", queue "
              + (threadPool.getQueue().size() + threadPool.getQueue().remainingCapacity());
    } else {
      threads = executor.getClass().getSimpleName();
    }
    return String.format(
        Locale.ROOT,
        "URL %s; pool %s max %d min idle %d, auto-commit %s, isolation %s;"
            + " history %s, ids %s, JDBC batching %s, database %s;"
            + " job threads %s, %d jobs per acquisition, wait %d ms, max wait %d ms, lock %d ms,"
            + " backoff %d ms",
        pool.getJdbcUrl().replace(db.url(), "<database>") + " (" + urlOptions(db.url()) + ")",
        pool.getClass().getSimpleName(),
        pool.getMaximumPoolSize(),
        pool.getMinimumIdle(),
        pool.isAutoCommit(),
        pool.getTransactionIsolation(),
        configuration.getHistoryLevel().getName(),
        configuration.getIdGenerator().getClass().getSimpleName(),
        configuration.isJdbcBatchProcessing(),
        configuration.getDatabaseType(),
        threads,
        executor.getMaxJobsPerAcquisition(),
        executor.getWaitTimeInMillis(),
        executor.getMaxWait(),
        executor.getLockTimeInMillis(),
        executor.getBackoffTimeInMillis());
  }

  private static String urlOptions(String url) {
    int options = url.indexOf(';');
    return options < 0 ? "no options" : url.substring(options + 1);
  }

  static void prepare(ProcessEngine engine, int n) {
    long started = System.nanoTime();
    TimerStorm.prepare(engine, n);
    System.out.printf(
        Locale.ROOT, "  %d cases prepared in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
  }

  // ---- 3. start-up time and memory: the app against a bare starter app ----

  private void startUpUnchecked() {
    try {
      startUp();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void startUp() throws IOException {
    Path classpath = project.resolve("target/bench-runtime-classpath.txt");
    Path testClasses = project.resolve("target/test-classes");
    List<Double> time = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    List<Double> appSeconds = new ArrayList<>();
    List<Double> bareSeconds = new ArrayList<>();
    List<Double> appRss = new ArrayList<>();
    List<Double> bareRss = new ArrayList<>();
    for (int round = 0; round < mode.startRounds(); round++) {
      StartupRace.Start bare = StartupRace.bareStarter(classpath, testClasses);
      StartupRace.Start app = StartupRace.app(classpath, project.resolve("target/classes"));
      System.out.printf(
          Locale.ROOT,
          "start-up: bare starter %.1f s %.0f MB | app %.1f s %.0f MB%n",
          bare.seconds(),
          bare.rssMegabytes(),
          app.seconds(),
          app.rssMegabytes());
      time.add(app.seconds() / bare.seconds());
      rss.add(app.rssMegabytes() / bare.rssMegabytes());
      appSeconds.add(app.seconds());
      bareSeconds.add(bare.seconds());
      appRss.add(app.rssMegabytes());
      bareRss.add(bare.rssMegabytes());
    }
    rows.add(new Row("start-up until the start page answers: app / bare starter", time, ""));
    rows.add(new Row("RSS when ready: app / bare starter", rss, ""));
    rows.add(new Row("start-up: app (demo profile), seconds", appSeconds, ""));
    rows.add(new Row("start-up: bare starter, seconds", bareSeconds, ""));
    rows.add(new Row("RSS when ready: app, MB", appRss, ""));
    rows.add(new Row("RSS when ready: bare starter, MB", bareRss, ""));
  }

  // ---- the app as it runs: its Spring context, test profile ----

  static ConfigurableApplicationContext app(String url, boolean jobExecutor) {
    return app(url, jobExecutor, false, List.of());
  }

  static ConfigurableApplicationContext app(
      String url, boolean jobExecutor, boolean postgres, List<String> more) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--server.port=0");
    arguments.add("--logging.level.root=WARN");
    arguments.add("--logging.level.id.intervensi=WARN");
    arguments.add("--spring.datasource.url=" + url);
    arguments.add("--camunda.bpm.job-execution.enabled=" + jobExecutor);
    arguments.addAll(more);
    return new SpringApplicationBuilder(IntervensiApplication.class)
        .profiles(postgres ? new String[] {"test", "postgres"} : new String[] {"test"})
        .run(arguments.toArray(String[]::new));
  }

  // ---- the table ----

  String report(double runSeconds) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "## %s, `bench/run %s` (%d cores, %.0f GB RAM, %s %s, H2 %s%s; %.0f s)%n%n",
            Instant.now().truncatedTo(ChronoUnit.MINUTES),
            mode.name(),
            Runtime.getRuntime().availableProcessors(),
            totalMemoryGigabytes(),
            System.getProperty("java.vm.name"),
            System.getProperty("java.version"),
            Constants.VERSION,
            TestPostgres.isConfigured() ? ", PostgreSQL " + postgresVersion() : "",
            runSeconds));
    out.append("| measure | median | min | max | goal |\n| --- | --- | --- | --- | --- |\n");
    for (Row row : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s |%n",
              row.measure(),
              number(row.median()),
              number(row.min()),
              number(row.max()),
              row.goal()));
    }
    for (String note : notes) {
      out.append("\n").append(note).append("\n");
    }
    return out.toString();
  }

  public List<Row> rows() {
    return rows;
  }

  static String number(double value) {
    return value >= 100
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  static double totalMemoryGigabytes() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getTotalMemorySize()
        / 1e9;
  }

  static String postgresVersion() {
    TestPostgres.Database db = TestPostgres.createDatabase("bench_version");
    try (var connection = db.connect()) {
      return connection.getMetaData().getDatabaseProductVersion();
    } catch (SQLException e) {
      return "?";
    } finally {
      db.close();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
