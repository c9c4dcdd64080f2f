package id.intervensi.modeling;

import static id.intervensi.modeling.ModelFiles.CYCLE;
import static id.intervensi.modeling.ModelFiles.ELIGIBILITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Deployments through the Java API (as Cockpit, the REST API and ModelDeployer do underneath) that
 * would break running cases or the app are refused, with every problem named; the app's own models
 * pass. Refused deployments leave nothing behind, so this shares the process tests' engine.
 */
@SpringBootTest
@ActiveProfiles("test")
class DeploymentGuardTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired DeploymentGuard guard;

  private List<DeploymentProblem> problemsIn(ModelFiles models) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    return configuration
        .getCommandExecutorTxRequired()
        .execute(commandContext -> guard.problemsIn(DeploymentModels.of(models.bytes())));
  }

  private DeploymentRefusedException refused(ModelFiles models) {
    long deployments = repositoryService.createDeploymentQuery().count();
    long definitions = repositoryService.createProcessDefinitionQuery().count();
    DeploymentBuilder deployment =
        repositoryService.createDeployment().name("guard-test").source("test");
    models
        .bytes()
        .forEach((name, bytes) -> deployment.addInputStream(name, new ByteArrayInputStream(bytes)));

    Throwable thrown = catchThrowable(deployment::deploy);

    assertThat(thrown).isInstanceOf(DeploymentRefusedException.class);
    assertThat(thrown.getMessage()).startsWith("Deployment ditolak");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    return (DeploymentRefusedException) thrown;
  }

  @Test
  void theAppsOwnModelsPass() {
    assertThat(problemsIn(ModelFiles.all())).isEmpty();
  }

  @Test
  void aUserTaskWithoutAFormIsRefused() {
    DeploymentRefusedException refusal =
        refused(
            ModelFiles.all()
                .replace(
                    CYCLE,
                    "name=\"Wawancara intake\" camunda:formRef=\"intake-interview\" camunda:formRefBinding=\"deployment\"",
                    "name=\"Wawancara intake\""));

    assertThat(refusal.getProblems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.resource()).isEqualTo(CYCLE);
              assertThat(problem.elementId()).isEqualTo("Task_IntakeInterview");
              assertThat(problem.message())
                  .contains("'Wawancara intake' (Task_IntakeInterview)", "tidak punya formulir");
            });
    assertThat(refusal.getMessage()).contains("Task_IntakeInterview", "tidak punya formulir");
    assertThat(refusal.getResorceReports())
        .extracting(ResourceReport::getResourceName)
        .containsExactly(CYCLE);
  }

  @Test
  void aFormReferenceWithoutAFormIsRefused() {
    DeploymentRefusedException unknown =
        refused(
            ModelFiles.all()
                .replace(
                    CYCLE,
                    "camunda:formRef=\"termination\" camunda:formRefBinding=\"deployment\"",
                    "camunda:formRef=\"kunjungan-rumah\" camunda:formRefBinding=\"latest\""));
    assertThat(unknown.getProblems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.elementId()).isEqualTo("Task_Terminate");
              assertThat(problem.message()).contains("'kunjungan-rumah'", "belum pernah di-deploy");
            });

    DeploymentRefusedException leftOut = refused(ModelFiles.all().without("termination.form"));
    assertThat(leftOut.getProblems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.elementId()).isEqualTo("Task_Terminate");
              assertThat(problem.message()).contains("'termination'", "deployment yang sama");
            });

    DeploymentRefusedException noSuchVersion =
        refused(
            ModelFiles.all()
                .replace(
                    CYCLE,
                    "camunda:formRef=\"termination\" camunda:formRefBinding=\"deployment\"",
                    "camunda:formRef=\"termination\" camunda:formRefBinding=\"version\" camunda:formRefVersion=\"99\""));
    assertThat(noSuchVersion.getProblems())
        .singleElement()
        .extracting(DeploymentProblem::message)
        .asString()
        .contains("versi 99");
  }

  @Test
  void aFormAlreadyDeployedIsFoundByLatestOrVersionBinding() {
    assertThat(
            problemsIn(
                ModelFiles.all()
                    .without("termination.form")
                    .replace(
                        CYCLE,
                        "camunda:formRef=\"termination\" camunda:formRefBinding=\"deployment\"",
                        "camunda:formRef=\"termination\" camunda:formRefBinding=\"latest\"")))
        .isEmpty();
    assertThat(
            problemsIn(
                ModelFiles.all()
                    .without("termination.form")
                    .replace(
                        CYCLE,
                        "camunda:formRef=\"termination\" camunda:formRefBinding=\"deployment\"",
                        "camunda:formRef=\"termination\" camunda:formRefBinding=\"version\" camunda:formRefVersion=\"1\"")))
        .isEmpty();
  }

  @Test
  void aDelegateOrExpressionTheAppDoesNotProvideIsRefused() {
    DeploymentRefusedException refusal =
        refused(
            ModelFiles.all()
                .edit(
                    CYCLE,
                    xml ->
                        xml.replaceFirst(
                            "(<bpmn:endEvent id=\"EndEvent_NotAdmitted\"[^>]*>\\s*<bpmn:extensionElements>\\s*"
                                + "<camunda:executionListener delegateExpression=\")\\$\\{caseClosureListener}",
                            "$1\\${penutupKasus}"))
                .replace(CYCLE, "${dueDates.after('P7D')}", "${tenggat.after('P7D')}")
                .replace(
                    CYCLE,
                    "<camunda:executionListener delegateExpression=\"${caseOpeningListener}\" event=\"start\" />",
                    "<camunda:executionListener delegateExpression=\"${caseOpeningListener}\" event=\"start\" />"
                        + "<camunda:executionListener class=\"id.intervensi.TidakAda\" event=\"end\" />"));

    // exactly these three: execution, task, decisionResult, activities, activity and the app's
    // beans are fine
    assertThat(refusal.getProblems())
        .extracting(DeploymentProblem::elementId)
        .containsExactlyInAnyOrder(
            "EndEvent_NotAdmitted", "Task_EvaluationFollowUp", "StartEvent_CaseOpened");
    assertThat(refusal.getMessage())
        .contains(
            "EndEvent_NotAdmitted: delegate expression ${penutupKasus}: aplikasi tidak punya bean 'penutupKasus'",
            "Task_EvaluationFollowUp: ekspresi ${tenggat.after('P7D')} memanggil 'tenggat'",
            "StartEvent_CaseOpened: kelas Java 'id.intervensi.TidakAda' tidak diizinkan");
  }

  @Test
  void aProcessOrDecisionWithoutHistoryTimeToLiveIsRefused() {
    DeploymentRefusedException refusal =
        refused(
            ModelFiles.all()
                .replace(CYCLE, " camunda:historyTimeToLive=\"3650\"", "")
                .replace(ELIGIBILITY, " camunda:historyTimeToLive=\"3650\"", ""));

    assertThat(refusal.getProblems())
        .extracting(DeploymentProblem::resource, DeploymentProblem::elementId)
        .containsExactlyInAnyOrder(
            tuple(CYCLE, "intervention-cycle"), tuple(ELIGIBILITY, "admission-eligibility"));
    assertThat(refusal.getMessage()).contains("tidak punya history time-to-live");
  }

  @Test
  void anUnknownCandidateGroupIsRefused() {
    DeploymentRefusedException refusal =
        refused(
            ModelFiles.all()
                .replace(
                    CYCLE,
                    "camunda:formRef=\"admission-approval\" camunda:formRefBinding=\"deployment\" camunda:candidateGroups=\"supervisors\"",
                    "camunda:formRef=\"admission-approval\" camunda:formRefBinding=\"deployment\" camunda:candidateGroups=\"supervisors, kepala-panti\""));

    assertThat(refusal.getProblems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.elementId()).isEqualTo("Task_ApproveAdmission");
              assertThat(problem.message()).contains("kelompok 'kepala-panti' tidak dikenal");
            });
  }

  @Test
  void aFormFileWithoutIdIsRefused() {
    DeploymentRefusedException refusal =
        refused(
            ModelFiles.only()
                .with("no-id.form", ModelFiles.resource("modeling/broken/no-id.form")));
    assertThat(refusal.getProblems())
        .singleElement()
        .extracting(DeploymentProblem::message)
        .asString()
        .contains("tidak punya id");
  }
}
