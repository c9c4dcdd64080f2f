package id.intervensi.tasklist;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V11: H2 orders NULLs as PostgreSQL does, after every value in an ascending order. The
 * Tasklist filters (security.TasklistFilters) list the most urgent first: priority, then the
 * earliest due date. H2 put the tasks without a due date before the overdue ones and the soonest
 * due; a worker expects those last, as PostgreSQL already lists them. Camunda's task query has no
 * null ordering of its own, so the database's default does it. H2 keeps the setting in the
 * database, so it is set once, here, whatever the JDBC URL (the file of a running home, a test's
 * in-memory database); on PostgreSQL there is nothing to do.
 */
@Component
class NullsLastOnH2 implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("11");
  }

  @Override
  public String getDescription() {
    return "nulls last on H2";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    // H2 commits the open transaction when the setting changes
    return false;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    if (connection.getMetaData().getDatabaseProductName().startsWith("H2")) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET DEFAULT_NULL_ORDERING HIGH");
      }
    }
  }
}
