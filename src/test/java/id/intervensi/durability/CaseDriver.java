package id.intervensi.durability;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Brings many cases through the cycle over the REST API, as the demo users would: opens them and
 * works one stage at a time for all of them, in parallel, on whichever node {@code nodeFor} names.
 */
public final class CaseDriver implements AutoCloseable {

  public static final String WORKER = "peksos1";
  public static final String SUPERVISOR = "supervisor1";
  public static final String MANAGER = "manajer1";
  public static final String AUDITOR = "auditor1";

  /** A user task of the cycle, who works it and with what valid data. */
  public record Step(String taskKey, String user, Supplier<Map<String, Object>> data) {}

  public static final Step INTAKE = new Step(TASK_INTAKE_INTERVIEW, WORKER, () -> intake(true));
  public static final Step APPROVE_ADMISSION =
      new Step(TASK_APPROVE_ADMISSION, SUPERVISOR, () -> admissionApproval(true));
  public static final Step SIGN_CONTRACT =
      new Step(TASK_SIGN_SERVICE_CONTRACT, WORKER, () -> serviceContract(true));
  public static final Step ASSESS = new Step(TASK_ASSESS_CLIENT, WORKER, () -> assessment());
  public static final Step PLAN = new Step(TASK_PLAN_INTERVENTION, WORKER, () -> plan());
  public static final Step APPROVE_PLAN =
      new Step(TASK_APPROVE_PLAN, SUPERVISOR, () -> planApproval(true));
  public static final Step FOLLOW_UP =
      new Step(TASK_EVALUATION_FOLLOW_UP, WORKER, () -> evaluationFollowUp());

  /** From an open case to the intervention stage (its evaluation timer is then waiting). */
  public static final List<Step> TO_INTERVENTION =
      List.of(INTAKE, APPROVE_ADMISSION, SIGN_CONTRACT, ASSESS, PLAN, APPROVE_PLAN);

  // every case of a test needs a client of its own: a second open case for one NIK is refused
  private static final AtomicInteger NEXT_CLIENT = new AtomicInteger();

  private final ExecutorService pool;

  public CaseDriver(int threads) {
    this.pool = Executors.newFixedThreadPool(threads);
  }

  /**
   * A NIK no other case of this JVM has: region digits and serial from a counter, a woman born 12
   * March 1950.
   */
  public static String uniqueNik() {
    int n = NEXT_CLIENT.getAndIncrement();
    return String.format("11%02d01520350%04d", 1 + (n / 10_000) % 99, n % 10_000);
  }

  /** Opens a case as the social worker; returns its process instance id. */
  public static String open(Rest worker) {
    Rest.Answer opened =
        worker.post(
            "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form",
            Map.of("variables", toRest(caseOpening(uniqueNik()))));
    assertThat(opened.status()).as("open a case: %s", opened.message()).isEqualTo(200);
    return (String) opened.map().get("id");
  }

  /**
   * Opens {@code count} cases, case i on {@code nodeFor.apply(i)}. The first is opened alone: on
   * PostgreSQL, the first cases of a year opened at the same moment would race to create the year's
   * row of case_number_sequence.
   */
  public List<String> open(int count, IntFunction<AppProcess> nodeFor) {
    List<String> ids = new ArrayList<>();
    ids.add(open(nodeFor.apply(0).as(WORKER)));
    List<Future<String>> opened = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      AppProcess node = nodeFor.apply(i);
      opened.add(pool.submit(() -> open(node.as(WORKER))));
    }
    ids.addAll(results(opened));
    return ids;
  }

  /**
   * Works {@code steps} in order for every case; step s of case i on {@code nodeFor.apply(i + s)}.
   */
  public void advance(
      List<String> processInstanceIds, List<Step> steps, IntFunction<AppProcess> nodeFor) {
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      Map<String, String> tasks = openTasks(nodeFor.apply(0), step.taskKey(), step.user());
      List<Future<Integer>> done = new ArrayList<>();
      for (int i = 0; i < processInstanceIds.size(); i++) {
        String taskId = tasks.get(processInstanceIds.get(i));
        assertThat(taskId)
            .as("case %s waits at %s", processInstanceIds.get(i), step.taskKey())
            .isNotNull();
        AppProcess node = nodeFor.apply(i + s);
        done.add(pool.submit(() -> complete(node, step, taskId)));
      }
      results(done);
    }
  }

  /** Submits the step's form for the task; asserts the app acknowledged it (204). */
  public static int complete(AppProcess node, Step step, String taskId) {
    Rest.Answer answer = submit(node, step, taskId);
    assertThat(answer.status())
        .as("%s completes %s on %s: %s", step.user(), step.taskKey(), node.name(), answer.message())
        .isEqualTo(204);
    return answer.status();
  }

  public static Rest.Answer submit(AppProcess node, Step step, String taskId) {
    return node.as(step.user())
        .post(
            "/engine-rest/task/" + taskId + "/submit-form",
            Map.of("variables", toRest(step.data().get())));
  }

  /** Process instance id to task id of every open task with this key that {@code user} sees. */
  public static Map<String, String> openTasks(AppProcess node, String taskKey, String user) {
    Map<String, String> tasks = new HashMap<>();
    for (Map<String, Object> task :
        node.as(user)
            .get("/engine-rest/task?maxResults=2000&taskDefinitionKey=" + taskKey)
            .list()) {
      String previous = tasks.put((String) task.get("processInstanceId"), (String) task.get("id"));
      assertThat(previous)
          .as("two open %s tasks in case %s", taskKey, task.get("processInstanceId"))
          .isNull();
    }
    return tasks;
  }

  private static <T> List<T> results(List<Future<T>> futures) {
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      try {
        results.add(future.get());
      } catch (ExecutionException e) {
        if (e.getCause() instanceof AssertionError assertion) {
          throw assertion;
        }
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return results;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
