package id.intervensi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.casefile.CaseNumberGenerator;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first cases of a new year opened at the same moment all get a number: the year's counter row
 * is created once, and a concurrent attempt to create it does not abort the other case openings (on
 * PostgreSQL a failed statement aborts its transaction unless it ran in a savepoint). Each opening
 * is a transaction that takes a number for a year no case has yet (so the engine's clock, which the
 * job executor of the shared app uses, stays where it is) and then goes on working, as the opening
 * of a case does; all start together at a barrier.
 */
@RunningApp
class CaseNumberConcurrencyTest {

  @Autowired CaseNumberGenerator caseNumbers;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theFirstCasesOfAYearOpenedTogetherAllGetConsecutiveNumbers() throws Exception {
    Year year = Year.of(2100 + ThreadLocalRandom.current().nextInt(800));
    int openings = 8;
    CyclicBarrier together = new CyclicBarrier(openings);
    TransactionTemplate opening = new TransactionTemplate(transactionManager);
    ExecutorService pool = Executors.newFixedThreadPool(openings);
    try {
      List<Future<String>> numbers = new ArrayList<>();
      for (int i = 0; i < openings; i++) {
        numbers.add(
            pool.submit(
                () ->
                    opening.execute(
                        status -> {
                          await(together);
                          String number = caseNumbers.next(year);
                          // the rest of the opening: fails on PostgreSQL if the transaction was
                          // aborted
                          jdbc.queryForObject(
                              "select count(*) from case_number_sequence", Long.class);
                          return number;
                        })));
      }
      List<String> caseNumbers = new ArrayList<>();
      for (Future<String> number : numbers) {
        caseNumbers.add(number.get());
      }
      List<String> expected = new ArrayList<>();
      for (int n = 1; n <= openings; n++) {
        expected.add(String.format("PSTW-%d-%05d", year.getValue(), n));
      }
      assertThat(caseNumbers).containsExactlyInAnyOrderElementsOf(expected);
    } finally {
      pool.shutdownNow();
      jdbc.update("delete from case_number_sequence where case_year = ?", year.getValue());
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
