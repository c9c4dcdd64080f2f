package id.intervensi.durability;

import static id.intervensi.cycle.InterventionCycle.*;
import static id.intervensi.durability.CaseDriver.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.intervensi.CaseData;
import id.intervensi.e2e.Rest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: the packaged app is killed with kill -9 in the middle of a load of task
 * completions, and restarted on the same database. Every completion that was acknowledged (204) is
 * there with its next step; no case is half done (each is either still at its task, or has exactly
 * the next task or tasks, once); cases opened during the load exist with their case file, or not at
 * all; and timers that fell due while the app was down fire after the restart.
 *
 * <p>On H2 the app runs with the database URL it ships with (application.yaml, {@code
 * ./data/intervensi} under its working directory): without {@code WRITE_DELAY=0} there, H2 keeps
 * the last half second of commits in memory and this test loses acknowledged completions.
 */
class KillDuringLoadIT {

  /**
   * Cases waiting at Task_IntakeInterview: completing one runs the eligibility decision and creates
   * Task_ApproveAdmission.
   */
  static final int INTAKE_CASES = 150;

  /**
   * Cases waiting at Task_ApprovePlan: completing one creates two Task_CarryOutActivity and the
   * evaluation timer.
   */
  static final int PLAN_CASES = 30;

  /**
   * Cases in the intervention stage whose evaluation timers a manager brings forward to a moment
   * the app is down.
   */
  static final int TIMER_CASES = 4;

  /**
   * New cases opened during the load: each writes the client, the case file and its case number
   * with the process instance.
   */
  static final int OPENINGS = 30;

  /** The kill comes after this many acknowledged completions, with many still to go. */
  static final int KILL_AFTER = 60;

  static final int LOAD_THREADS = 6;

  static final DateTimeFormatter REST_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @TempDir Path workDir;

  @Test
  void nothingAcknowledgedIsLostOnTheH2FileDatabase() throws Exception {
    try (AppProcess app = AppProcess.of("kill-h2", workDir, List.of("demo"), Map.of())) {
      app.start();
      assertThat(workDir.resolve("data/intervensi.mv.db"))
          .as("the app uses the H2 file URL of application.yaml, relative to its working directory")
          .exists();
      // H2 lets one process at a time open its file: read it once the app has stopped
      killDuringLoadAndRestart(
          app,
          () ->
              DriverManager.getConnection(
                  "jdbc:h2:file:" + workDir.resolve("data/intervensi") + ";ACCESS_MODE_DATA=r",
                  "sa",
                  ""));
    }
  }

  @Test
  void nothingAcknowledgedIsLostOnPostgresql() throws Exception {
    TestPostgres.assumeConfigured();
    try (TestPostgres.Database db = TestPostgres.createDatabase("kill");
        AppProcess app =
            AppProcess.of(
                "kill-postgres", workDir, List.of("demo", "postgres"), db.appEnvironment())) {
      app.start();
      killDuringLoadAndRestart(app, db::connect);
    }
  }

  /** One request of the load: a task completion, or (step null) the opening of a new case. */
  record Completion(String processInstanceId, Step step, String taskId) {
    boolean isOpening() {
      return step == null;
    }
  }

