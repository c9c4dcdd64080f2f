package id.intervensi.cycle;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import id.intervensi.CaseData;
import id.intervensi.casefile.CaseFile;
import id.intervensi.casefile.CaseFiles;
import id.intervensi.casefile.ClientIdentityFields;
import id.intervensi.casefile.ClientRegistry;
import id.intervensi.forms.InvalidSubmissionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Every path of processes/intervention-cycle.bpmn, with the application's real listeners, rules and
 * decision tables, on an in-memory engine. Timers are fired by the test. The coverage report
 * (target/process-test-coverage/) must show every flow node and sequence flow covered.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, FullCoverageRequired.class})
@TestExecutionListeners(
    listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class InterventionCycleProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired CaseFiles caseFiles;
  @Autowired ClientRegistry clients;

  @BeforeEach
  void initAssertions() {
    init(processEngine);
  }

  private ProcessInstance openCase() {
    ProcessInstance pi =
        processEngine
            .getFormService()
            .submitStartForm(
                processEngine
                    .getRepositoryService()
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(PROCESS_ID)
                    .latestVersion()
                    .singleResult()
                    .getId(),
                caseOpening(randomNik()));
    assertThat(pi).isStarted().isWaitingAt(TASK_INTAKE_INTERVIEW);
    return pi;
  }

  private void completeTask(ProcessInstance pi, String taskKey, Map<String, Object> data) {
    assertThat(pi).isWaitingAt(taskKey);
    complete(task(taskKey, pi), data);
  }

  /** Intake through the signed contract: the case is admitted and waits at the assessment. */
  private ProcessInstance admittedCase() {
    ProcessInstance pi = openCase();
    completeTask(pi, TASK_INTAKE_INTERVIEW, intake(true));
    assertThat(pi).hasPassed(TASK_DECIDE_ELIGIBILITY).variables().containsEntry("eligible", true);
    completeTask(pi, TASK_APPROVE_ADMISSION, admissionApproval(true));
    completeTask(pi, TASK_SIGN_SERVICE_CONTRACT, serviceContract(true));
    assertThat(pi)
        .hasPassed("EndEvent_IntakeAdmitted")
        .isWaitingAt(TASK_ASSESS_CLIENT)
        .variables()
        .containsEntry("admissionOutcome", "ADMITTED");
    return pi;
  }

  private ProcessInstance caseInIntervention() {
    ProcessInstance pi = admittedCase();
    completeTask(pi, TASK_ASSESS_CLIENT, assessment());
    completeTask(pi, TASK_PLAN_INTERVENTION, plan());
    completeTask(pi, TASK_APPROVE_PLAN, planApproval(true));
    return pi;
  }

  private void completeAllActivities(ProcessInstance pi) {
    List<Task> activities =
        taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_CARRY_OUT_ACTIVITY).list();
    Assertions.assertThat(activities).hasSize(2);
    activities.forEach(activity -> complete(activity, activityReport()));
  }

  /** Every variable a case wrote must be described in docs/process-variables.md. */
  private void assertEveryVariableIsDocumented(ProcessInstance pi) {
    String doc;
    try {
      doc = Files.readString(Path.of("docs/process-variables.md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> names =
        historyService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(pi.getId())
            .list()
            .stream()
            .map(HistoricVariableInstance::getName)
            .distinct()
            .toList();
    Assertions.assertThat(names).isNotEmpty();
    Assertions.assertThat(names)
        .allSatisfy(
            name ->
                Assertions.assertThat(doc)
                    .as("variable %s is documented in docs/process-variables.md", name)
                    .containsPattern(
                        "`"
                            + name
                            + "`|`"
                            + name.replaceAll("\\d+$", "")
                            + "\\d*`|"
                            + name.substring(0, Math.min(name.length(), 6))
                            + ".*\\.\\.\\."));
  }

  private CaseFile caseFile(ProcessInstance pi) {
    return caseFiles.find(pi.getBusinessKey()).orElseThrow();
  }

  @Test
  void caseOpeningGivesACaseNumberAndKeepsIdentityOutOfTheProcess() {
    ProcessInstance pi = openCase();

    Assertions.assertThat(pi.getBusinessKey()).matches("PSTW-\\d{4}-\\d{5}");
    assertThat(pi)
        .variables()
        .containsEntry("caseNumber", pi.getBusinessKey())
        .containsEntry(
            "clientAge",
            (long)
                Period.between(LocalDate.of(1950, 3, 12), LocalDate.now(CaseData.HOME_ZONE))
                    .getYears())
        .containsKey("clientId")
        .as("the client's sex stays for the eligibility table, the identity goes")
        .containsEntry("clientSex", "F")
        .doesNotContainKeys(
            "clientName",
            "clientNik",
            "clientBirthDate",
            "clientAddress",
            "familyContactName",
            "familyContactRelation",
            "familyContactPhone");
    // the birth date was a Date variable for a moment (the form guard converts it) and left no
    // history either
    Assertions.assertThat(
            historyService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .variableNameIn(ClientIdentityFields.ALL.toArray(String[]::new))
                .includeDeleted()
                .count())
        .isZero();
    Assertions.assertThat(
            historyService().createHistoricDetailQuery().processInstanceId(pi.getId()).list())
        .noneMatch(detail -> detail.toString().contains("Siti Aminah"))
        .noneMatch(
            detail ->
                detail instanceof HistoricVariableUpdate update
                    && ClientIdentityFields.ALL.contains(update.getVariableName()))
        .noneMatch(
            detail ->
                detail instanceof HistoricFormField field
                    && ClientIdentityFields.ALL.contains(field.getFieldId()));
    Assertions.assertThat(
            clients
                .findById((Long) runtimeService().getVariable(pi.getId(), "clientId"))
                .orElseThrow()
                .birthDate())
        .isEqualTo(LocalDate.of(1950, 3, 12));
    Assertions.assertThat(caseFile(pi).status()).isEqualTo(CaseFile.OPEN);
  }

  @Test
  void notEligibleClientIsReferredElsewhereAndNotAdmitted() {
    ProcessInstance pi = openCase();
    completeTask(pi, TASK_INTAKE_INTERVIEW, intake(false));

    assertThat(pi)
        .hasPassed(TASK_DECIDE_ELIGIBILITY)
        .isWaitingAt(TASK_REFER_TO_OTHER_RESOURCE)
        .variables()
        .containsEntry("eligible", false)
        .containsKey("eligibilityReason");
    completeTask(pi, TASK_REFER_TO_OTHER_RESOURCE, referral());

    assertThat(pi).isEnded().hasPassed("EndEvent_IntakeReferred", "EndEvent_NotAdmitted");
    assertEveryVariableIsDocumented(pi);
    Assertions.assertThat(caseFile(pi).status()).isEqualTo(CaseFile.CLOSED);
    Assertions.assertThat(caseFile(pi).closureReason()).isEqualTo("NOT_ADMITTED");
  }

  @Test
  void supervisorRejectingTheAdmissionLeadsToAReferral() {
    ProcessInstance pi = openCase();
    completeTask(pi, TASK_INTAKE_INTERVIEW, intake(true));
    completeTask(pi, TASK_APPROVE_ADMISSION, admissionApproval(false));
    completeTask(pi, TASK_REFER_TO_OTHER_RESOURCE, referral());

    assertThat(pi).isEnded().hasPassed("EndEvent_NotAdmitted");
    Assertions.assertThat(caseFile(pi).closureReason()).isEqualTo("NOT_ADMITTED");
  }

  @Test
  void refusedConsentEndsTheCaseWithThatReason() {
    ProcessInstance pi = openCase();
    completeTask(pi, TASK_INTAKE_INTERVIEW, intake(true));
    completeTask(pi, TASK_APPROVE_ADMISSION, admissionApproval(true));
    completeTask(pi, TASK_SIGN_SERVICE_CONTRACT, serviceContract(false));

    assertThat(pi).isEnded().hasPassed("EndEvent_IntakeConsentRefused", "EndEvent_ConsentRefused");
    Assertions.assertThat(caseFile(pi).closureReason()).isEqualTo("CONSENT_REFUSED");
  }

  @Test
  void wholeCycleWithRevisionEvaluationsEscalationAndAfterCare() {
    ProcessInstance pi = admittedCase();
    completeTask(pi, TASK_ASSESS_CLIENT, with(assessment(), "barthelScore", 3L));
    assertThat(pi)
        .hasPassed(TASK_DETERMINE_FUNCTIONING_LEVEL)
        .variables()
        .containsEntry("barthelScore", 85L)
        .containsEntry("lawtonScore", 6L)
        .containsEntry("gdsScore", 6L)
        .containsEntry("baselineBarthelScore", 85L)
        .containsEntry("functioningLevel", "MODERATE_DEPENDENCE")
        .containsEntry("riskLevel", "MEDIUM");

    completeTask(pi, TASK_PLAN_INTERVENTION, plan());
    completeTask(pi, TASK_APPROVE_PLAN, planApproval(false));
    completeTask(pi, TASK_PLAN_INTERVENTION, plan());
    completeTask(pi, TASK_APPROVE_PLAN, planApproval(true));
    assertThat(pi).isWaitingAt(TASK_CARRY_OUT_ACTIVITY);

    // the evaluation interval falls due: a follow-up task; left undone, it escalates to the
    // supervisors
    Job evaluationDue = job(TIMER_EVALUATION_DUE, pi);
    execute(evaluationDue);
    assertThat(pi).isWaitingAt(TASK_EVALUATION_FOLLOW_UP);
    Assertions.assertThat(task(TASK_EVALUATION_FOLLOW_UP, pi).getDueDate()).isInTheFuture();
    Assertions.assertThat(job(TIMER_EVALUATION_DUE, pi))
        .as("the cycle timer is due again")
        .isNotNull();
    execute(job(TIMER_EVALUATION_OVERDUE, pi));
    assertThat(task(TASK_REVIEW_OVERDUE_EVALUATION, pi)).hasCandidateGroup("supervisors");
    complete(task(TASK_REVIEW_OVERDUE_EVALUATION, pi), overdueReview());
    complete(task(TASK_EVALUATION_FOLLOW_UP, pi), evaluationFollowUp());
    assertThat(pi).hasPassed("EndEvent_OverdueReviewed", "EndEvent_FollowUpDone");

    completeAllActivities(pi);
    completeTask(pi, TASK_EVALUATE_INTERVENTION, evaluation("CONTINUE"));
    completeAllActivities(pi);
    Assertions.assertThat(
            taskService()
                .getVariable(task(TASK_EVALUATE_INTERVENTION, pi).getId(), "evaluationOutcome"))
        .isNull();
    completeTask(pi, TASK_EVALUATE_INTERVENTION, evaluation("REPLAN"));
    completeTask(pi, TASK_PLAN_INTERVENTION, plan());
    // the supervisor decides afresh: the earlier approval is not pre-filled in the form
    Assertions.assertThat(
            taskService().getVariable(task(TASK_APPROVE_PLAN, pi).getId(), "planApproved"))
        .isNull();
    completeTask(pi, TASK_APPROVE_PLAN, planApproval(true));

    // a follow-up still open when the goals are reached is closed with the stage
    execute(job(TIMER_EVALUATION_DUE, pi));
    completeAllActivities(pi);
    completeTask(pi, TASK_EVALUATE_INTERVENTION, evaluation("GOALS_REACHED"));
    assertThat(pi)
        .hasPassed("EndEvent_GoalsReached")
        .isWaitingAt(TASK_TERMINATE)
        .variables()
        .containsEntry("terminationReason", "GOALS_REACHED");
    Assertions.assertThat(
            taskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_EVALUATION_FOLLOW_UP)
                .count())
        .isZero();

    completeTask(pi, TASK_TERMINATE, termination(true));
    assertThat(pi).isWaitingAt(TIMER_AFTER_CARE_DUE);
    Assertions.assertThat(job(TIMER_AFTER_CARE_DUE, pi).getDuedate())
        .isAfter(Instant.now().plus(Duration.ofDays(88)));
    execute(job(TIMER_AFTER_CARE_DUE, pi));
    completeTask(pi, TASK_AFTER_CARE_FOLLOW_UP, afterCare());

    assertThat(pi).isEnded().hasPassed("EndEvent_CaseClosed");
    Assertions.assertThat(caseFile(pi).closureReason()).isEqualTo("GOALS_REACHED");
    assertEveryVariableIsDocumented(pi);
  }

  @Test
  void clientsOwnRequestTerminatesAfterIntake() {
    ProcessInstance pi = caseInIntervention();
    runtimeService()
        .createMessageCorrelation(MESSAGE_TERMINATION_REQUESTED)
        .processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable("terminationRequestNote", "Klien ingin kembali ke kampung halaman.")
        .correlate();

    assertThat(pi)
        .hasPassed("BoundaryEvent_TerminationRequested")
        .isWaitingAt(TASK_TERMINATE)
        .variables()
        .containsEntry("terminationReason", "CLIENT_REQUEST");
    Assertions.assertThat(
            taskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_CARRY_OUT_ACTIVITY)
                .count())
        .isZero();
    completeTask(pi, TASK_TERMINATE, termination(false));

    assertThat(pi).isEnded().hasPassed("EndEvent_CaseClosedWithoutAfterCare");
    Assertions.assertThat(caseFile(pi).closureReason()).isEqualTo("CLIENT_REQUEST");
    assertEveryVariableIsDocumented(pi);
  }

  @Test
  void clientLeavingDuringServicesTerminatesWithTheExitReason() {
    ProcessInstance pi = admittedCase();
    runtimeService()
        .createMessageCorrelation(MESSAGE_CLIENT_EXITED)
        .processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable("exitReason", "RETURNED_TO_FAMILY")
        .correlate();

    assertThat(pi)
        .hasPassed("BoundaryEvent_ClientExited")
        .isWaitingAt(TASK_TERMINATE)
        .variables()
        .containsEntry("terminationReason", "OTHER_FACTORS");
    completeTask(pi, TASK_TERMINATE, termination(false));
    Assertions.assertThat(caseFile(pi).exitReason()).isEqualTo("RETURNED_TO_FAMILY");
    assertEveryVariableIsDocumented(pi);
  }

  @Test
  void referralDuringTheServicesIsFollowedUpUntilAnsweredWithoutStoppingTheCase() {
    ProcessInstance pi = caseInIntervention();
    runtimeService()
        .createMessageCorrelation(MESSAGE_REFERRAL_REQUESTED)
        .processInstanceBusinessKey(pi.getBusinessKey())
        .correlate();
    assertThat(pi).isWaitingAt(TASK_REFER_TO_RESOURCE_SYSTEM, TASK_CARRY_OUT_ACTIVITY);
    completeTask(pi, TASK_REFER_TO_RESOURCE_SYSTEM, serviceReferral());
    assertThat(pi).isWaitingAt(TIMER_REFERRAL_FOLLOW_UP_DUE);

    execute(job(TIMER_REFERRAL_FOLLOW_UP_DUE, pi));
    completeTask(pi, TASK_REFERRAL_FOLLOW_UP, referralFollowUp("PENDING"));
    assertThat(pi).isWaitingAt(TIMER_REFERRAL_FOLLOW_UP_DUE);
    execute(job(TIMER_REFERRAL_FOLLOW_UP_DUE, pi));
    completeTask(pi, TASK_REFERRAL_FOLLOW_UP, referralFollowUp("ACCEPTED"));
    assertThat(pi)
        .hasPassed("EndEvent_ReferralClosed")
        .isNotWaitingAt(TASK_REFERRAL_FOLLOW_UP)
        .isWaitingAt(TASK_CARRY_OUT_ACTIVITY);
    // the referral's data stays in its own scope: a second referral does not overwrite it
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .doesNotContainKeys("serviceReferralResourceName", "referralOutcome");

    completeAllActivities(pi);
    completeTask(pi, TASK_EVALUATE_INTERVENTION, evaluation("GOALS_REACHED"));
    completeTask(pi, TASK_TERMINATE, termination(false));
    assertThat(pi).isEnded();
    assertEveryVariableIsDocumented(pi);
  }

  @Test
  void referralIsRefusedDuringIntake() {
    ProcessInstance pi = openCase();
    assertThatThrownBy(
            () ->
                runtimeService()
                    .createMessageCorrelation(MESSAGE_REFERRAL_REQUESTED)
                    .processInstanceBusinessKey(pi.getBusinessKey())
                    .correlate())
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(pi).isWaitingAt(TASK_INTAKE_INTERVIEW);
  }

  @Test
  void clientLeavingDuringIntakeTerminatesTheCase() {
    ProcessInstance pi = openCase();
    runtimeService()
        .createMessageCorrelation(MESSAGE_CLIENT_EXITED)
        .processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable("exitReason", "DECEASED")
        .correlate();

    assertThat(pi).hasPassed("BoundaryEvent_ClientExitedDuringIntake").isWaitingAt(TASK_TERMINATE);
    completeTask(pi, TASK_TERMINATE, termination(true));
    execute(job(TIMER_AFTER_CARE_DUE, pi));
    completeTask(pi, TASK_AFTER_CARE_FOLLOW_UP, afterCare());
    Assertions.assertThat(caseFile(pi).closureReason()).isEqualTo("OTHER_FACTORS");
    Assertions.assertThat(caseFile(pi).exitReason()).isEqualTo("DECEASED");
  }

  @Test
  void clientExitWithoutAValidReasonIsRefused() {
    ProcessInstance pi = openCase();
    assertThatThrownBy(
            () ->
                runtimeService()
                    .createMessageCorrelation(MESSAGE_CLIENT_EXITED)
                    .processInstanceBusinessKey(pi.getBusinessKey())
                    .setVariable("exitReason", "BORED")
                    .correlate())
        .hasMessageContaining("exitReason");
    assertThat(pi).isWaitingAt(TASK_INTAKE_INTERVIEW);
  }

  @Test
  void terminationRequestIsNotAcceptedDuringIntake() {
    ProcessInstance pi = openCase();
    assertThatThrownBy(
            () ->
                runtimeService()
                    .createMessageCorrelation(MESSAGE_TERMINATION_REQUESTED)
                    .processInstanceBusinessKey(pi.getBusinessKey())
                    .correlate())
        .isInstanceOf(MismatchingMessageCorrelationException.class);
  }

  @Test
  void invalidTaskDataIsRefusedAndNothingIsSaved() {
    ProcessInstance pi = openCase();
    Task intake = task(TASK_INTAKE_INTERVIEW, pi);

    assertThatThrownBy(
            () ->
                complete(intake, with(with(intake(true), "dtsenDecile", 11L), "intakeDate", null)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("wajib diisi")
        .hasMessageContaining("10");

    assertThat(pi).isWaitingAt(TASK_INTAKE_INTERVIEW).variables().doesNotContainKey("dtsenDecile");
  }

  @Test
  void invalidStartDataOpensNoCase() {
    long before = runtimeService().createProcessInstanceQuery().count();
    String definitionId =
        repositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(PROCESS_ID)
            .latestVersion()
            .singleResult()
            .getId();

    assertThatThrownBy(
            () ->
                formService()
                    .submitStartForm(definitionId, with(caseOpening("12345"), "clientName", null)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("NIK");
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void aClientWithAnOpenCaseCannotGetASecondOne() {
    String nik = randomNik();
    String definitionId =
        repositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(PROCESS_ID)
            .latestVersion()
            .singleResult()
            .getId();
    ProcessInstance first = formService().submitStartForm(definitionId, caseOpening(nik));

    assertThatThrownBy(() -> formService().submitStartForm(definitionId, caseOpening(nik)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining(first.getBusinessKey());
  }

  @Test
  void planWithoutActivitiesOrWithABadIntervalIsRefused() {
    ProcessInstance pi = admittedCase();
    completeTask(pi, TASK_ASSESS_CLIENT, assessment());
    Task planning = task(TASK_PLAN_INTERVENTION, pi);

    assertThatThrownBy(
            () ->
                complete(
                    planning,
                    with(with(plan(), "activities", json("[]")), "evaluationInterval", "30 hari")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("paling sedikit satu kegiatan")
        .hasMessageContaining("jangka waktu yang tersedia");
    assertThat(pi).isWaitingAt(TASK_PLAN_INTERVENTION);
  }

  @Test
  void integerFieldsAreStoredAsLongAndTasksCarryTheCaseNumberWithoutHistory() {
    ProcessInstance pi = openCase();
    Task intake = task(TASK_INTAKE_INTERVIEW, pi);
    Assertions.assertThat(taskService().getVariableLocal(intake.getId(), "caseNumber"))
        .isEqualTo(pi.getBusinessKey());

    complete(intake, with(intake(true), "dtsenDecile", 2));

    assertThat(pi).variables().containsEntry("dtsenDecile", 2L);
    // the task's copy has no history (issue 14); the case's own variable keeps its history
    Assertions.assertThat(
            historyService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .variableName("caseNumber")
                .list())
        .singleElement()
        .satisfies(
            v -> {
              Assertions.assertThat(v.getTaskId()).isNull();
              Assertions.assertThat(v.getValue()).isEqualTo(pi.getBusinessKey());
            });
    Assertions.assertThat(
            historyService()
                .createHistoricDetailQuery()
                .processInstanceId(pi.getId())
                .variableUpdates()
                .list())
        .noneMatch(
            d ->
                d.getTaskId() != null
                    && "caseNumber".equals(((HistoricVariableUpdate) d).getVariableName()));
  }
}
