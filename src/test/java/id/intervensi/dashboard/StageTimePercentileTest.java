package id.intervensi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import id.intervensi.casefile.StageTimeHistogram;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The times per stage read from the histogram of stays (casefile.StageTimeHistogram) stay within
 * its documented bound, 2% of the exact percentile (docs/dashboard.md, "Speed").
 */
class StageTimePercentileTest {

  @Test
  void everyLengthIsWithinTwoPercentOfItsBucket() {
    for (long seconds = 0; seconds < 200_000; seconds += seconds < 1000 ? 1 : 997) {
      double read = StageTimeHistogram.seconds(StageTimeHistogram.bucket(seconds));
      assertThat(read).as("%d s", seconds).isCloseTo(seconds, offset(seconds * 0.02 + 1e-9));
    }
    long year = 366L * 24 * 3600;
    assertThat(StageTimeHistogram.seconds(StageTimeHistogram.bucket(year)))
        .isCloseTo(year, offset(year * 0.02));
  }

  @Test
  void percentilesAreWithinTwoPercentOfTheExactOnes() {
    Random random = new Random(7);
    for (int round = 0; round < 50; round++) {
      int n = 1 + random.nextInt(round < 10 ? 5 : 3000);
      List<Long> stays = new ArrayList<>();
      TreeMap<Integer, Long> buckets = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        long seconds = random.nextInt(10) == 0 ? random.nextInt(5) : random.nextInt(40 * 86_400);
        stays.add(seconds);
        buckets.merge(StageTimeHistogram.bucket(seconds), 1L, Long::sum);
      }
      Collections.sort(stays);
      for (double p : new double[] {0.5, 0.9}) {
        double exact = DashboardRestTest.percentile(stays, p);
        assertThat(Dashboard.percentile(buckets, n, p))
            .as("p%.0f of %d stays", p * 100, n)
            .isCloseTo(exact, offset(exact * 0.02 + 1e-9));
      }
    }
  }
}
