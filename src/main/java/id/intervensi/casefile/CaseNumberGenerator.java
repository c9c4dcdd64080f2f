package id.intervensi.casefile;

import java.time.Year;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues readable, unique, sortable case numbers such as {@code PSTW-2026-00042}: a prefix, the
 * year, and a five-digit number counted per year. Runs in the transaction that opens the case, so a
 * case that fails to open gives its number back.
 */
@Component
public class CaseNumberGenerator {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;
  private final String prefix;

  public CaseNumberGenerator(
      JdbcClient jdbc,
      PlatformTransactionManager transactionManager,
      @Value("${intervensi.case-number.prefix:PSTW}") String prefix) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.prefix = prefix;
  }

  public String next(Year year) {
    return String.format("%s-%d-%05d", prefix, year.getValue(), nextNumber(year.getValue()));
  }

  private int nextNumber(int year) {
    if (increment(year) == 0) {
      try {
        // in a savepoint: on PostgreSQL a failed statement would otherwise abort the whole case
        // opening
        savepoint.executeWithoutResult(
            status ->
                jdbc.sql("insert into case_number_sequence (case_year, last_number) values (?, 0)")
                    .param(year)
                    .update());
      } catch (DuplicateKeyException concurrentFirstCaseOfTheYear) {
        // another case opened at the same moment created the row; use it
      }
      increment(year);
    }
    return jdbc.sql("select last_number from case_number_sequence where case_year = ?")
        .param(year)
        .query(Integer.class)
        .single();
  }

  private int increment(int year) {
    return jdbc.sql(
            "update case_number_sequence set last_number = last_number + 1 where case_year = ?")
        .param(year)
        .update();
  }
}
