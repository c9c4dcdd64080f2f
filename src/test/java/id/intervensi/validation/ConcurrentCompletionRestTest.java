package id.intervensi.validation;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two social workers submit the same task at the same moment: exactly one succeeds, the other is
 * told in Bahasa Indonesia that someone else was first, and the case moves on exactly once. Run
 * many times, because whether the second request meets the first inside the database (a concurrent
 * update) or after it (the task is gone) depends on timing; both must answer the same.
 */
@RunningApp
class ConcurrentCompletionRestTest {

  static final int ROUNDS = 20;

  @LocalServerPort int port;

  @Test
  void twoWorkersCompleteTheSameTaskAtOnceAndExactlyOneWins() throws Exception {
    Cases cases = new Cases(port);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<String> losers = new ArrayList<>();
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String pi = cases.open("peksos1");
        String taskId = cases.task("peksos1", pi, TASK_INTAKE_INTERVIEW);
        List<Rest.Answer> results =
            atOnce(
                pool,
                cases,
                (worker, rest) ->
                    rest.post(
                        "/engine-rest/task/" + taskId + "/submit-form",
                        Map.of("variables", toRest(intake(true)))));

        assertThat(results)
            .extracting(Rest.Answer::status)
            .as("round %d: %s", round, results)
            .containsExactlyInAnyOrder(204, 409);
        Rest.Answer loser =
            results.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(loser.message()).contains("sudah diselesaikan oleh pengguna lain");
        losers.add(loser.message());

        Rest supervisor = cases.as("supervisor1");
        assertThat(
                supervisor.get("/engine-rest/task?maxResults=2000&processInstanceId=" + pi).list())
            .as("round %d: exactly one next task", round)
            .extracting(t -> t.get("taskDefinitionKey"))
            .containsExactly(TASK_APPROVE_ADMISSION);
        assertThat(
                supervisor
                    .get(
                        "/engine-rest/history/task?maxResults=2000&processInstanceId="
                            + pi
                            + "&taskDefinitionKey="
                            + TASK_INTAKE_INTERVIEW
                            + "&finished=true")
                    .list())
            .hasSize(1);
        assertThat(
                supervisor
                    .get(
                        "/engine-rest/history/activity-instance?maxResults=2000&processInstanceId="
                            + pi
                            + "&activityId="
                            + TASK_DECIDE_ELIGIBILITY)
                    .list())
            .as("the eligibility decision ran once")
            .hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoWorkersClaimTheSameTaskAtOnceAndExactlyOneGetsIt() throws Exception {
    Cases cases = new Cases(port);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String pi = cases.open("peksos1");
        String taskId = cases.task("peksos1", pi, TASK_INTAKE_INTERVIEW);
        List<Rest.Answer> results =
            atOnce(
                pool,
                cases,
                (worker, rest) ->
                    rest.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", worker)));
        assertThat(results)
            .extracting(Rest.Answer::status)
            .as("round %d: %s", round, results)
            .containsExactlyInAnyOrder(204, 409);
        assertThat(
                results.stream().filter(a -> a.status() == 409).findFirst().orElseThrow().message())
            .contains("sudah diambil oleh pengguna lain");
        String winner = results.get(0).status() == 204 ? "peksos1" : "peksos2";
        assertThat(cases.as(winner).get("/engine-rest/task/" + taskId).map().get("assignee"))
            .isEqualTo(winner);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * peksos1 and peksos2 send their request at the same moment; their answers, in that order. The
   * two requests must overlap in time (each starts before the other has its answer), or the round
   * proves nothing: then it fails, and the test says so rather than passing on sequential requests.
   */
  private static List<Rest.Answer> atOnce(
      ExecutorService pool, Cases cases, BiFunction<String, Rest, Rest.Answer> request)
      throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<long[]>> times = new ArrayList<>();
    List<Rest.Answer> answers = Collections.synchronizedList(new ArrayList<>(List.of(NONE, NONE)));
    List<String> workers = List.of("peksos1", "peksos2");
    for (int i = 0; i < 2; i++) {
      int index = i;
      Rest rest = cases.as(workers.get(i));
      times.add(
          pool.submit(
              () -> {
                together.await();
                long start = System.nanoTime();
                answers.set(index, request.apply(workers.get(index), rest));
                return new long[] {start, System.nanoTime()};
              }));
    }
    long[] first = times.get(0).get();
    long[] second = times.get(1).get();
    assertThat(first[0] < second[1] && second[0] < first[1])
        .as(
            "the two requests overlapped in time (a round where one ended before the other began proves nothing)")
        .isTrue();
    return List.copyOf(answers);
  }

  private static final Rest.Answer NONE = new Rest.Answer(0, null);
}
