package id.intervensi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No expression from a query runs on the server. Each payload carries an expression that, if it
 * were evaluated, would set a system property of this JVM (the Spring bean "systemProperties" is
 * reachable from expressions); the test asserts the refusal and that the property stays unset.
 */
@RunningApp
class QueryExpressionRestTest {

  @LocalServerPort int port;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired FilterService filterService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext applicationContext;

  Cases cases() {
    return new Cases(port);
  }

  /** A fresh property name and the expression that would set it. */
  record Probe(String property) {
    static Probe create() {
      return new Probe("intervensi.probe." + UUID.randomUUID());
    }

    String expression() {
      return "${systemProperties.put('" + property + "', 'ran')}";
    }

    boolean ran() {
      return System.getProperty(property) != null;
    }
  }

  void assertRefused(Rest.Answer answer, Probe probe) {
    assertThat(answer.status()).as(answer.message()).isEqualTo(400);
    assertThat(answer.message()).contains("Ekspresi tidak diizinkan");
    assertThat(probe.ran()).as("the expression was evaluated").isFalse();
  }

  /**
   * The probe is live: Camunda's Spring expression manager runs it. The engine's own expression
   * manager (the model sandbox, docs/expression-vocabulary.md) does not: a second wall behind the
   * query guard tested here.
   */
  @Test
  void theProbeWouldBeSeenIfAnExpressionRan() {
    Probe probe = Probe.create();
    SpringExpressionManager unguarded = new SpringExpressionManager(applicationContext, null);
    engineConfiguration
        .getCommandExecutorTxRequired()
        .execute(context -> unguarded.createExpression(probe.expression()).getValue(null));
    assertThat(probe.ran()).isTrue();

    Probe sandboxed = Probe.create();
    assertThatThrownBy(
            () ->
                engineConfiguration
                    .getCommandExecutorTxRequired()
                    .execute(
                        context ->
                            engineConfiguration
                                .getExpressionManager()
                                .createExpression(sandboxed.expression())
                                .getValue(null)))
        .hasMessageContaining("systemProperties");
    assertThat(sandboxed.ran()).isFalse();
  }

  @Test
  void adHocTaskQueriesWithExpressionsAreRefusedAtTheTopAndNested() {
    for (String user : List.of("peksos1", "supervisor1", "manajer1", "admin")) {
      Probe top = Probe.create();
      assertRefused(
          cases()
              .as(user)
              .post("/engine-rest/task", Map.of("assigneeExpression", top.expression())),
          top);

      Probe nested = Probe.create();
      assertRefused(
          cases()
              .as(user)
              .post(
                  "/engine-rest/task",
                  Map.of("orQueries", List.of(Map.of("assigneeExpression", nested.expression())))),
          nested);

      Probe counted = Probe.create();
      assertRefused(
          cases()
              .as(user)
              .post(
                  "/engine-rest/task/count",
                  Map.of(
                      "orQueries",
                      List.of(Map.of("candidateGroupsExpression", counted.expression())))),
          counted);

      Probe dated = Probe.create();
      assertRefused(
          cases()
              .as(user)
              .post(
                  "/engine-rest/task",
                  Map.of("orQueries", List.of(Map.of("dueAfterExpression", dated.expression())))),
          dated);
    }
  }

  @Test
  void filtersWithExpressionsAreNotSaved() {
    long filtersBefore = filterService.createFilterQuery().count();

    Probe top = Probe.create();
    assertRefused(
        cases()
            .as("admin")
            .post(
                "/engine-rest/filter/create",
                filter("Jahat 1", Map.of("assigneeExpression", top.expression()))),
        top);

    Probe nested = Probe.create();
    assertRefused(
        cases()
            .as("admin")
            .post(
                "/engine-rest/filter/create",
                filter(
                    "Jahat 2",
                    Map.of("orQueries", List.of(Map.of("ownerExpression", nested.expression()))))),
        nested);

    // changing an existing filter to run an expression is refused too, and the filter stays as it
    // was
    String myTasks =
        filterService.createFilterQuery().filterName("Tugas saya").singleResult().getId();
    String queryBefore =
        jdbc.queryForObject(
            "select QUERY_ from ACT_RU_FILTER where ID_ = ?", String.class, myTasks);
    Probe update = Probe.create();
    assertRefused(
        cases()
            .as("admin")
            .put(
                "/engine-rest/filter/" + myTasks,
                filter(
                    "Tugas saya",
                    Map.of(
                        "orQueries", List.of(Map.of("assigneeExpression", update.expression()))))),
        update);

    assertThat(filterService.createFilterQuery().count()).isEqualTo(filtersBefore);
    assertThat(
            jdbc.queryForObject(
                "select QUERY_ from ACT_RU_FILTER where ID_ = ?", String.class, myTasks))
        .isEqualTo(queryBefore);
  }

  @Test
  void runningAFilterWithAnExpressionIsRefused() {
    String myTasks =
        filterService.createFilterQuery().filterName("Tugas saya").singleResult().getId();
    assertThat(
            cases()
                .as("peksos1")
                .get("/engine-rest/filter/" + myTasks + "/list?maxResults=15")
                .status())
        .as("the app's own filters, with ${currentUser()}, still run")
        .isEqualTo(200);

    // an expression in the query a filter is run with (Tasklist sends one with every search)
    Probe extending = Probe.create();
    assertRefused(
        cases()
            .as("peksos1")
            .post(
                "/engine-rest/filter/" + myTasks + "/list?maxResults=15",
                Map.of("orQueries", List.of(Map.of("assigneeExpression", extending.expression())))),
        extending);
    Probe counted = Probe.create();
    assertRefused(
        cases()
            .as("peksos1")
            .post(
                "/engine-rest/filter/" + myTasks + "/count",
                Map.of("assigneeExpression", counted.expression())),
        counted);
  }

  @Test
  void aFilterStoredBeforeTheGuardIsNotRunEither() {
    String myTasks =
        filterService.createFilterQuery().filterName("Tugas kelompok saya").singleResult().getId();
    String query =
        jdbc.queryForObject(
            "select QUERY_ from ACT_RU_FILTER where ID_ = ?", String.class, myTasks);
    Probe stored = Probe.create();
    // as if an administrator had saved it before this version: written past the engine
    String evil =
        query.replace("${currentUserGroups()}", stored.expression().replace("'", "\\u0027"));
    assertThat(evil).isNotEqualTo(query);
    jdbc.update("update ACT_RU_FILTER set QUERY_ = ? where ID_ = ?", evil, myTasks);
    try {
      assertRefused(
          cases().as("peksos1").get("/engine-rest/filter/" + myTasks + "/list?maxResults=15"),
          stored);
      assertRefused(cases().as("peksos1").get("/engine-rest/filter/" + myTasks + "/count"), stored);
      // (the REST API words this refusal itself: "Filter does not returns a valid single result")
      Rest.Answer single =
          cases().as("peksos1").get("/engine-rest/filter/" + myTasks + "/singleResult");
      assertThat(single.status()).isEqualTo(400);
      assertThat(stored.ran()).isFalse();
    } finally {
      jdbc.update("update ACT_RU_FILTER set QUERY_ = ? where ID_ = ?", query, myTasks);
    }
  }

  static Map<String, Object> filter(String name, Map<String, Object> query) {
    return Map.of("resourceType", "Task", "name", name, "query", query, "properties", Map.of());
  }
}
