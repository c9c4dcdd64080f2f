package id.intervensi.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Records from rows by column name without asking the result set for names it may not have (issue
 * 14: Spring's record mappers throw and catch an SQLException per camel-case field and row).
 */
class RecordRowsTest {

  record Row(
      long id, String caseNumber, LocalDateTime openedAt, LocalDate birthDate, Integer missing) {}

  @Test
  void mapsSnakeCaseAndAliasedColumnsWithoutLookingUpNames() throws SQLException {
    try (Connection sql = DriverManager.getConnection("jdbc:h2:mem:record-rows", "sa", "");
        Statement statement = sql.createStatement()) {
      statement.execute(
          "create table t (id bigint, case_number varchar(20), opened_at timestamp,"
              + " birth_date date)");
      statement.execute(
          "insert into t values (7, 'PSTW-2026-00001', timestamp '2026-12-08 04:00:00',"
              + " date '1950-01-02'), (8, null, null, null)");
      List<Row> rows = new ArrayList<>();
      try (ResultSet rs =
          statement.executeQuery(
              "select id, case_number, opened_at, birth_date as \"birthDate\" from t order by 1")) {
        ResultSet noNameLookUps = withoutFindColumn(rs);
        while (rs.next()) {
          rows.add(RecordRows.of(Row.class).mapRow(noNameLookUps, rows.size()));
        }
      }
      assertThat(rows)
          .containsExactly(
              new Row(
                  7,
                  "PSTW-2026-00001",
                  LocalDateTime.of(2026, 12, 8, 4, 0),
                  LocalDate.of(1950, 1, 2),
                  null),
              new Row(8, null, null, null, null));
    }
  }

  /** The result set, failing the test if asked for a column's index by name. */
  private static ResultSet withoutFindColumn(ResultSet rs) {
    return (ResultSet)
        Proxy.newProxyInstance(
            RecordRowsTest.class.getClassLoader(),
            new Class<?>[] {ResultSet.class},
            (proxy, method, args) -> {
              if (method.getName().equals("findColumn")) {
                throw new AssertionError("findColumn(" + args[0] + ")");
              }
              return method.invoke(rs, args);
            });
  }
}
