package id.intervensi.groupwork;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static id.intervensi.groupwork.GroupSession.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import id.intervensi.cycle.InterventionCycle;
import id.intervensi.forms.InvalidSubmissionException;
import id.intervensi.forms.VariableValues;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
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
 * processes/group-session.bpmn with the app's real rules and listeners: one session recorded once
 * becomes the activity report of each participant's case; a participant who is not in the
 * intervention stage refuses the whole session and changes nothing. Coverage of group-session must
 * be 100%.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, GroupSessionCoverageRequired.class})
@TestExecutionListeners(
    listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class GroupSessionProcessTest {

  @Autowired ProcessEngine processEngine;

  @BeforeEach
  void initAssertions() {
    init(processEngine);
  }

  private ProcessInstance start(String processId, Map<String, Object> data) {
    return processEngine
        .getFormService()
        .submitStartForm(
            processEngine
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(processId)
                .latestVersion()
                .singleResult()
                .getId(),
            data);
  }

  private static void completeTask(ProcessInstance pi, String taskKey, Map<String, Object> data) {
    complete(task(taskKey, pi), data);
  }

  /** A case admitted and waiting at its assessment. */
  private ProcessInstance admittedCase() {
    ProcessInstance pi = start(InterventionCycle.PROCESS_ID, caseOpening(randomNik()));
    completeTask(pi, TASK_INTAKE_INTERVIEW, intake(true));
    completeTask(pi, TASK_APPROVE_ADMISSION, admissionApproval(true));
    completeTask(pi, TASK_SIGN_SERVICE_CONTRACT, serviceContract(true));
    assertThat(pi).isWaitingAt(TASK_ASSESS_CLIENT);
    return pi;
  }

  /** A case in the intervention stage: two activities (case work, group work) wait. */
  private ProcessInstance caseInIntervention() {
    ProcessInstance pi = admittedCase();
    completeTask(pi, TASK_ASSESS_CLIENT, assessment());
    completeTask(pi, TASK_PLAN_INTERVENTION, plan());
    completeTask(pi, TASK_APPROVE_PLAN, planApproval(true));
    Assertions.assertThat(activities(pi)).hasSize(2);
    return pi;
  }

  private static List<Task> activities(ProcessInstance pi) {
    return taskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_CARRY_OUT_ACTIVITY)
        .list();
  }

  private static List<HistoricActivityInstance> reported(ProcessInstance pi) {
    return historyService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(pi.getId())
        .activityId(TASK_CARRY_OUT_ACTIVITY)
        .finished()
        .list();
  }

  private static Object local(HistoricActivityInstance activity, String name) {
    return historyService()
        .createHistoricVariableInstanceQuery()
        .executionIdIn(activity.getExecutionId())
        .variableName(name)
        .singleResult()
        .getValue();
  }

  @Test
  void oneSessionBecomesTheActivityReportOfEachParticipant() {
    ProcessInstance first = caseInIntervention();
    ProcessInstance second = caseInIntervention();
    ProcessInstance session = start(GroupSession.PROCESS_ID, groupSessionStart());
    assertThat(session).isStarted().isWaitingAt(TASK_RECORD_ATTENDANCE);
    Object options =
        VariableValues.plain(
            taskService().getVariableLocalTyped(task(session).getId(), PARTICIPANT_OPTIONS));
    Assertions.assertThat(options.toString())
        .contains(first.getBusinessKey(), second.getBusinessKey(), "Senam lansia bersama");

    complete(
        task(session),
        groupSession(first.getBusinessKey(), "PRESENT", second.getBusinessKey(), "PARTIAL"));

    assertThat(session).hasPassed(TASK_REPORT_ACTIVITIES, END_SESSION_RECORDED).isEnded();
    for (ProcessInstance pi : List.of(first, second)) {
      // the group-work activity is reported; the case-work activity still waits
      Assertions.assertThat(activities(pi)).hasSize(1);
      Assertions.assertThat(reported(pi)).hasSize(1);
      HistoricActivityInstance report = reported(pi).get(0);
      Assertions.assertThat(
              ((Map<?, ?>)
                      VariableValues.plain(
                          historyService()
                              .createHistoricVariableInstanceQuery()
                              .executionIdIn(report.getExecutionId())
                              .variableName("activity")
                              .singleResult()
                              .getTypedValue()))
                  .get("method"))
          .isEqualTo("GROUP_WORK");
      Assertions.assertThat(local(report, "caseNote").toString())
          .contains("Senam / olahraga", "Senam lansia pagi", "Dedi Kurniawan");
      Assertions.assertThat(local(report, "activityDate")).isInstanceOf(Date.class);
    }
    Assertions.assertThat(local(reported(first).get(0), "attendance")).isEqualTo("PRESENT");
    Assertions.assertThat(local(reported(second).get(0), "attendance")).isEqualTo("PARTIAL");
  }

  @Test
  void aParticipantNotInTheInterventionStageRefusesTheWholeSession() {
    ProcessInstance inIntervention = caseInIntervention();
    ProcessInstance inAssessment = admittedCase();
    ProcessInstance session = start(GroupSession.PROCESS_ID, groupSessionStart());

    assertThatThrownBy(
            () ->
                complete(
                    task(session),
                    groupSession(
                        inIntervention.getBusinessKey(),
                        "PRESENT",
                        inAssessment.getBusinessKey(),
                        "PRESENT")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining(inAssessment.getBusinessKey())
        .hasMessageContaining("tidak sedang dalam tahap intervensi");

    assertThat(session).isWaitingAt(TASK_RECORD_ATTENDANCE);
    Assertions.assertThat(activities(inIntervention)).hasSize(2);
    Assertions.assertThat(reported(inIntervention)).isEmpty();
    assertThat(inAssessment).isWaitingAt(TASK_ASSESS_CLIENT);
  }

  @Test
  void aCaseCountsOnceAndASessionNeedsParticipants() {
    ProcessInstance pi = caseInIntervention();
    ProcessInstance session = start(GroupSession.PROCESS_ID, groupSessionStart());
    assertThatThrownBy(
            () ->
                complete(
                    task(session),
                    groupSession(pi.getBusinessKey(), "PRESENT", pi.getBusinessKey(), "ABSENT")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("lebih dari sekali");
    assertThatThrownBy(() -> complete(task(session), groupSession()))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("sedikitnya satu peserta");
    Assertions.assertThat(activities(pi)).hasSize(2);
  }

  @Test
  void aSessionInTheFutureIsNotRecorded() {
    long before =
        runtimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(GroupSession.PROCESS_ID)
            .count();
    assertThatThrownBy(
            () ->
                start(
                    GroupSession.PROCESS_ID,
                    with(
                        groupSessionStart(),
                        DATE,
                        LocalDate.now(HOME_ZONE).plusDays(2).toString())))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("masa depan");
    Assertions.assertThat(
            runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(GroupSession.PROCESS_ID)
                .count())
        .isEqualTo(before);
  }
}