  void killDuringLoadAndRestart(AppProcess app, Callable<Connection> database) throws Exception {
    // prepare: every case through the REST API, as the demo users
    List<String> timerCases;
    List<String> intakeCases;
    List<String> planCases;
    try (CaseDriver driver = new CaseDriver(4)) {
      timerCases = driver.open(TIMER_CASES, i -> app);
      driver.advance(timerCases, TO_INTERVENTION, i -> app);
      planCases = driver.open(PLAN_CASES, i -> app);
      driver.advance(planCases, TO_INTERVENTION.subList(0, TO_INTERVENTION.size() - 1), i -> app);
      intakeCases = driver.open(INTAKE_CASES, i -> app);
    }
    Map<String, String> timerJobs = new HashMap<>();
    for (String pi : timerCases) {
      List<Map<String, Object>> jobs =
          app.as(MANAGER)
              .get(
                  "/engine-rest/job?maxResults=2000&activityId="
                      + TIMER_EVALUATION_DUE
                      + "&processInstanceId="
                      + pi)
              .list();
      assertThat(jobs).hasSize(1);
      timerJobs.put(pi, (String) jobs.get(0).get("id"));
    }

    List<Completion> load = new ArrayList<>();
    Map<String, String> intakeTasks = openTasks(app, TASK_INTAKE_INTERVIEW, WORKER);
    intakeCases.forEach(pi -> load.add(new Completion(pi, INTAKE, intakeTasks.get(pi))));
    Map<String, String> planTasks = openTasks(app, TASK_APPROVE_PLAN, SUPERVISOR);
    planCases.forEach(pi -> load.add(new Completion(pi, APPROVE_PLAN, planTasks.get(pi))));
    for (int i = 0; i < OPENINGS; i++) {
      load.add(new Completion("opening-" + i, null, null));
    }
    Collections.shuffle(load, new Random(42));

    // the load: completions from several users at once; the kill comes in the middle of it
    Queue<Completion> queue = new ConcurrentLinkedQueue<>(load);
    Map<String, Instant> acknowledged = new ConcurrentHashMap<>();
    Map<String, String> refused = new ConcurrentHashMap<>();
    Map<String, Instant> failedAt = new ConcurrentHashMap<>();
    Map<String, String> opened = new ConcurrentHashMap<>();
    AtomicInteger sent = new AtomicInteger();
    var killed = new AtomicBoolean();
    ExecutorService workers = Executors.newFixedThreadPool(LOAD_THREADS);
    for (int t = 0; t < LOAD_THREADS; t++) {
      workers.submit(
          () -> {
            Completion next;
            while (!killed.get() && (next = queue.poll()) != null) {
              sent.incrementAndGet();
              try {
                Rest.Answer answer =
                    next.isOpening() ? openCase(app) : submit(app, next.step(), next.taskId());
                if (answer.status() == (next.isOpening() ? 200 : 204)) {
                  acknowledged.put(next.processInstanceId(), Instant.now());
                  if (next.isOpening()) {
                    opened.put(next.processInstanceId(), (String) answer.map().get("id"));
                  }
                } else {
                  refused.put(next.processInstanceId(), answer.status() + " " + answer.message());
                }
              } catch (RuntimeException inFlightWhenKilled) {
                failedAt.put(next.processInstanceId(), Instant.now());
              }
            }
          });
    }
    await().atMost(Duration.ofMinutes(3)).until(() -> acknowledged.size() >= KILL_AFTER);

    // a manager brings the evaluation timers forward to a moment when the app will be down
    Instant dueAt = Instant.now().plusSeconds(5);
    for (String jobId : timerJobs.values()) {
      Rest.Answer moved =
          app.as(MANAGER)
              .put(
                  "/engine-rest/job/" + jobId + "/duedate",
                  Map.of("duedate", REST_DATE.format(dueAt.atZone(ZoneId.systemDefault()))));
      assertThat(moved.status()).as(moved.message()).isEqualTo(204);
    }
    Instant killAt = Instant.now();
    assertThat(killAt).as("the timers must not be due before the kill").isBefore(dueAt);
    app.kill();
    killed.set(true);
    workers.shutdown();
    awaitTermination(workers);

    int acknowledgedBeforeKill = acknowledged.size();
    System.out.printf(
        "%s: %d of %d completions acknowledged before kill -9, %d in flight, %d not sent%n",
        app.name(), acknowledgedBeforeKill, load.size(), failedAt.size(), load.size() - sent.get());
    assertThat(refused).as("completions refused before the kill").isEmpty();
    assertThat(failedAt.values())
        .as("requests fail only because of the kill")
        .allMatch(at -> !at.isBefore(killAt));
    assertThat(acknowledgedBeforeKill)
        .as("the kill came in the middle of the load")
        .isLessThan(load.size());

    // the timers fall due while the app is down
    while (Instant.now().isBefore(dueAt.plusSeconds(1))) {
      AppProcess.sleep(Duration.ofMillis(200));
    }
    Instant restartAt = Instant.now();
    app.start();

    Map<String, List<String>> openTasks =
        groupByCase(
            app.as(SUPERVISOR)
                .get("/engine-rest/task?maxResults=2000&processDefinitionKey=" + PROCESS_ID)
                .list(),
            "taskDefinitionKey");
    List<Map<String, Object>> historicTasks =
        app.as(AUDITOR)
            .get("/engine-rest/history/task?maxResults=2000&processDefinitionKey=" + PROCESS_ID)
            .list();
    Map<String, List<String>> completedTasks =
        groupByCase(
            historicTasks.stream().filter(t -> "completed".equals(t.get("deleteReason"))).toList(),
            "taskDefinitionKey");
    Map<String, List<String>> createdTasks = groupByCase(historicTasks, "taskDefinitionKey");
    Map<String, List<String>> decisions =
        groupByCase(
            app.as(AUDITOR)
                .get(
                    "/engine-rest/history/activity-instance?maxResults=2000&activityId="
                        + TASK_DECIDE_ELIGIBILITY)
                .list(),
            "activityId");
    Map<String, List<String>> evaluationTimers =
        groupByCase(
            app.as(MANAGER)
                .get("/engine-rest/job?maxResults=2000&activityId=" + TIMER_EVALUATION_DUE)
                .list(),
            "id");

    List<String> lost =
        load.stream()
            .filter(c -> !c.isOpening() && acknowledged.containsKey(c.processInstanceId()))
            .filter(
                c ->
                    !completedTasks
                        .getOrDefault(c.processInstanceId(), List.of())
                        .contains(c.step().taskKey()))
            .map(c -> c.step().taskKey() + " of case " + c.processInstanceId())
            .toList();
    assertThat(lost)
        .as("acknowledged completions lost: %d of %d", lost.size(), acknowledgedBeforeKill)
        .isEmpty();

    int completed = 0;
    for (Completion completion : load.stream().filter(c -> !c.isOpening()).toList()) {
      String pi = completion.processInstanceId();
      boolean done =
          completedTasks.getOrDefault(pi, List.of()).contains(completion.step().taskKey());
      completed += done ? 1 : 0;
      List<String> open = openTasks.getOrDefault(pi, List.of());
      List<String> created = createdTasks.getOrDefault(pi, List.of());
      assertThat(Collections.frequency(created, completion.step().taskKey()))
          .as("case %s had its task %s exactly once", pi, completion.step().taskKey())
          .isEqualTo(1);
      if (completion.step() == INTAKE) {
        assertThat(open)
            .as("open tasks of case %s (intake %s)", pi, done ? "completed" : "open")
            .containsExactly(done ? TASK_APPROVE_ADMISSION : TASK_INTAKE_INTERVIEW);
        assertThat(decisions.getOrDefault(pi, List.of()))
            .as("eligibility decisions of case %s", pi)
            .hasSize(done ? 1 : 0);
      } else {
        assertThat(open)
            .as("open tasks of case %s (plan approval %s)", pi, done ? "completed" : "open")
            .containsExactlyElementsOf(
                done
                    ? List.of(TASK_CARRY_OUT_ACTIVITY, TASK_CARRY_OUT_ACTIVITY)
                    : List.of(TASK_APPROVE_PLAN));
        assertThat(evaluationTimers.getOrDefault(pi, List.of()))
            .as("evaluation timers of case %s", pi)
            .hasSize(done ? 1 : 0);
      }
    }
    assertThat(completed)
        .isGreaterThanOrEqualTo(acknowledgedBeforeKill - opened.size())
        .isLessThanOrEqualTo(sent.get());
    assertThat(opened.values())
        .as("acknowledged case openings")
        .allSatisfy(
            pi ->
                assertThat(openTasks.get(pi))
                    .as("open tasks of new case %s", pi)
                    .containsExactly(TASK_INTAKE_INTERVIEW));

    // the timers that fell due while the app was down fire once it is back, exactly once each
    await()
        .atMost(Duration.ofMinutes(1))
        .untilAsserted(
            () ->
                assertThat(timerCases)
                    .allSatisfy(
                        pi ->
                            assertThat(
                                    app.as(WORKER)
                                        .get(
                                            "/engine-rest/task?maxResults=2000&processInstanceId="
                                                + pi
                                                + "&taskDefinitionKey="
                                                + TASK_EVALUATION_FOLLOW_UP)
                                        .list())
                                .as("follow-up of case %s", pi)
                                .hasSize(1)));
    timerJobs.forEach(
        (pi, jobId) -> {
          List<Map<String, Object>> fired =
              app.as(AUDITOR)
                  .get(
                      "/engine-rest/history/job-log?maxResults=2000&jobId="
                          + jobId
                          + "&successLog=true")
                  .list();
          assertThat(fired).as("timer %s of case %s fired once", jobId, pi).hasSize(1);
          assertThat(instant(fired.get(0).get("jobDueDate")))
              .as("its due date survived the kill")
              .isBetween(dueAt.minusSeconds(1), dueAt.plusSeconds(1))
              .isBefore(restartAt);
          assertThat(instant(fired.get(0).get("timestamp")))
              .as("it fired after the restart")
              .isAfter(restartAt);
        });
    app.stop();
    assertCaseFilesMatchCases(database.call());
  }

