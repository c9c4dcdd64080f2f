package id.intervensi.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the tests, named by INTERVENSI_TEST_POSTGRES_URL (a JDBC URL of a
 * database the role may connect to), INTERVENSI_TEST_POSTGRES_USER and
 * INTERVENSI_TEST_POSTGRES_PASSWORD; .ci/run starts the server and sets them. Each test gets a
 * fresh database of its own (the role needs CREATEDB), so runs never see each other's cases.
 *
 * <p>Without the variable the PostgreSQL tests are skipped with a message (a developer without
 * PostgreSQL); with it, an unreachable server fails them, so CI cannot pass without PostgreSQL.
 */
public final class TestPostgres {

  public static final String URL_VARIABLE = "INTERVENSI_TEST_POSTGRES_URL";

  private TestPostgres() {}

  /** Skips the calling test, with a message, when no PostgreSQL server is configured. */
  public static void assumeConfigured() {
    if (!isConfigured()) {
      String message =
          "PostgreSQL tests skipped: set "
              + URL_VARIABLE
              + " (and INTERVENSI_TEST_POSTGRES_USER/_PASSWORD) to a server where the role may create databases, as .ci/run does";
      // Maven shows a skipped test only as a number: say why in the build output
      System.out.println(message);
      Assumptions.abort(message);
    }
  }

  public static boolean isConfigured() {
    String url = System.getenv(URL_VARIABLE);
    return url != null && !url.isBlank();
  }

  /** A new, empty database; {@link Database#close()} drops it. */
  public static Database createDatabase(String purpose) {
    String name = "intervensi_it_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
    String adminUrl = System.getenv(URL_VARIABLE);
    execute(adminUrl, "create database " + name);
    return new Database(
        name, adminUrl, adminUrl.replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "$1"));
  }

  static String user() {
    return System.getenv().getOrDefault("INTERVENSI_TEST_POSTGRES_USER", "intervensi");
  }

  static String password() {
    return System.getenv().getOrDefault("INTERVENSI_TEST_POSTGRES_PASSWORD", "intervensi");
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url, user(), password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at " + url + " (" + URL_VARIABLE + "): " + sql + ": " + e.getMessage(), e);
    }
  }

  /** One test's database. */
  public record Database(String name, String adminUrl, String url) implements AutoCloseable {

    /**
     * The variables of the app's postgres profile (application-postgres.yaml) for this database.
     */
    public Map<String, String> appEnvironment() {
      return Map.of(
          "INTERVENSI_DB_URL",
          url,
          "INTERVENSI_DB_USER",
          user(),
          "INTERVENSI_DB_PASSWORD",
          password());
    }

    public Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user(), password());
    }

    /**
     * Drops the database. Cleaning up is not what the test proves: if the server still holds a
     * session (a killed app's, or an autovacuum worker this role may not end), try again for a
     * while, then leave the database to .ci/run, which drops leftovers before the next run.
     */
    @Override
    public void close() {
      for (int attempt = 1; ; attempt++) {
        try {
          // FORCE: a killed app may have left sessions behind
          execute(adminUrl, "drop database if exists " + name + " with (force)");
          return;
        } catch (IllegalStateException e) {
          if (attempt == 10) {
            System.err.println("Test database " + name + " left behind: " + e.getMessage());
            return;
          }
          try {
            Thread.sleep(1_000);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }
}
