package id.intervensi.casefile;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long the stays in each stage lasted, counted per stage, month and length bucket
 * (stage_time_histogram, V8) as the stays end, so that the dashboard reads the median and 90th
 * percentile over every stay of twelve months from a few thousand small rows instead of the
 * hundreds of thousands of stays (docs/dashboard.md, "Speed").
 *
 * <p>The buckets grow geometrically: bucket 0 holds stays of 0 s, bucket k &gt; 0 those longer than
 * GAMMA^(k-2) and at most GAMMA^(k-1) seconds, with GAMMA = (1 + ALPHA) / (1 - ALPHA). A bucket
 * read as 2 GAMMA^(k-1) / (GAMMA + 1) is within ALPHA (2%) of every stay in it, whatever its
 * length; so is a percentile read from the buckets, of the exact one.
 */
@Repository
public class StageTimeHistogram {

  /** The largest relative error of a length read from its bucket. */
  public static final double ALPHA = 0.02;

  static final double GAMMA = (1 + ALPHA) / (1 - ALPHA);

  private static final double LOG_GAMMA = Math.log(GAMMA);

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  public StageTimeHistogram(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** The bucket of a stay of {@code seconds} (V8's backfill computes the same in SQL). */
  public static int bucket(long seconds) {
    return seconds < 1 ? 0 : 1 + (int) Math.ceil(Math.log(seconds) / LOG_GAMMA);
  }

  /** The length, in seconds, a bucket stands for: within ALPHA of every stay in it. */
  public static double seconds(int bucket) {
    return bucket == 0 ? 0 : 2 * Math.pow(GAMMA, bucket - 1.0) / (GAMMA + 1);
  }

  /**
   * The month a moment falls in, as the table's timestamps hold it (year * 12 + month - 1): the
   * same as V8's {@code extract(year ...) * 12 + extract(month ...) - 1}.
   */
  public static int month(LocalDateTime at) {
    return at.getYear() * 12 + at.getMonthValue() - 1;
  }

  /** Counts a stay that ended at {@code leftAt}. */
  void record(String stage, Timestamp leftAt, long seconds) {
    int month = month(leftAt.toLocalDateTime());
    int bucket = bucket(seconds);
    if (increment(month, stage, bucket) == 0) {
      try {
        // in a savepoint: on PostgreSQL a failed statement would otherwise abort the whole step
        savepoint.executeWithoutResult(
            status ->
                jdbc.sql(
                        "insert into stage_time_histogram (month_index, stage, bucket, stays)"
                            + " values (?, ?, ?, 0)")
                    .params(month, stage, bucket)
                    .update());
      } catch (DuplicateKeyException concurrentFirstStayOfTheBucket) {
        // another stay ending at the same moment created the row; count on it
      }
      increment(month, stage, bucket);
    }
  }

  private int increment(int month, String stage, int bucket) {
    return jdbc.sql(
            "update stage_time_histogram set stays = stays + 1"
                + " where month_index = ? and stage = ? and bucket = ?")
        .params(month, stage, bucket)
        .update();
  }
}
