package id.intervensi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import id.intervensi.CaseData;
import id.intervensi.casefile.HomeSettings;
import id.intervensi.casefile.StageTimeHistogram;
import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * GET /api/dashboard (docs/dashboard.md) on cases driven through the REST API: one in the intake
 * without a worker, one in the intervention with an overdue evaluation escalated to the
 * supervisors, one ended by the client's return to the family. Every figure moves by what these
 * cases did (the app is shared with other tests, so the figures are read before and after); the
 * percentiles of the stays are checked against the stays read back from case_stage_stay. Who reads
 * it: supervisors, managers, auditors, administrators; a social worker is refused, a stranger asked
 * to log in.
 */
@RunningApp
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardRestTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcClient jdbc;
  @Autowired HomeSettings home;

  Cases cases;
  DashboardCases driven;
  Map<String, Object> before;
  Map<String, Object> after;
  String intake;
  String intervention;
  String ended;
  String level;

  @BeforeAll
  void driveCases() {
    cases = new Cases(port);
    driven = new DashboardCases(cases, runtimeService, taskService, jdbc);
    before = dashboard("manajer1");
    intake = driven.caseNumber(driven.inIntake());
    String pi = driven.inIntervention();
    intervention = driven.caseNumber(pi);
    driven.evaluationOverdueAndEscalated(managementService, pi);
    ended = driven.returnedToFamily();
    ended =
        jdbc.sql("select case_number from case_file where process_instance_id = ?")
            .param(ended)
            .query(String.class)
            .single();
    level =
        jdbc.sql(
                "select functioning_level from case_score where case_number = ?"
                    + " and functioning_level is not null")
            .param(intervention)
            .query(String.class)
            .single();
    after = dashboard("manajer1");
  }

  Map<String, Object> dashboard(String user) {
    Rest.Answer read = cases.as(user).get("/api/dashboard");
    assertThat(read.status()).as(read.message()).isEqualTo(200);
    return read.map();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> map, String key) {
    return (List<Map<String, Object>>) map.get(key);
  }

  static long number(Object value) {
    return ((Number) value).longValue();
  }

  /** The {@code field} of the row of {@code key} whose {@code idField} is {@code id}. */
  static long row(Map<String, Object> map, String key, String idField, String id, String field) {
    return list(map, key).stream()
        .filter(r -> id.equals(r.get(idField)))
        .map(r -> number(r.get(field)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " row " + id));
  }

  long delta(String key, String idField, String id, String field) {
    return row(after, key, idField, id, field) - row(before, key, idField, id, field);
  }

  @Test
  void openCasesByStageAndCaseloads() {
    assertThat(number(after.get("openCases")) - number(before.get("openCases"))).isEqualTo(2);
    assertThat(delta("openByStage", "stage", "INTAKE", "cases")).isEqualTo(1);
    assertThat(delta("openByStage", "stage", "INTERVENTION", "cases")).isEqualTo(1);
    assertThat(delta("openByStage", "stage", "TERMINATION", "cases")).isZero();
    assertThat(list(after, "openByStage"))
        .anySatisfy(r -> assertThat(r).containsEntry("stage", "INTAKE").containsKey("label"));
    assertThat(delta("caseloads", "worker", "peksos1", "openCases")).isEqualTo(1);
    assertThat(delta("caseloads", "worker", "peksos2", "openCases")).isZero();
    assertThat(row(after, "caseloads", "worker", "peksos1", "openCases"))
        .isEqualTo(
            jdbc.sql(
                    "select count(*) from case_file where status = 'OPEN'"
                        + " and assigned_worker = 'peksos1'")
                .query(Long.class)
                .single());
    assertThat(list(after, "caseloads"))
        .anySatisfy(r -> assertThat(r).containsEntry("name", "Sari Wulandari"));
    assertThat(number(after.get("withoutWorker")) - number(before.get("withoutWorker")))
        .isEqualTo(1);
    assertThat(after).containsEntry("home", home.name());
  }

  @Test
  void overdueEvaluationsAndEscalations() {
    assertThat(number(after.get("overdueEvaluations")) - number(before.get("overdueEvaluations")))
        .isEqualTo(1);
    assertThat(number(after.get("escalations")) - number(before.get("escalations"))).isEqualTo(1);
  }

  @Test
  void admissionsAndTerminationsThisMonthWithTheirReasons() {
    List<Map<String, Object>> months = list(after, "months");
    assertThat(months).hasSize(12);
    YearMonth now = YearMonth.now(CaseData.HOME_ZONE);
    assertThat(months.get(11)).containsEntry("month", now.toString());
    assertThat(months.get(0)).containsEntry("month", now.minusMonths(11).toString());
    assertThat(delta("months", "month", now.toString(), "admissions")).isEqualTo(2);
    assertThat(delta("months", "month", now.toString(), "terminations")).isEqualTo(1);
    assertThat(reason(after, now) - reason(before, now)).isEqualTo(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> reasons = (Map<String, Object>) after.get("reasons");
    assertThat(reasons).containsEntry("RETURNED_TO_FAMILY", "Kembali ke keluarga");
    // the intake case is not admitted yet; the other two are, this month
    assertThat(admitted(intake)).isFalse();
    assertThat(admitted(intervention)).isTrue();
    assertThat(admitted(ended)).isTrue();
  }

  @SuppressWarnings("unchecked")
  static long reason(Map<String, Object> dashboard, YearMonth month) {
    Map<String, Object> reasons =
        (Map<String, Object>)
            list(dashboard, "months").stream()
                .filter(m -> month.toString().equals(m.get("month")))
                .findFirst()
                .orElseThrow()
                .get("reasons");
    Object n = reasons.get("RETURNED_TO_FAMILY");
    return n == null ? 0 : number(n);
  }

  boolean admitted(String caseNumber) {
    return jdbc.sql(
                "select count(*) from case_file where case_number = ? and admitted_at is not null")
            .param(caseNumber)
            .query(Long.class)
            .single()
        == 1;
  }

  @Test
  void functioningLevelsOfOpenCases() {
    assertThat(delta("functioningLevels", "level", level, "cases")).isEqualTo(1);
    assertThat(delta("functioningLevels", "level", "NOT_ASSESSED", "cases")).isEqualTo(1);
    long sum =
        list(after, "functioningLevels").stream().mapToLong(r -> number(r.get("cases"))).sum();
    assertThat(sum).isEqualTo(number(after.get("openCases")));
  }

  @Test
  void everyStayInAStageIsRecordedAndTimed() {
    // the ended case: every stage it went through, the plan sent back never (one planning)
    List<Map<String, Object>> stays = driven.stays(ended);
    assertThat(stays.stream().map(s -> value(s, "stage")))
        .containsExactly("INTAKE", "ASSESSMENT", "PLANNING", "INTERVENTION", "TERMINATION");
    assertThat(stays).allSatisfy(s -> assertThat(value(s, "left_at")).isNotNull());
    assertThat(stays).allSatisfy(s -> assertThat(number(value(s, "seconds"))).isNotNegative());
    // the open case: its stay in the intervention not left
    List<Map<String, Object>> open = driven.stays(intervention);
    assertThat(value(open.get(open.size() - 1), "stage")).isEqualTo("INTERVENTION");
    assertThat(value(open.get(open.size() - 1), "left_at")).isNull();
    assertThat(driven.stays(intake))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(value(s, "stage")).isEqualTo("INTAKE");
              assertThat(value(s, "left_at")).isNull();
            });

    // every stay left by these cases counted
    Map<String, Long> left = new HashMap<>();
    for (String caseNumber : List.of(intake, intervention, ended)) {
      for (Map<String, Object> s : driven.stays(caseNumber)) {
        if (value(s, "left_at") != null) {
          left.merge((String) value(s, "stage"), 1L, Long::sum);
        }
      }
    }
    assertThat(left).containsEntry("INTAKE", 2L).containsEntry("PLANNING", 2L);
    left.forEach(
        (stage, n) ->
            assertThat(delta("stageTimes", "stage", stage, "stays")).as(stage).isEqualTo(n));
  }

  @Test
  void medianAndNinetiethPercentileOfTheStays() {
    // every stay that ended in the last 12 months, read from the histogram of stays per stage and
    // month; a long stay makes the percentiles worth checking: the ended case spent ten days
    // planning (set here in the stays, so the histogram is counted again from them, as V8 does)
    jdbc.sql("update case_stage_stay set seconds = ? where case_number = ? and stage = 'PLANNING'")
        .params(10 * 24 * 3600L, ended)
        .update();
    countHistogramAgain();
    Map<String, Object> now = dashboard("supervisor1");
    Timestamp since =
        Timestamp.from(
            YearMonth.now(CaseData.HOME_ZONE)
                .minusMonths(11)
                .atDay(1)
                .atStartOfDay(CaseData.HOME_ZONE)
                .toInstant());
    for (Map<String, Object> time : list(now, "stageTimes")) {
      List<Long> seconds =
          new ArrayList<>(
              jdbc.sql(
                      "select seconds from case_stage_stay where stage = ? and left_at >= ?"
                          + " and seconds is not null")
                  .params(time.get("stage"), since)
                  .query(Long.class)
                  .list());
      Collections.sort(seconds);
      assertThat(number(time.get("stays"))).as("%s", time.get("stage")).isEqualTo(seconds.size());
      if (seconds.isEmpty()) {
        continue;
      }
      // within the histogram's bound (2% of the exact value), and the rounding to 0.01 hours
      double median = percentile(seconds, 0.5) / 3600.0;
      assertThat(((Number) time.get("medianHours")).doubleValue())
          .as("median of %s", time.get("stage"))
          .isCloseTo(median, offset(StageTimeHistogram.ALPHA * median + 0.006));
      double p90 = percentile(seconds, 0.9) / 3600.0;
      assertThat(((Number) time.get("p90Hours")).doubleValue())
          .as("p90 of %s", time.get("stage"))
          .isCloseTo(p90, offset(StageTimeHistogram.ALPHA * p90 + 0.006));
    }
    assertThat(row(now, "stageTimes", "stage", "PLANNING", "stays")).isPositive();
    assertThat(
            list(now, "stageTimes").stream()
                .filter(t -> "PLANNING".equals(t.get("stage")))
                .map(t -> ((Number) t.get("p90Hours")).doubleValue())
                .findFirst()
                .orElseThrow())
        .isPositive();
  }

  @Test
  void staysAtTheEdgeOfTheTwelveMonthsCountedOnTheHomesCalendar() {
    // the home's months begin at its midnight, the histogram's at the table's (the JVM's time
    // zone): stays just before and after the first moment of the 12 months, and in the months on
    // either side, are counted exactly as the stays themselves say
    Timestamp since =
        Timestamp.from(
            YearMonth.now(CaseData.HOME_ZONE)
                .minusMonths(11)
                .atDay(1)
                .atStartOfDay(CaseData.HOME_ZONE)
                .toInstant());
    long lastId =
        jdbc.sql("select coalesce(max(id), 0) from case_stage_stay").query(Long.class).single();
    try {
      for (long hours : new long[] {-20 * 24, -15, -1, 0, 1, 15, 20 * 24}) {
        Instant left = since.toInstant().plusSeconds(hours * 3600);
        jdbc.sql(
                "insert into case_stage_stay (case_number, stage, entered_at, left_at, seconds)"
                    + " values (?, 'INTAKE', ?, ?, 7200)")
            .params(ended, Timestamp.from(left.minusSeconds(7200)), Timestamp.from(left))
            .update();
      }
      countHistogramAgain();
      long exact =
          jdbc.sql(
                  "select count(*) from case_stage_stay where stage = 'INTAKE' and left_at >= ?"
                      + " and seconds is not null")
              .param(since)
              .query(Long.class)
              .single();
      assertThat(row(dashboard("supervisor1"), "stageTimes", "stage", "INTAKE", "stays"))
          .isEqualTo(exact);
    } finally {
      jdbc.sql("delete from case_stage_stay where id > ?").param(lastId).update();
      countHistogramAgain();
    }
  }

  /** Counts the histogram of stays again from the stays, as V8 does. */
  private void countHistogramAgain() {
    jdbc.sql("delete from stage_time_histogram").update();
    jdbc.sql(
            "insert into stage_time_histogram (month_index, stage, bucket, stays)"
                + " select month_index, stage, bucket, count(*) from (select"
                + " cast(extract(year from left_at) as int) * 12"
                + " + cast(extract(month from left_at) as int) - 1 as month_index, stage,"
                + " case when seconds < 1 then 0 else 1 + cast(ceil(ln(cast(seconds as double"
                + " precision)) / ln(cast(51 as double precision) / 49)) as int) end as bucket"
                + " from case_stage_stay where left_at is not null and seconds is not null) t"
                + " group by month_index, stage, bucket")
        .update();
  }

  /** The percentile as percentile_cont computes it: linear between the two nearest values. */
  static double percentile(List<Long> sorted, double p) {
    double at = p * (sorted.size() - 1);
    int low = (int) Math.floor(at);
    int high = (int) Math.ceil(at);
    return sorted.get(low) + (at - low) * (sorted.get(high) - sorted.get(low));
  }

  static Object value(Map<String, Object> row, String column) {
    return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
  }

  @Test
  void supervisorsManagersAuditorsAndAdministratorsReadIt() {
    for (String user : List.of("supervisor1", "manajer1", "auditor1", "admin")) {
      Rest.Answer read = cases.as(user).get("/api/dashboard");
      assertThat(read.status()).as(user + ": " + read.message()).isEqualTo(200);
      assertThat(read.map()).containsKeys("openByStage", "stageTimes", "months");
    }
  }

  @Test
  void aSocialWorkerIsRefusedAndAStrangerAskedToLogIn() {
    Rest.Answer worker = cases.as("peksos1").get("/api/dashboard");
    assertThat(worker.status()).isEqualTo(403);
    assertThat(worker.message()).isEqualTo(DashboardController.NOT_ALLOWED);
    assertThat(Rest.anonymous(port).get("/api/dashboard").status()).isEqualTo(401);
    assertThat(cases.as("manajer1").post("/api/dashboard", Map.of()).status()).isEqualTo(405);
  }

  @Test
  void generatedNow() {
    assertThat(Instant.parse((String) after.get("generatedAt"))).isBefore(Instant.now());
  }
}
