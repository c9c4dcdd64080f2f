package id.intervensi.cycle;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import id.intervensi.forms.InvalidSubmissionException;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The forms' room for real situations and their server rules (issue 13), on the real engine: a
 * client not in DTSEN, GDS-15 items that cannot be assessed, an informant's day, a refused
 * admission's reason, re-planning that says why, a re-evaluation that asks the GDS-15 anew, and a
 * termination prepared from the case.
 */
@SpringBootTest
@ActiveProfiles("test")
class RealSituationsProcessTest {

  @Autowired ProcessEngine processEngine;

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
    assertThat(pi).isWaitingAt(TASK_INTAKE_INTERVIEW);
    return pi;
  }

  private ProcessInstance admittedCase() {
    ProcessInstance pi = openCase();
    complete(task(TASK_INTAKE_INTERVIEW, pi), intake(true));
    complete(task(TASK_APPROVE_ADMISSION, pi), admissionApproval(true));
    complete(task(TASK_SIGN_SERVICE_CONTRACT, pi), serviceContract(true));
    assertThat(pi).isWaitingAt(TASK_ASSESS_CLIENT);
    return pi;
  }

  private ProcessInstance caseAtEvaluation() {
    ProcessInstance pi = admittedCase();
    complete(task(TASK_ASSESS_CLIENT, pi), assessment());
    complete(task(TASK_PLAN_INTERVENTION, pi), plan());
    complete(task(TASK_APPROVE_PLAN, pi), planApproval(true));
    taskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_CARRY_OUT_ACTIVITY)
        .list()
        .forEach(activity -> complete(activity, activityReport()));
    assertThat(pi).isWaitingAt(TASK_EVALUATE_INTERVENTION);
    return pi;
  }

  private Object variable(ProcessInstance pi, String name) {
    return runtimeService().getVariable(pi.getId(), name);
  }

  private static Map<String, Object> withGdsNotAssessable(Map<String, Object> data, int items) {
    Map<String, Object> copy = data;
    for (int i = 1; i <= items; i++) {
      copy = with(copy, String.format("gds%02d", i), "NOT_ASSESSABLE");
    }
    return copy;
  }

  @Test
  void aClientNotRegisteredInDtsenIsDecidedWithoutADecile() {
    ProcessInstance pi = openCase();
    Task intake = task(TASK_INTAKE_INTERVIEW, pi);
    Map<String, Object> notRegistered = with(intake(true), "dtsenNotRegistered", true);

    assertThatThrownBy(() -> complete(intake, notRegistered))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("tidak terdaftar di DTSEN");
    assertThatThrownBy(() -> complete(intake, with(intake(true), "dtsenDecile", null)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("«Desil DTSEN» wajib diisi");

    complete(intake, with(notRegistered, "dtsenDecile", null));
    assertThat(pi)
        .hasPassed(TASK_DECIDE_ELIGIBILITY)
        .isWaitingAt(TASK_APPROVE_ADMISSION)
        .variables()
        .containsEntry("eligible", true)
        .containsEntry("dtsenNotRegistered", true);
    Assertions.assertThat((String) variable(pi, "eligibilityReason"))
        .contains("tidak terdaftar di DTSEN");
  }

  @Test
  void refusingAnAdmissionNeedsAReason() {
    ProcessInstance pi = openCase();
    complete(task(TASK_INTAKE_INTERVIEW, pi), intake(true));
    Task approval = task(TASK_APPROVE_ADMISSION, pi);

    assertThatThrownBy(
            () ->
                complete(approval, with(admissionApproval(false), "admissionRefusalReason", null)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("«Alasan penerimaan tidak disetujui» wajib diisi");
    assertThat(pi).isWaitingAt(TASK_APPROVE_ADMISSION);

    complete(approval, admissionApproval(false));
    assertThat(pi)
        .isWaitingAt(TASK_REFER_TO_OTHER_RESOURCE)
        .variables()
        .containsEntry("admissionRefusalReason", "Kuota wisma penuh.");
  }

  @Test
  void gdsItemsThatCannotBeAssessedLeaveTheScoreIncomplete() {
    ProcessInstance pi = admittedCase();
    Task assessment = task(TASK_ASSESS_CLIENT, pi);
    String tomorrow = LocalDate.now(HOME_ZONE).plusDays(1).toString();

    assertThatThrownBy(
            () -> complete(assessment, with(assessment(), "assessmentInformationDate", tomorrow)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("«Tanggal informasi diberikan» tidak boleh di masa depan");
    assertThatThrownBy(() -> complete(assessment, with(assessment(), "assessmentInformant", null)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("«Pemberi informasi» wajib diisi");

    complete(assessment, withGdsNotAssessable(assessment(), 3));
    assertThat(pi)
        .hasPassed(TASK_DETERMINE_FUNCTIONING_LEVEL)
        .variables()
        .containsEntry("barthelScore", 85L)
        .containsEntry("gdsItemsAssessed", 12L)
        .containsEntry("functioningLevel", "MODERATE_DEPENDENCE")
        .containsEntry("riskLevel", "MEDIUM")
        .containsEntry("assessmentInformant", "Klien sendiri dan Wati Suryani (anak)");
    Assertions.assertThat(variable(pi, "gdsScore")).as("incomplete, not zero").isNull();
    Assertions.assertThat(variable(pi, "baselineGdsScore")).isNull();
  }

  @Test
  void reEvaluationAsksTheGdsAnewAndReplanningSaysWhy() {
    ProcessInstance pi = caseAtEvaluation();
    Task evaluation = task(TASK_EVALUATE_INTERVENTION, pi);
    Assertions.assertThat(variable(pi, "gds01")).as("answered at the assessment").isNotNull();
    Assertions.assertThat(taskService().getVariable(evaluation.getId(), "gds01"))
        .as("the client answers the GDS-15 anew")
        .isNull();

    assertThatThrownBy(
            () ->
                complete(
                    evaluation,
                    with(with(evaluation("REPLAN"), "obstacles", null), "evaluationNotes", "")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("«Hambatan» wajib diisi bila rencana intervensi disusun ulang")
        .hasMessageContaining(
            "«Catatan evaluasi» wajib diisi bila rencana intervensi disusun ulang");

    complete(evaluation, withGdsNotAssessable(evaluation("REPLAN"), 15));
    assertThat(pi).isWaitingAt(TASK_PLAN_INTERVENTION);
    Assertions.assertThat(variable(pi, "gds01")).isEqualTo("NOT_ASSESSABLE");
    Assertions.assertThat(variable(pi, "gdsScore")).isNull();
    Assertions.assertThat(variable(pi, "gdsItemsAssessed")).isEqualTo(0L);
    Assertions.assertThat(variable(pi, "evaluationInformant")).isEqualTo("Klien sendiri");
  }

  @Test
  void aDeceasedClientsTerminationIsPreparedFromTheCase() {
    ProcessInstance pi = caseAtEvaluation();
    runtimeService()
        .createMessageCorrelation(MESSAGE_CLIENT_EXITED)
        .processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable("exitReason", "DECEASED")
        .correlate();

    assertThat(pi)
        .isWaitingAt(TASK_TERMINATE)
        .variables()
        .containsEntry("afterCareFollowUp", false);
    Assertions.assertThat((String) variable(pi, "terminationSummary"))
        .contains("Klien aktif dalam kegiatan kelompok")
        .contains("Kegiatan terlaksana (2 laporan)")
        .contains("Skor asesmen awal: Barthel (tingkat kemandirian) 85/100");
    complete(task(TASK_TERMINATE, pi), termination(false));
    assertThat(pi).isEnded();
  }

  @Test
  void aLivingClientStillGetsAfterCareByDefault() {
    ProcessInstance pi = caseAtEvaluation();
    runtimeService()
        .createMessageCorrelation(MESSAGE_CLIENT_EXITED)
        .processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable("exitReason", "RETURNED_TO_FAMILY")
        .correlate();
    assertThat(pi).isWaitingAt(TASK_TERMINATE);
    Assertions.assertThat(variable(pi, "afterCareFollowUp")).as("the form's default: yes").isNull();
  }
}
