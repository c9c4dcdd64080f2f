package id.intervensi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.intervensi.e2e.RunningApp;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the app gives the planner statistics on the permission bits of the engine's grants
 * (bench/RESULTS.md: without them a worker's task list took seconds at 100,000 cases). Runs in the
 * PostgreSQL pass (pom.xml, postgres-tests); skipped on H2, which needs none.
 */
@RunningApp
class AuthorizationQueryStatisticsTest {

  @Autowired DataSource dataSource;

  @Test
  void thePermissionBitsOfTheGrantsHaveStatisticsOnPostgresql() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assumeTrue(
          "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()),
          "PostgreSQL only");
    }
    JdbcTemplate sql = new JdbcTemplate(dataSource);
    assertThat(
            sql.queryForList(
                "select s.stxname from pg_statistic_ext s join pg_class t on t.oid = s.stxrelid"
                    + " where t.relname = 'act_ru_authorization' order by s.stxname",
                String.class))
        .containsExactly(AuthorizationQueryStatistics.READ, AuthorizationQueryStatistics.READ_TASK);
    // built (by the ANALYZE at start-up), so that the planner uses them
    assertThat(
            sql.queryForObject(
                "select count(distinct statistics_name) from pg_stats_ext"
                    + " where tablename = 'act_ru_authorization' and statistics_name in (?, ?)",
                Long.class,
                AuthorizationQueryStatistics.READ,
                AuthorizationQueryStatistics.READ_TASK))
        .isEqualTo(2);
  }
}
