package id.intervensi.retention;

import static id.intervensi.CaseData.intake;
import static id.intervensi.CaseData.referral;
import static id.intervensi.cycle.InterventionCycle.TASK_INTAKE_INTERVIEW;
import static id.intervensi.cycle.InterventionCycle.TASK_REFER_TO_OTHER_RESOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
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
    historyService
        .setRemovalTimeToHistoricProcessInstances()
        .absoluteRemovalTime(over)
        .byIds(pi)
        .hierarchical()
        .executeAsync();
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

  /** Schedules the history cleanup now (outside its nightly window) and waits until it has run. */
  private void runHistoryCleanup() {
    Job job = historyService.cleanUpHistoryAsync(true);
    long runs = successfulRuns(job.getId());
    await().atMost(PATIENCE).until(() -> successfulRuns(job.getId()) > runs);
  }

  private long successfulRuns(String jobId) {
    return historyService.createHistoricJobLogQuery().jobId(jobId).successLog().count();
  }
}
