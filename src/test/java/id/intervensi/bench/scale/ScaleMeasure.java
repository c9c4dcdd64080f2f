package id.intervensi.bench.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import id.intervensi.CaseData;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * The HTTP half of the scale harness: the app as it runs (its own JVM, demo + postgres profiles,
 * job executor on) on the loaded database, the endpoints of issues 11, 12 and 14 timed one request
 * at a time as the demo users (HTTP basic, as the REST API takes it), then the bare starter app
 * (engine REST, no authorizations) on the same database for the task list and count.
 */
final class ScaleMeasure {

  static final int WARM_UP = 30;
  static final int REQUESTS = 200;
  static final String WORKERS = "social-workers";

  /** One measure's figures. */
  record Row(String measure, double[] millis, String goal, String ratio) {}

  private final String url;
  private final String user;
  private final String password;
  private final int open;
  private final int closed;
  private final String loaded;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final List<Row> rows = new ArrayList<>();
  private String base;

  ScaleMeasure(String url, String user, String password, int open, int closed, String loaded) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.open = open;
    this.closed = closed;
    this.loaded = loaded;
  }

  void run() throws Exception {
    Instant started = Instant.now();
    String taskList =
        "/engine-rest/task?candidateGroup="
            + WORKERS
            + "&firstResult=0&maxResults=15&sortBy=created&sortOrder=desc";
    String taskCount = "/engine-rest/task/count?candidateGroup=" + WORKERS;
    Process app =
        start(
            "id.intervensi.IntervensiApplication",
            "--spring.profiles.active=demo,postgres",
            "--logging.level.root=WARN");
    double[] appList;
    double[] appCount;
    try {
      appList = time("task list of a group (15, newest first), peksos1", "peksos1", i -> taskList);
      appCount = time("task count of a group, peksos1", "peksos1", i -> taskCount);
      double[] adminList =
          time("task list of a group, admin (no authorization checks)", "admin", i -> taskList);
      double[] adminCount =
          time("task count of a group, admin (no authorization checks)", "admin", i -> taskCount);
      add("task list, admin (no authorization checks)", adminList, "", "");
      add("task count, admin (no authorization checks)", adminCount, "", "");
      List<String> groupTasks =
          strings(
              "select t.id_ from act_ru_task t join act_ru_identitylink i on i.task_id_ = t.id_"
                  + " and i.type_ = 'candidate' and i.group_id_ = '"
                  + WORKERS
                  + "' where t.assignee_ is null order by t.create_time_ desc limit 1000");
      add(
          "open a task's form (task, form, deployed form, form variables), peksos1",
          timeMany(
              "peksos1",
              i -> {
                String id = pick(groupTasks, i);
                return List.of(
                    "/engine-rest/task/" + id,
                    "/engine-rest/task/" + id + "/form",
                    "/engine-rest/task/" + id + "/deployed-form",
                    "/engine-rest/task/" + id + "/form-variables");
              }),
          "",
          "");
      List<String> ownCases =
          strings(
              "select case_number from case_file where assigned_worker = 'peksos1' and status ="
                  + " 'OPEN' order by case_number limit 1000");
      add(
          "case tab GET /api/cases/{caseNumber}, peksos1 (own case)",
          time("", "peksos1", i -> "/api/cases/" + pick(ownCases, i)),
          "p95 <= 300 ms",
          "");
      List<String> ownTasks =
          strings(
              "select id_ from act_ru_task where assignee_ = 'peksos1' order by create_time_ desc"
                  + " limit 1000");
      add(
          "task's resident GET /api/tasks/{id}/resident, peksos1",
          time("", "peksos1", i -> "/api/tasks/" + pick(ownTasks, i) + "/resident"),
          "p95 <= 300 ms",
          "");
      add(
          "case list GET /api/cases?scope=mine, peksos1",
          time("", "peksos1", i -> "/api/cases?scope=mine"),
          "p95 <= 300 ms",
          "");
      List<String> names = strings("select distinct full_name from client order by 1 limit 40");
      add(
          "case list GET /api/cases?scope=all&q={name}, supervisor1",
          time(
              "",
              "supervisor1",
              i ->
                  "/api/cases?scope=all&q="
                      + URLEncoder.encode(pick(names, i), StandardCharsets.UTF_8)),
          "p95 <= 300 ms",
          "");
      List<String> anyCases =
          strings("select case_number from case_file order by md5(case_number) limit 2000");
      add(
          "case tab GET /api/cases/{caseNumber}, supervisor1 (any case)",
          time("", "supervisor1", i -> "/api/cases/" + pick(anyCases, i)),
          "p95 <= 300 ms",
          "");
      add(
          "timeline GET /api/history/cases/{caseNumber}, auditor1",
          time("", "auditor1", i -> "/api/history/cases/" + pick(anyCases, i)),
          "p95 <= 100 ms",
          "");
      add(
          "dashboard GET /api/dashboard, manajer1",
          time("", "manajer1", i -> "/api/dashboard"),
          "p95 <= 300 ms",
          "");
      List<String> intakes =
          strings(
              "select id_ from act_ru_task where task_def_key_ = 'Task_IntakeInterview' and"
                  + " assignee_ is null order by create_time_ limit "
                  + (WARM_UP + REQUESTS));
      String body =
          json.writeValueAsString(Map.of("variables", CaseData.toRest(CaseData.intake(true))));
      add(
          "submit a form POST /engine-rest/task/{id}/submit-form (intake), peksos1",
          timePost(intakes, body),
          "",
          "");
    } finally {
      stop(app);
    }
    Process bare =
        start(
            "bench.starter.BareStarterApp",
            "--spring.flyway.enabled=false",
            "--camunda.bpm.authorization.enabled=false",
            "--logging.level.root=WARN");
    try {
      double[] bareList = time("task list, bare", null, i -> taskList);
      double[] bareCount = time("task count, bare", null, i -> taskCount);
      rows.add(
          0,
          row(
              "task list of a group (15, newest first), peksos1",
              appList,
              "<= 1.5x bare",
              appList,
              bareList));
      rows.add(
          1, row("task count of a group, peksos1", appCount, "<= 1.5x bare", appCount, bareCount));
      rows.add(
          2, new Row("task list, bare starter (same data, no authorizations)", bareList, "", ""));
      rows.add(
          3, new Row("task count, bare starter (same data, no authorizations)", bareCount, "", ""));
    } finally {
      stop(bare);
    }
    String table = table();
    System.out.println(table);
    if (!Boolean.getBoolean("bench.noAppend")) {
      append(table, Duration.between(started, Instant.now()));
    }
  }

  private static Row row(String name, double[] app, String goal, double[] a, double[] b) {
    return new Row(name, app, goal, String.format(Locale.ROOT, "%.2f", p(a, 0.95) / p(b, 0.95)));
  }

  private void add(String name, double[] millis, String goal, String ratio) {
    rows.add(new Row(name, millis, goal, ratio));
    System.out.printf(
        Locale.ROOT,
        "  %s: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
        name,
        p(millis, 0.5),
        p(millis, 0.95),
        p(millis, 1));
  }

  /** Times REQUESTS GETs after WARM_UP, one at a time; fails on any answer but 200. */
  private double[] time(String label, String as, IntFunction<String> path) throws Exception {
    double[] millis = timeMany(as, i -> List.of(path.apply(i)));
    if (!label.isEmpty()) {
      System.out.printf(
          Locale.ROOT, "  %s: p50 %.1f ms, p95 %.1f ms%n", label, p(millis, 0.5), p(millis, 0.95));
    }
    return millis;
  }

  /**
   * WARM_UP then REQUESTS requests, each part of a measure bounded in time (bench.scale.seconds,
   * default 30 s per part): a slow endpoint gets fewer requests, and the count is printed.
   */
  private double[] timeMany(String as, IntFunction<List<String>> paths) throws Exception {
    long budget = Long.getLong("bench.scale.seconds", 30) * 1_000_000_000L;
    List<Double> millis = new ArrayList<>();
    long warmUpStart = System.nanoTime();
    int i = 0;
    for (; i < WARM_UP && System.nanoTime() - warmUpStart < budget / 3; i++) {
      for (String path : paths.apply(i)) {
        send(as, HttpRequest.newBuilder(URI.create(base + path)).GET(), path);
      }
    }
    long start = System.nanoTime();
    for (;
        millis.size() < REQUESTS && (millis.size() < 5 || System.nanoTime() - start < budget);
        i++) {
      long t0 = System.nanoTime();
      for (String path : paths.apply(i)) {
        send(as, HttpRequest.newBuilder(URI.create(base + path)).GET(), path);
      }
      millis.add((System.nanoTime() - t0) / 1e6);
    }
    if (millis.size() < REQUESTS) {
      System.out.println("    (time budget: " + millis.size() + " timed requests)");
    }
    return millis.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private double[] timePost(List<String> tasks, String body) throws Exception {
    // each submission moves one case on: as many as there are intake tasks (all at full size)
    int requests = Math.min(REQUESTS, tasks.size() * 4 / 5);
    int warmUp = Math.min(WARM_UP, tasks.size() - requests);
    if (requests < 1) {
      throw new IllegalStateException("no intake task to submit");
    }
    double[] millis = new double[requests];
    for (int i = 0; i < warmUp + requests; i++) {
      String path = "/engine-rest/task/" + tasks.get(i) + "/submit-form";
      long t0 = System.nanoTime();
      send(
          "peksos1",
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body)),
          path);
      long took = System.nanoTime() - t0;
      if (i >= warmUp) {
        millis[i - warmUp] = took / 1e6;
      }
    }
    return millis;
  }

  private String send(String as, HttpRequest.Builder request, String path) throws Exception {
    if (as != null) {
      String password = as.equals("admin") ? "admin" : "demo";
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((as + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response =
        http.send(
            request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    if (status != 200 && status != 204) {
      throw new IllegalStateException(
          path + " as " + as + " answered " + status + ": " + response.body());
    }
    return response.body();
  }

  private static String pick(List<String> values, int i) {
    if (values.isEmpty()) {
      throw new IllegalStateException("nothing to pick from");
    }
    return values.get((i * 7919) % values.size());
  }

  /** Starts a JVM on this classpath on a free port; returns when its engine REST API answers. */
  private Process start(String mainClass, String... args) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    base = "http://localhost:" + port;
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    command.add("-cp");
    command.add(classpath(mainClass));
    command.add(mainClass);
    command.add("--server.port=" + port);
    command.add("--spring.datasource.url=" + url);
    command.add("--spring.datasource.username=" + user);
    command.add("--spring.datasource.password=" + password);
    command.addAll(Arrays.asList(args));
    Path log =
        Path.of(
            "target",
            "bench-scale-" + mainClass.substring(mainClass.lastIndexOf('.') + 1) + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Instant started = Instant.now();
    String as = mainClass.startsWith("bench.") ? null : "peksos1";
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(mainClass + " stopped; see " + log);
      }
      if (Duration.between(started, Instant.now()).toMinutes() >= 10) {
        stop(process);
        throw new IllegalStateException(mainClass + " did not answer within 10 minutes");
      }
      try {
        send(
            as,
            HttpRequest.newBuilder(URI.create(base + "/engine-rest/engine")).GET(),
            "/engine-rest/engine");
        break;
      } catch (IOException | IllegalStateException notYet) {
        process.waitFor(500, TimeUnit.MILLISECONDS);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s answers on %s after %d s%n",
        mainClass,
        base,
        Duration.between(started, Instant.now()).toSeconds());
    return process;
  }

  /**
   * The app: this classpath, its classes first. The bare starter: only its one class beside the
   * dependencies (copied out of the test classes as StartupRace does), so that none of the app's
   * classes, settings or webapp resources is on it.
   */
  private static String classpath(String mainClass) throws IOException {
    List<String> entries =
        new ArrayList<>(
            Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
    Path testClasses = Path.of("target/test-classes");
    entries.removeIf(e -> e.endsWith("target/test-classes") || e.endsWith("target/classes"));
    if (mainClass.startsWith("bench.")) {
      Path classes = Path.of("target/bench-scale-bare");
      Path target = classes.resolve("bench/starter/BareStarterApp.class");
      Files.createDirectories(target.getParent());
      Files.copy(
          testClasses.resolve("bench/starter/BareStarterApp.class"),
          target,
          StandardCopyOption.REPLACE_EXISTING);
      entries.add(0, classes.toString());
    } else {
      entries.add(0, testClasses.toString());
      entries.add(0, "target/classes");
    }
    return String.join(File.pathSeparator, entries);
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(url, user, password);
        Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  static double p(double[] values, double quantile) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private String table() {
    StringBuilder out = new StringBuilder();
    out.append("| measure | requests | p50 ms | p95 ms | max ms | goal | app / bare p95 |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | --- | ---: |\n");
    for (Row row : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.1f | %.1f | %.1f | %s | %s |%n",
              row.measure(),
              row.millis().length,
              p(row.millis(), 0.5),
              p(row.millis(), 0.95),
              p(row.millis(), 1),
              row.goal(),
              row.ratio()));
    }
    return out.toString();
  }

  private void append(String table, Duration took) throws Exception {
    String database;
    try (Connection db = DriverManager.getConnection(url, user, password);
        Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("select version()")) {
      rs.next();
      database = rs.getString(1).replaceAll(" on .*", "");
    }
    String header =
        String.format(
            Locale.ROOT,
            "%n## %s, `bench/scale` (%,d open / %,d closed cases over HTTP; %d cores, %d GB RAM, %s %s, %s; %d s)%n%n",
            Instant.now().truncatedTo(ChronoUnit.SECONDS),
            open,
            closed,
            Runtime.getRuntime().availableProcessors(),
            Math.round(
                ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize()
                    / 1e9),
            System.getProperty("java.vm.name"),
            System.getProperty("java.version"),
            database,
            took.toSeconds());
    String notes =
        "Shared 2-core machine (3 other helpers building and benchmarking at the same time):"
            + " absolute times are pessimistic; the ratios were taken in the same run. One"
            + " request at a time, "
            + WARM_UP
            + " warm-up requests then up to "
            + REQUESTS
            + " timed per measure within its time budget (column requests), each as the demo"
            + " user named (HTTP basic).\n\n";
    Files.writeString(
        Path.of("bench/RESULTS.md"),
        header + notes + table + "\n" + loaded,
        StandardOpenOption.APPEND);
  }
}
