package id.intervensi;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V11, in Java because one of its steps is for H2 only (the others are in
 * src/main/resources/db/migration):
 *
 * <ul>
 *   <li>H2 orders NULLs as PostgreSQL does, after every value in an ascending order. The Tasklist
 *       filters (security.TasklistFilters) list the most urgent first: priority, then the earliest
 *       due date. H2 put the tasks without a due date before the overdue ones and the soonest due;
 *       a worker expects those last, as PostgreSQL already lists them. Camunda's task query has no
 *       null ordering of its own, so the database's default does it. H2 keeps the setting in the
 *       database, so it is set here, whatever the JDBC URL (the file of a running home, a test's
 *       in-memory database).
 *   <li>Each scored round (case_score) keeps who gave the information and on which day, and how
 *       many GDS-15 items the client could answer (casefile.CaseProgress records them; the case
 *       file shows them).
 * </ul>
 */
@Component
class MigrationV11 implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("11");
  }

  @Override
  public String getDescription() {
    return "nulls last on H2, informant and GDS items of each scored round";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    // H2 commits the open transaction when its null ordering changes
    return false;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      if (connection.getMetaData().getDatabaseProductName().startsWith("H2")) {
        statement.execute("SET DEFAULT_NULL_ORDERING HIGH");
      }
      statement.execute("alter table case_score add column informant varchar(200)");
      statement.execute("alter table case_score add column information_date date");
      statement.execute("alter table case_score add column gds_items_assessed integer");
    }
  }
}
