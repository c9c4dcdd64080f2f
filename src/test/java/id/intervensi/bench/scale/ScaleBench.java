package id.intervensi.bench.scale;

import id.intervensi.IntervensiApplication;
import id.intervensi.bench.scale.TemplateWalk.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a user waits for at 10,000 open and 100,000 closed cases (issues 11, 12, 14): loads a fresh
 * PostgreSQL database (template cases walked through the app, then multiplied by SQL: {@link
 * ScaleLoad}), starts the app as it runs on it (a JVM of its own, demo and postgres profiles, job
 * executor on), measures the endpoints over HTTP as the demo users, then the bare starter app on
 * the same database ({@link ScaleMeasure}). Usage (bench/scale): {@code [--open N] [--closed M]
 * [--phase load|measure|all] [--db NAME]}.
 */
public final class ScaleBench {

  private ScaleBench() {}

  public static void main(String[] args) throws Exception {
    int open = 10_000;
    int closed = 100_000;
    String phase = "all";
    String database = "intervensi_scale";
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--open" -> open = Integer.parseInt(args[i + 1]);
        case "--closed" -> closed = Integer.parseInt(args[i + 1]);
        case "--phase" -> phase = args[i + 1];
        case "--db" -> database = args[i + 1];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    String server =
        env("INTERVENSI_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/intervensi_ci");
    String user = env("INTERVENSI_TEST_POSTGRES_USER", "intervensi_ci");
    String password = env("INTERVENSI_TEST_POSTGRES_PASSWORD", "intervensi_ci");
    String url = server.substring(0, server.lastIndexOf('/') + 1) + database;
    Path report = Path.of("target/bench-scale-load.txt");
    if (!phase.equals("measure")) {
      String summary = load(server, url, user, password, database, open, closed);
      Files.writeString(report, summary);
    }
    if (!phase.equals("load")) {
      String loaded = Files.exists(report) ? Files.readString(report) : "";
      new ScaleMeasure(url, user, password, open, closed, loaded).run();
    }
  }

  static String load(
      String server,
      String url,
      String user,
      String password,
      String database,
      int open,
      int closed)
      throws SQLException, IOException {
    Instant started = Instant.now();
    try (Connection admin = DriverManager.getConnection(server, user, password);
        Statement s = admin.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
      s.execute("create database " + database);
    }
    System.out.println("walking the template cases through the app (" + url + ")");
    List<Template> templates;
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(IntervensiApplication.class)
            .profiles("demo", "postgres")
            .run(
                "--server.port=0",
                "--logging.level.root=WARN",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--camunda.bpm.job-execution.enabled=false")) {
      templates = new TemplateWalk(app).walkAll();
    }
    Duration walked = Duration.between(started, Instant.now());
    templates.forEach(
        t -> System.out.println("  template " + t.processInstanceId() + " " + t.label()));
    System.out.printf(
        Locale.ROOT,
        "%d templates walked in %d s; copying them to %,d open and %,d closed cases%n",
        templates.size(),
        walked.toSeconds(),
        open,
        closed);
    Map<String, Long> counts;
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      ScaleLoad load = new ScaleLoad(db, Math.max(1, Math.min(10_000, (open + closed) / 10)));
      load.load(templates, open, closed);
      counts = load.counts();
    }
    Duration took = Duration.between(started, Instant.now());
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Loaded %,d open and %,d closed cases (+%d walked templates) in %d min %d s (walk: %d s)."
                + " Rows per table:%n%n| table | rows |%n| --- | ---: |%n",
            open,
            closed,
            templates.size(),
            took.toMinutes(),
            took.toSecondsPart(),
            walked.toSeconds()));
    long total = 0;
    for (Map.Entry<String, Long> count : counts.entrySet()) {
      out.append(String.format(Locale.ROOT, "| %s | %,d |%n", count.getKey(), count.getValue()));
      total += count.getValue();
    }
    out.append(String.format(Locale.ROOT, "| total | %,d |%n", total));
    System.out.println(out);
    return out.toString();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