  /**
   * The app's own tables are written in the engine's transaction: after the kill, every case
   * (process instance) has its case file and every case file its case, under the same case number,
   * and the year's counter has issued exactly the numbers in use (an opening that did not commit
   * gave its number back).
   */
  private static void assertCaseFilesMatchCases(Connection sql) {
    try (sql) {
      assertThat(
              strings(
                  sql,
                  """
          select p.id_ from act_hi_procinst p left join case_file c on c.process_instance_id = p.id_
           where c.case_number is null or c.case_number <> p.business_key_"""))
          .as("cases without their case file")
          .isEmpty();
      assertThat(
              strings(
                  sql,
                  """
          select c.case_number from case_file c left join act_hi_procinst p on p.id_ = c.process_instance_id
           where p.id_ is null"""))
          .as("case files without their case")
          .isEmpty();
      assertThat(
              strings(
                  sql,
                  """
          select s.case_year from case_number_sequence s
           where s.last_number <> (select count(*) from case_file c where c.case_number like '%-' || s.case_year || '-%')"""))
          .as("years whose counter does not match their case files")
          .isEmpty();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> strings(Connection sql, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = sql.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static Rest.Answer openCase(AppProcess app) {
    return app.as(WORKER)
        .post(
            "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form",
            Map.of("variables", CaseData.toRest(CaseData.caseOpening(uniqueNik()))));
  }

  private static Map<String, List<String>> groupByCase(
      List<Map<String, Object>> rows, String field) {
    return rows.stream()
        .collect(
            Collectors.groupingBy(
                r -> (String) r.get("processInstanceId"),
                Collectors.mapping(r -> (String) r.get(field), Collectors.toList())));
  }

  private static Instant instant(Object restDate) {
    return OffsetDateTime.parse((String) restDate, REST_DATE).toInstant();
  }

  private static void awaitTermination(ExecutorService pool) {
    try {
      assertThat(pool.awaitTermination(2, TimeUnit.MINUTES))
          .as("load threads stop after the kill")
          .isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
