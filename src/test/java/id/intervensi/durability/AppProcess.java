package id.intervensi.durability;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.cycle.InterventionCycle;
import id.intervensi.e2e.Rest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged app (target/intervensi-*.jar, built by `mvn package` before the *IT classes run) as
 * a separate operating-system process, as a home runs it: `java -jar`, demo profile, its own port.
 * A process and not a Spring context in the test JVM, because only then does kill -9 take away
 * everything the app had not yet written, and only then are two nodes really two engines.
 */
public final class AppProcess implements AutoCloseable {

  public static final String PASSWORD = "demo";

  private final String name;
  private final Path workDir;
  private final List<String> profiles;
  private final Map<String, String> environment;
  private final List<String> arguments;
  private final Path log;
  private final Map<String, Rest> clients = new ConcurrentHashMap<>();
  private Process process;
  private int port;

  private AppProcess(
      String name,
      Path workDir,
      List<String> profiles,
      Map<String, String> environment,
      List<String> arguments) {
    this.name = name;
    this.workDir = workDir;
    this.profiles = profiles;
    this.environment = environment;
    this.arguments = arguments;
    this.log = logDirectory().resolve(name + ".log");
  }

  /**
   * Prepares an app whose working directory is {@code workDir}: with the default H2 URL ({@code
   * ./data/intervensi}) its database file lands there, under the settings the app ships with.
   */
  public static AppProcess of(
      String name,
      Path workDir,
      List<String> profiles,
      Map<String, String> environment,
      String... arguments) {
    return new AppProcess(name, workDir, profiles, environment, List.of(arguments));
  }

  /**
   * Starts the app on a port the system chooses (server.port=0, read from its log: a port reserved
   * here and released before the app takes it could be taken by another in between) and waits until
   * it serves a demo user; fails with the end of its log otherwise.
   */
  public AppProcess start() {
    port = 0;
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // small heap and a serial collector: two nodes, PostgreSQL and Maven share two
                // cores here
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-jar",
                jar().toString(),
                "--server.port=0",
                "--spring.profiles.active=" + String.join(",", profiles),
                // the job executor looks for due jobs at least every second instead of up to every
                // minute
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=1000"));
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    try {
      Files.writeString(
          log,
          "\n===== " + Instant.now() + " start " + name + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      logStart = Files.size(log);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    clients.clear();
    awaitUp(Duration.ofSeconds(180));
    return this;
  }

  /**
   * Up means: the models are deployed and the demo users and their grants exist (they are made by
   * runners after the web server already answers, so an open port is not enough).
   */
  private void awaitUp(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(
            name + " stopped while starting (exit " + process.exitValue() + "):\n" + logTail());
      }
      if (port == 0) {
        port = portFromLog();
        sleep(Duration.ofMillis(250));
        continue;
      }
      Rest worker = Rest.as(port, "peksos1", PASSWORD);
      try {
        if (worker
                .get("/engine-rest/process-definition/key/" + InterventionCycle.PROCESS_ID)
                .status()
            == 200) {
          return;
        }
      } catch (RuntimeException notYetListening) {
        // connection refused until Tomcat listens
      }
      sleep(Duration.ofMillis(250));
    }
    throw new AssertionError(name + " did not come up in " + timeout + ":\n" + logTail());
  }

  /** kill -9: the JVM gets no chance to flush, close or shut down anything. */
  public void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  /** A normal stop (SIGTERM): the engine and the database shut down in order. */
  public void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      waitForExit();
    }
  }

  private void waitForExit() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      waitForExit();
    }
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  /**
   * The REST API of this node as a demo user (one client per user, reused: it keeps its
   * connections).
   */
  public Rest as(String user) {
    return clients.computeIfAbsent(user, u -> Rest.as(port, u, PASSWORD));
  }

  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  static Path jar() {
    String jar = System.getProperty("intervensi.jar");
    assertThat(jar)
        .as("system property intervensi.jar (set by maven-failsafe-plugin: run with `mvn verify`)")
        .isNotNull();
    Path path = Path.of(jar);
    assertThat(path)
        .as("the packaged app; `mvn verify` builds it before the integration tests")
        .exists();
    return path;
  }

  private static Path logDirectory() {
    Path dir = Path.of(System.getProperty("intervensi.it.logs", "target/it-logs"));
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern STARTED_ON_PORT = Pattern.compile("Tomcat started on port (\\d+)");
  private long logStart;

  /** The port Tomcat reports in this start's part of the log, or 0 while it has not started. */
  private int portFromLog() {
    try {
      byte[] all = Files.readAllBytes(log);
      String since =
          new String(
              all,
              (int) Math.min(logStart, all.length),
              (int) Math.max(0, all.length - logStart),
              StandardCharsets.UTF_8);
      Matcher started = STARTED_ON_PORT.matcher(since);
      return started.find() ? Integer.parseInt(started.group(1)) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
