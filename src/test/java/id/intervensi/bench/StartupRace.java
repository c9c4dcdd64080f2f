package id.intervensi.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up time and resident memory of the app as the README starts it (`mvn spring-boot:run`: its
 * classes on its runtime classpath, demo profile, a fresh H2 file database in an empty working
 * folder) against a bare Spring Boot + Camunda starter app on the same runtime dependencies
 * (bench.starter.BareStarterApp), each a JVM of its own with the same options. Ready = the start
 * page answers 200 (redirects followed).
 */
final class StartupRace {

  record Start(double seconds, double rssMegabytes) {}

  private StartupRace() {}

  /**
   * The app as `mvn spring-boot:run` starts it (README): its classes and runtime dependencies, the
   * default (demo) profile, a fresh H2 file database under ./data of an empty working folder.
   */
  static Start app(Path runtimeClasspathFile, Path classes) throws IOException {
    String classpath =
        classes.toAbsolutePath()
            + File.pathSeparator
            + Files.readString(runtimeClasspathFile).trim();
    return start(List.of("-cp", classpath, "id.intervensi.IntervensiApplication"), List.of());
  }

  /**
   * The bare starter app: the app's runtime dependencies and the one class of
   * bench.starter.BareStarterApp, copied out of the test classes so that nothing of the app is on
   * its classpath.
   */
  static Start bareStarter(Path runtimeClasspathFile, Path testClasses) {
    try {
      Path classes = Files.createTempDirectory("bench-starter");
      Path target = classes.resolve("bench/starter/BareStarterApp.class");
      Files.createDirectories(target.getParent());
      Files.copy(testClasses.resolve("bench/starter/BareStarterApp.class"), target);
      String classpath =
          classes + File.pathSeparator + Files.readString(runtimeClasspathFile).trim();
      return start(
          List.of("-cp", classpath, "bench.starter.BareStarterApp"),
          List.of(
              "--spring.datasource.url=jdbc:h2:file:./data/bare;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
              // a bare app has no migrations of its own (Flyway would refuse the engine's schema)
              "--spring.flyway.enabled=false",
              "--camunda.bpm.admin-user.id=demo",
              "--camunda.bpm.admin-user.password=demo",
              "--camunda.bpm.webapp.index-redirect-enabled=true"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Start start(List<String> launch, List<String> arguments) {
    Path workDir;
    int port;
    try {
      workDir = Files.createTempDirectory("bench-start");
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // no JVM options: the JVM's own choices on this machine, as `java -jar` in the README
    command.addAll(launch);
    command.add("--server.port=" + port);
    command.addAll(arguments);
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    long started = System.nanoTime();
    Process process = null;
    try {
      process =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(workDir.resolve("out.log").toFile())
              .start();
      long deadline = started + 300_000_000_000L;
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "did not start: "
                  + launch.get(launch.size() - 1)
                  + "\n"
                  + tail(workDir.resolve("out.log")));
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "not ready in 5 minutes: " + launch.get(launch.size() - 1));
        }
        if (answers(http, port)) {
          break;
        }
        Thread.sleep(100);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      return new Start(seconds, rssMegabytes(process.pid()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      if (process != null) {
        process.destroy();
        try {
          process.waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private static boolean answers(HttpClient http, int port) throws InterruptedException {
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  /** VmRSS of the JVM (Linux). */
  private static double rssMegabytes(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
