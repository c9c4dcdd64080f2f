package id.intervensi.retention;

import static id.intervensi.CaseData.intake;
import static id.intervensi.CaseData.referral;
import static id.intervensi.cycle.InterventionCycle.TASK_INTAKE_INTERVIEW;
import static id.intervensi.cycle.InterventionCycle.TASK_REFER_TO_OTHER_RESOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A closed case's history is kept for intervensi.history.retention-days (3650) from its end: the
 * engine's default time-to-live and every deployed definition follow the setting, the case's
 * removal time is its end plus that period, history cleanup leaves it readable before, and removes
 * it once its removal time has passed.
 */
@RunningApp
class HistoryRetentionTest {

  static final Duration PATIENCE = Duration.ofMinutes(2);

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired RetentionSettings settings;
  @Autowired HistoryRetention retention;

  @Test
  void theEngineAndEveryDefinitionKeepHistoryForTheConfiguredPeriod() {
    assertThat(settings.retentionDays()).isEqualTo(3650);
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryTimeToLive()).isEqualTo("P3650D");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("intervention-cycle")
                .list())
        .isNotEmpty()
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650));
    assertThat(repositoryService.createDecisionDefinitionQuery().list())
        .isNotEmpty()
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650));
  }

  @Test
  void aDefinitionDeployedWithAnotherPeriodIsAlignedAtStartUp() {
    String definitionId =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey("intervention-cycle")
            .latestVersion()
            .singleResult()
            .getId();
    repositoryService.updateProcessDefinitionHistoryTimeToLive(definitionId, 30);
    try {
      assertThat(retention.align()).isGreaterThanOrEqualTo(1);
      assertThat(repositoryService.getProcessDefinition(definitionId).getHistoryTimeToLive())
          .isEqualTo(3650);
    } finally {
      repositoryService.updateProcessDefinitionHistoryTimeToLive(definitionId, 3650);
    }
  }

  @Test
  void aModelDeployedAfterStartUpKeepsHistoryForTheConfiguredPeriod() {
    Cases cases = new Cases(port);
    // as Camunda Modeler sends them, each with its own time-to-live of 30 days
    String process =
        new String(Cases.minimalProcess("retensi-proses"), StandardCharsets.UTF_8)
            .replace("camunda:historyTimeToLive=\"3650\"", "camunda:historyTimeToLive=\"30\"");
    Rest.Answer processDeployed =
        cases.deploy(
            "manajer1",
            "retensi-proses",
            "retensi-proses.bpmn",
            process.getBytes(StandardCharsets.UTF_8));
    assertThat(processDeployed.status()).as(processDeployed.message()).isEqualTo(200);
    Rest.Answer decisionDeployed =
        cases.deploy(
            "manajer1",
            "retensi-keputusan",
            "retensi-keputusan.dmn",
            DECISION_KEPT_30_DAYS.getBytes(StandardCharsets.UTF_8));
    assertThat(decisionDeployed.status()).as(decisionDeployed.message()).isEqualTo(200);
    try {
      Map<String, Object> processDefinition =
          cases.as("manajer1").get("/engine-rest/process-definition/key/retensi-proses").map();
      assertThat(processDefinition.get("historyTimeToLive")).isEqualTo(3650);
      Map<String, Object> decisionDefinition =
          cases.as("manajer1").get("/engine-rest/decision-definition/key/retensi-keputusan").map();
      assertThat(decisionDefinition.get("historyTimeToLive")).isEqualTo(3650);
      // what the engine wrote, not only what it keeps in its cache
      assertThat(
              repositoryService
                  .createProcessDefinitionQuery()
                  .processDefinitionKey("retensi-proses")
                  .singleResult()
                  .getHistoryTimeToLive())
          .isEqualTo(3650);
      assertThat(
              repositoryService
                  .createDecisionDefinitionQuery()
                  .decisionDefinitionKey("retensi-keputusan")
                  .singleResult()
                  .getHistoryTimeToLive())
          .isEqualTo(3650);
    } finally {
      repositoryService.deleteDeployment((String) processDeployed.map().get("id"), true);
      repositoryService.deleteDeployment((String) decisionDeployed.map().get("id"), true);
    }
  }

  /** A decision table as Camunda Modeler saves it, kept 30 days by its own setting. */
  static final String DECISION_KEPT_30_DAYS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
          xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_Retensi"
          name="Retensi" namespace="http://intervensi.id/test">
        <decision id="retensi-keputusan" name="Retensi" camunda:historyTimeToLive="30">
          <decisionTable id="DecisionTable_Retensi" hitPolicy="FIRST">
            <input id="Input_Umur">
              <inputExpression id="InputExpression_Umur" typeRef="integer"><text>umur</text></inputExpression>
            </input>
            <output id="Output_Hasil" name="hasil" typeRef="string" />
            <rule id="Rule_Lansia">
              <inputEntry id="InputEntry_Lansia"><text>&gt;= 60</text></inputEntry>
              <outputEntry id="OutputEntry_Lansia"><text>"lansia"</text></outputEntry>
            </rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  @Test
  void aClosedCaseStaysReadableForThePeriodAndIsCleanedUpAfterIt() {
    Cases cases = new Cases(port);
    String pi = cases.open("peksos1");
    String caseNumber = (String) runtimeService.getVariable(pi, "caseNumber");
    cases.work("peksos1", pi, TASK_INTAKE_INTERVIEW, intake(false));
    cases.work("peksos1", pi, TASK_REFER_TO_OTHER_RESOURCE, referral());
    HistoricProcessInstance closed = historic(pi);
    assertThat(closed.getEndTime()).as("the case ended (not admitted)").isNotNull();
    assertThat(closed.getRemovalTime())
        .isEqualTo(Date.from(closed.getEndTime().toInstant().plus(3650, ChronoUnit.DAYS)));

    // within the period: the cleanup runs and the auditor still reads the case
    runHistoryCleanup();
    assertThat(historic(pi)).isNotNull();
    assertThat(cases.as("auditor1").get("/api/history/cases/" + caseNumber).status())
        .isEqualTo(200);

    // the period is over (its removal time passed): the next cleanup removes the case's history
    Date over = Date.from(closed.getEndTime().toInstant().minus(1, ChronoUnit.DAYS));
    Batch batch =
        historyService
            .setRemovalTimeToHistoricProcessInstances()
            .absoluteRemovalTime(over)
            .byIds(pi)
            .hierarchical()
            .executeAsync();
    runNow(batch.getSeedJobDefinitionId());
    runNow(batch.getBatchJobDefinitionId());
    await().atMost(PATIENCE).until(() -> over.equals(historic(pi).getRemovalTime()));
    runHistoryCleanup();
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                historyService.createHistoricProcessInstanceQuery().processInstanceId(pi).count()
                    == 0);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi).count())
        .isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi).count())
        .isZero();
    assertThat(historyService.createHistoricDecisionInstanceQuery().processInstanceId(pi).count())
        .isZero();
    assertThat(cases.as("auditor1").get("/api/history/cases/" + caseNumber).status())
        .isEqualTo(404);
  }

  private HistoricProcessInstance historic(String pi) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult();
  }

  /**
   * Schedules the history cleanup now (outside its nightly window), runs it and waits until it has
   * run. Run here rather than left to the job executor: in the shared test app the executor may be
   * busy for minutes with the due timers of every case other test classes left (it acquires due
   * jobs in no particular order), which made this test fail once in CI.
   */
  private void runHistoryCleanup() {
    Job job = historyService.cleanUpHistoryAsync(true);
    long runs = successfulRuns(job.getId());
    runNow(job);
    await().atMost(PATIENCE).until(() -> successfulRuns(job.getId()) > runs);
  }

  /** Runs the due jobs of a job definition now (a batch's seed job, then its jobs). */
  private void runNow(String jobDefinitionId) {
    managementService
        .createJobQuery()
        .jobDefinitionId(jobDefinitionId)
        .list()
        .forEach(this::runNow);
  }

  private void runNow(Job job) {
    try {
      managementService.executeJob(job.getId());
    } catch (ProcessEngineException executorWasFaster) {
      // the job executor ran it (or is running it) at the same moment: the waits below see it
    }
  }

  private long successfulRuns(String jobId) {
    return historyService.createHistoricJobLogQuery().jobId(jobId).successLog().count();
  }
}
