package id.intervensi.cluster;

import static id.intervensi.cycle.InterventionCycle.*;
import static id.intervensi.durability.CaseDriver.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.intervensi.durability.AppProcess;
import id.intervensi.durability.CaseDriver;
import id.intervensi.durability.TestPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app nodes on one PostgreSQL database, as Camunda's homogeneous cluster: both run the job
 * executor on every job (not deployment-aware), and any node answers any user. Four hundred cases
 * reach the intervention stage through the REST API of both nodes; their evaluation timers
 * (BoundaryEvent_EvaluationDue) are made due at one moment; the test proves that each fired exactly
 * once, that no task was lost or doubled, and that work started on one node is finished by the same
 * user on the other.
 */
class TwoNodeClusterIT {

  static final int CASES = 400;

  /** Jobs of one BPMN element: ACT_RU_JOB names its job definition, which names the element. */
  static final String OF_ACTIVITY =
      "job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = ?)";

  static final List<String> STEPS = TO_INTERVENTION.stream().map(Step::taskKey).toList();

  @TempDir Path workDir;

  @Test
  void everyTimerFiresExactlyOnceAndEitherNodeServesAnyUser() throws Exception {
    TestPostgres.assumeConfigured();
    try (TestPostgres.Database db = TestPostgres.createDatabase("cluster");
        AppProcess node1 = node("node-1", db);
        AppProcess node2 = node("node-2", db);
        CaseDriver driver = new CaseDriver(8);
        Connection sql = db.connect()) {
      // one after the other: the first start creates the schema, deploys the models and creates the
      // users; the second finds them (Camunda locks deployments on PostgreSQL, but not schema
      // creation)
      node1.start();
      node2.start();
      assertThat(node2.as(MANAGER).get("/engine-rest/deployment/count").map().get("count"))
          .as("the second node deploys nothing new")
          .isEqualTo(1);
      List<AppProcess> nodes = List.of(node1, node2);

      // four hundred cases: case i opened on node i % 2, each step on the other node than the step
      // before
      long started = System.nanoTime();
      List<String> cases = driver.open(CASES, i -> nodes.get(i % 2));
      driver.advance(cases, TO_INTERVENTION, i -> nodes.get(i % 2));
      System.out.printf(
          "%d cases opened and brought to the intervention stage on two nodes in %d s%n",
          CASES, Duration.ofNanos(System.nanoTime() - started).toSeconds());

      Set<String> timers =
          strings(sql, "select id_ from act_ru_job where " + OF_ACTIVITY, TIMER_EVALUATION_DUE);
      assertThat(timers).hasSize(CASES);

      // all evaluation timers fall due at one moment: one statement, so no node sees some due and
      // others not
      try (PreparedStatement due =
          sql.prepareStatement("update act_ru_job set duedate_ = ? where " + OF_ACTIVITY)) {
        due.setTimestamp(1, Timestamp.from(Instant.now()));
        due.setString(2, TIMER_EVALUATION_DUE);
        assertThat(due.executeUpdate()).isEqualTo(CASES);
      }
      Instant dueAt = Instant.now();
      await()
          .atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () ->
                  count(
                              sql,
                              "select count(*) from act_ru_task where task_def_key_ = ?",
                              TASK_EVALUATION_FOLLOW_UP)
                          >= CASES
                      && count(
                              sql,
                              "select count(*) from act_ru_job where "
                                  + OF_ACTIVITY
                                  + " and duedate_ < ?",
                              TIMER_EVALUATION_DUE,
                              Timestamp.from(dueAt.plus(1, ChronoUnit.DAYS)))
                          == 0);
      System.out.printf(
          "%d evaluation timers fired in %d s%n",
          CASES, Duration.between(dueAt, Instant.now()).toSeconds());

      // every timer fired exactly once: one successful execution in the job log per timer, on some
      // node
      Map<String, Long> successes =
          grouped(
              sql,
              "select job_id_, count(*) from act_hi_job_log where act_id_ = ? and job_state_ = 2 group by job_id_",
              TIMER_EVALUATION_DUE);
      assertThat(successes.keySet()).as("timers that fired").isEqualTo(timers);
      assertThat(successes.values()).as("each fired once").containsOnly(1L);
      Map<String, Long> byNode =
          grouped(
              sql,
              "select hostname_, count(*) from act_hi_job_log where act_id_ = ? and job_state_ = 2 group by hostname_",
              TIMER_EVALUATION_DUE);
      System.out.printf(
          "timers fired per node: %s; failed attempts (retried): %d%n",
          byNode,
          count(
              sql,
              "select count(*) from act_hi_job_log where act_id_ = ? and job_state_ = 1",
              TIMER_EVALUATION_DUE));
      assertThat(byNode.keySet())
          .as("both job executors took part")
          .containsExactlyInAnyOrder("node-1", "node-2");
      assertThat(count(sql, "select count(*) from act_ru_incident")).as("incidents").isZero();

      // no task lost or doubled: exactly one follow-up and two activities per case, and every
      // step before them happened once per case
      assertThat(
              grouped(
                  sql,
                  "select proc_inst_id_, count(*) from act_ru_task where task_def_key_ = ? group by proc_inst_id_",
                  TASK_EVALUATION_FOLLOW_UP))
          .as("follow-ups per case")
          .hasSize(CASES)
          .containsOnlyKeys(cases)
          .allSatisfy((c, n) -> assertThat(n).isEqualTo(1L));
      assertThat(
              grouped(
                  sql,
                  "select proc_inst_id_, count(*) from act_ru_task where task_def_key_ = ? group by proc_inst_id_",
                  TASK_CARRY_OUT_ACTIVITY))
          .as("activities per case")
          .hasSize(CASES)
          .allSatisfy((c, n) -> assertThat(n).isEqualTo(2L));
      assertThat(
              grouped(
                  sql, "select task_def_key_, count(*) from act_ru_task group by task_def_key_"))
          .as("open tasks")
          .containsOnly(
              Map.entry(TASK_CARRY_OUT_ACTIVITY, 2L * CASES),
              Map.entry(TASK_EVALUATION_FOLLOW_UP, (long) CASES));
      Map<String, Long> history =
          grouped(
              sql, "select task_def_key_, count(*) from act_hi_taskinst group by task_def_key_");
      STEPS.forEach(
          step ->
              assertThat(history)
                  .as("tasks %s in history", step)
                  .containsEntry(step, (long) CASES));
      assertThat(history)
          .containsEntry(TASK_EVALUATION_FOLLOW_UP, (long) CASES)
          .containsEntry(TASK_CARRY_OUT_ACTIVITY, 2L * CASES);

      // the cycle goes on: one next evaluation timer per case, a full interval later
      assertThat(
              grouped(
                  sql,
                  "select process_instance_id_, count(*) from act_ru_job where "
                      + OF_ACTIVITY
                      + " and duedate_ > ? group by process_instance_id_",
                  TIMER_EVALUATION_DUE,
                  Timestamp.from(dueAt.plus(29, ChronoUnit.DAYS))))
          .as("next evaluation timers")
          .hasSize(CASES)
          .allSatisfy((c, n) -> assertThat(n).isEqualTo(1L));

      eitherNodeServesAnyUser(node1, node2, cases.subList(0, 10));
    }
  }

  /**
   * A social worker logs in to Tasklist on either node, sees the follow-ups of cases opened on the
   * other node, claims on one node and completes on the other. Cases with an even index were opened
   * on node 1, odd ones on node 2.
   */
  private void eitherNodeServesAnyUser(AppProcess node1, AppProcess node2, List<String> cases)
      throws Exception {
    for (AppProcess node : List.of(node1, node2)) {
      Browser browser = new Browser();
      assertThat(browser.logInToTasklist(node, WORKER))
          .as("%s logs in to Tasklist on %s", WORKER, node.name())
          .isEqualTo(200);
      assertThat(browser.loggedInUser(node)).isEqualTo(WORKER);
    }
    for (int i = 0; i < cases.size(); i++) {
      String pi = cases.get(i);
      AppProcess openedOn = i % 2 == 0 ? node1 : node2;
      AppProcess other = openedOn == node1 ? node2 : node1;
      List<Map<String, Object>> tasks =
          other
              .as(WORKER)
              .get(
                  "/engine-rest/task?maxResults=2000&processInstanceId="
                      + pi
                      + "&taskDefinitionKey="
                      + TASK_EVALUATION_FOLLOW_UP)
              .list();
      assertThat(tasks)
          .as(
              "%s sees on %s the follow-up of a case opened on %s",
              WORKER, other.name(), openedOn.name())
          .hasSize(1);
      String taskId = (String) tasks.get(0).get("id");
      assertThat(
              openedOn
                  .as(WORKER)
                  .post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", WORKER))
                  .status())
          .isEqualTo(204);
      complete(other, FOLLOW_UP, taskId);
      List<Map<String, Object>> done =
          openedOn
              .as(AUDITOR)
              .get("/engine-rest/history/task?maxResults=2000&taskId=" + taskId)
              .list();
      assertThat(done)
          .singleElement()
          .satisfies(
              t -> {
                assertThat(t.get("deleteReason")).isEqualTo("completed");
                assertThat(t.get("assignee")).isEqualTo(WORKER);
              });
    }

    // why docs/cluster.md asks for sticky sessions: a webapp login lives in the memory of its node,
    // so a browser logged in on node 1 that a load balancer sends to node 2 is not logged in there
    Browser browser = new Browser();
    assertThat(browser.logInToTasklist(node1, WORKER)).isEqualTo(200);
    assertThat(browser.loggedInUser(node2)).as("a node-1 session on node 2").isNull();
  }

  /**
   * A browser's cookies (the webapp session and its CSRF token) against the Camunda webapps of
   * either node.
   */
  static final class Browser {
    private final HttpClient client =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    /**
     * Opens Tasklist (which hands out the CSRF token) and logs in as Tasklist's login form does;
     * returns the status.
     */
    int logInToTasklist(AppProcess node, String user) throws IOException, InterruptedException {
      HttpResponse<String> page =
          client.send(
              HttpRequest.newBuilder(uri(node, "/camunda/app/tasklist/default/")).build(),
              HttpResponse.BodyHandlers.ofString());
      String csrf = page.headers().firstValue("X-XSRF-TOKEN").orElse("");
      HttpRequest login =
          HttpRequest.newBuilder(uri(node, "/camunda/api/admin/auth/user/default/login/tasklist"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-XSRF-TOKEN", csrf)
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "username=" + user + "&password=" + AppProcess.PASSWORD))
              .build();
      return client.send(login, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** The user this browser's session is logged in as on {@code node}, or null. */
    String loggedInUser(AppProcess node) throws IOException, InterruptedException {
      HttpResponse<String> me =
          client.send(
              HttpRequest.newBuilder(uri(node, "/camunda/api/admin/auth/user/default")).build(),
              HttpResponse.BodyHandlers.ofString());
      return me.statusCode() == 200
          ? (String) new ObjectMapper().readValue(me.body(), Map.class).get("userId")
          : null;
    }

    private static URI uri(AppProcess node, String path) {
      return URI.create("http://localhost:" + node.port() + path);
    }
  }

  private AppProcess node(String name, TestPostgres.Database db) throws IOException {
    return AppProcess.of(
        name,
        Files.createDirectories(workDir.resolve(name)),
        List.of("demo", "postgres"),
        db.appEnvironment(),
        // the job log names the node that executed each job
        "--camunda.bpm.generic-properties.properties.hostname=" + name);
  }

  private static long count(Connection sql, String query, Object... params) throws SQLException {
    try (ResultSet rows = query(sql, query, params)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static Set<String> strings(Connection sql, String query, Object... params)
      throws SQLException {
    Set<String> values = new HashSet<>();
    try (ResultSet rows = query(sql, query, params)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static Map<String, Long> grouped(Connection sql, String query, Object... params)
      throws SQLException {
    Map<String, Long> values = new LinkedHashMap<>();
    try (ResultSet rows = query(sql, query, params)) {
      while (rows.next()) {
        values.put(rows.getString(1), rows.getLong(2));
      }
    }
    return values;
  }

  private static ResultSet query(Connection sql, String query, Object... params)
      throws SQLException {
    PreparedStatement statement = sql.prepareStatement(query);
    statement.closeOnCompletion();
    for (int i = 0; i < params.length; i++) {
      statement.setObject(i + 1, params[i]);
    }
    return statement.executeQuery();
  }
}
