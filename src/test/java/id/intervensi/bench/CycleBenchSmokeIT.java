package id.intervensi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.durability.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * bench/run's smallest mode, so that the benchmark cannot rot: every measure of the table (the
 * whole case against the bare engine, the timer storm on H2 file and, when configured, PostgreSQL
 * with one node and two, the start-up against the bare starter app) runs once at the smallest size
 * and produces a number. Nothing here is timed: how fast is for bench/run, not for a test.
 */
class CycleBenchSmokeIT {

  @Test
  void everyMeasureOfTheSmokeModeProducesANumber() throws Exception {
    CycleBench bench = new CycleBench(CycleBench.Mode.of("smoke"), Path.of("").toAbsolutePath());

    List<CycleBench.Row> rows = bench.runAll();

    assertThat(rows)
        .extracting(CycleBench.Row::measure)
        .contains(
            "whole case (11 tasks): throughput, app / bare engine",
            "whole case: CPU time per case, bare engine / app (walking thread)",
            "whole case: memory allocated per case, app / bare engine",
            "timer storm (10 due at once), H2 file: rate, app / bare engine",
            "start-up until the start page answers: app / bare starter",
            "RSS when ready: app / bare starter");
    if (TestPostgres.isConfigured()) {
      assertThat(rows)
          .extracting(CycleBench.Row::measure)
          .contains(
              "timer storm (10 due at once), PostgreSQL: rate, app / bare engine",
              "timer storm (10 due at once), PostgreSQL, 2 nodes: rate, app / bare engine");
    }
    for (CycleBench.Row row : rows) {
      assertThat(row.values()).as(row.measure()).isNotEmpty();
      assertThat(row.values())
          .as(row.measure())
          .allSatisfy(value -> assertThat(value).isFinite().isPositive());
    }
    assertThat(bench.report(1)).contains("| measure | median | min | max | goal |");
  }
}
