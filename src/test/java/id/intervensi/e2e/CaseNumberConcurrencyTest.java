package id.intervensi.e2e;

import static id.intervensi.CaseData.caseOpening;
import static id.intervensi.CaseData.toRest;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.cycle.InterventionCycle;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first cases of a new year opened at the same moment all get a number: the year's counter row
 * is created once, and a concurrent attempt to create it does not abort the other case openings
 * (on PostgreSQL a failed statement aborts its transaction unless it ran in a savepoint).
 */
@RunningApp
class CaseNumberConcurrencyTest {

  @LocalServerPort int port;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theFirstCasesOfAYearOpenedTogetherAllGetConsecutiveNumbers() throws Exception {
    int year = 2100 + ThreadLocalRandom.current().nextInt(800);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, 1, 1, 9, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant()));
    int openings = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(openings);
    try {
      List<Future<Rest.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < openings; i++) {
        String nik = "327303" + "520350" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        answers.add(pool.submit(() -> {
          start.await();
          return Rest.as(port, "peksos1", "demo").post(
              "/engine-rest/process-definition/key/" + InterventionCycle.PROCESS_ID + "/submit-form",
              java.util.Map.of("variables", toRest(caseOpening(nik))));
        }));
      }
      start.countDown();
      List<String> caseNumbers = new ArrayList<>();
      for (Future<Rest.Answer> answer : answers) {
        Rest.Answer opened = answer.get();
        assertThat(opened.status()).as(opened.message()).isEqualTo(200);
        caseNumbers.add((String) opened.map().get("businessKey"));
      }
      List<String> expected = new ArrayList<>();
      for (int n = 1; n <= openings; n++) {
        expected.add(String.format("PSTW-%d-%05d", year, n));
      }
      assertThat(caseNumbers).containsExactlyInAnyOrderElementsOf(expected);
    } finally {
      pool.shutdownNow();
    }
  }
}
