package id.intervensi.security;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Extended statistics on ACT_RU_AUTHORIZATION, on PostgreSQL 14 and later. Every authorized engine
 * query (a group's task list and count, the history as a worker) joins the grants of the user's
 * groups by a permission bit ({@code PERMS_ & 2 = 2} for READ, {@code & 64} for READ_TASK).
 * PostgreSQL cannot estimate such an expression and took it for 0.5 % of the rows: at 10,000 open
 * and 100,000 closed cases (a million grants) it compared every candidate task with every grant,
 * and a worker's task list took 2.8 s p95 instead of 0.3 s (bench/RESULTS.md, bench/scale). With
 * these statistics it reads the grants of each task through the RESOURCE_ID_ index.
 *
 * <p>Created at start-up, not by a Flyway migration: the migrations also run on H2, and the engine
 * creates its tables after them. H2 plans this query well without them.
 */
@Component
class AuthorizationQueryStatistics implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationQueryStatistics.class);

  /** The statistics' names (stable: a test and the operators' docs name them). */
  static final String READ = "intervensi_auth_read";

  static final String READ_TASK = "intervensi_auth_read_task";

  private final DataSource dataSource;

  // the engine's tables exist once the engine is built
  AuthorizationQueryStatistics(DataSource dataSource, ProcessEngine engine) {
    this.dataSource = dataSource;
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      DatabaseMetaData database = connection.getMetaData();
      if (!"PostgreSQL".equals(database.getDatabaseProductName())) {
        return;
      }
      if (database.getDatabaseMajorVersion() < 14) {
        LOG.warn(
            "PostgreSQL {} has no statistics on expressions: authorized task lists may be slow"
                + " with many cases (PostgreSQL 14 or later is recommended)",
            database.getDatabaseProductVersion());
        return;
      }
      boolean created = false;
      for (String[] statistics : new String[][] {{READ, "2"}, {READ_TASK, "64"}}) {
        if (!exists(connection, statistics[0])) {
          statement.execute(create(statistics[0], statistics[1]));
          created = true;
        }
      }
      if (created) {
        // built now rather than at autovacuum's next ANALYZE (a sample: seconds at a million rows)
        statement.execute("analyze act_ru_authorization");
        LOG.info("extended statistics created on ACT_RU_AUTHORIZATION");
      }
    }
  }

  private static String create(String name, String permission) {
    return "create statistics if not exists "
        + name
        + " (mcv) on resource_type_, (perms_ & "
        + permission
        + "), type_ from act_ru_authorization";
  }

  private static boolean exists(Connection connection, String name) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("select count(*) from pg_statistic_ext where stxname = ?")) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() && rows.getLong(1) > 0;
      }
    }
  }
}
