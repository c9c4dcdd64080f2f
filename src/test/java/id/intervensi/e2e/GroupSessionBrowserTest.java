package id.intervensi.e2e;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.intervensi.cycle.CycleForms;
import id.intervensi.cycle.InterventionCycle;
import id.intervensi.forms.VariableValues;
import id.intervensi.groupwork.GroupSession;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A social worker records one group session in Tasklist (start form, then the attendance of two
 * residents of another worker's cases); each case gets its activity report. Screenshots go to
 * target/screenshots/cycle-*group-session*.png; any browser console error fails the test (except
 * Tasklist's own, see {@link TasklistCycle}).
 */
@RunningApp
class GroupSessionBrowserTest extends TasklistCycle {

  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;

  private String definition(String key) {
    return repositoryService
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .latestVersion()
        .singleResult()
        .getId();
  }

  private void work(ProcessInstance pi, String taskKey, Map<String, Object> data) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    taskService.complete(task.getId(), data);
  }

  /**
   * A case in the intervention stage, taken there through the engine (the cycle's own tests do it
   * in Tasklist).
   */
  private ProcessInstance caseInIntervention() {
    ProcessInstance pi =
        formService.submitStartForm(
            definition(InterventionCycle.PROCESS_ID), caseOpening(randomNik()));
    work(pi, TASK_INTAKE_INTERVIEW, intake(true));
    work(pi, TASK_APPROVE_ADMISSION, admissionApproval(true));
    work(pi, TASK_SIGN_SERVICE_CONTRACT, serviceContract(true));
    work(pi, TASK_ASSESS_CLIENT, assessment());
    work(pi, TASK_PLAN_INTERVENTION, plan());
    work(pi, TASK_APPROVE_PLAN, planApproval(true));
    return pi;
  }

  private long open(ProcessInstance pi) {
    return taskService
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_CARRY_OUT_ACTIVITY)
        .count();
  }

  @Test
  void aWorkerRecordsAGroupSessionInTasklist() {
    ProcessInstance first = caseInIntervention();
    ProcessInstance second = caseInIntervention();

    browser.logIn(base(), OTHER_WORKER, "demo", OTHER_WORKER_NAME);
    Browser.Form start = browser.startForm(Browser.START_PROCESS, "Sesi Bimbingan Sosial Kelompok");
    start.await("Fasilitator / pembimbing");
    start.select("Jenis sesi", "Senam / olahraga");
    start.date("Tanggal sesi", today);
    start.type("Fasilitator / pembimbing", OTHER_WORKER_NAME);
    start.type("Topik atau materi sesi", "Senam lansia pagi di aula");
    start.settle();
    screenshot(start, CycleForms.GROUP_SESSION_START);
    browser.click(Browser.START_BUTTON);
    browser.until(
        "Tasklist starts the group session and closes the start form",
        d -> {
          browser.failOnErrorNotification("starting the group session");
          return d.findElements(By.cssSelector(".modal")).isEmpty();
        });

    Task attendance =
        await()
            .atMost(TIMEOUT)
            .until(
                () ->
                    taskService
                        .createTaskQuery()
                        .processDefinitionKey(GroupSession.PROCESS_ID)
                        .taskAssignee(OTHER_WORKER)
                        .active()
                        .list(),
                tasks -> tasks.size() == 1)
            .get(0);
    List<?> options =
        (List<?>)
            VariableValues.plain(
                taskService.getVariableLocalTyped(
                    attendance.getId(), GroupSession.PARTICIPANT_OPTIONS));
    Browser.Form form = browser.openTask(attendance.getId(), attendance.getName());
    currentTask = attendance.getId();
    browser.until(
        "the form shows the session", d -> form.text().contains("Senam lansia pagi di aula"));
    form.select("Kasus peserta", labelOf(options, caseNumber(first.getId())));
    form.radio("Kehadiran", "Hadir dan mengikuti kegiatan sampai selesai");
    form.addRow("Peserta dan kehadiran");
    form.select("Kasus peserta #2", labelOf(options, caseNumber(second.getId())));
    // the second row's radio group (Form.radio finds the first group of a label)
    By partial =
        By.xpath(
            "(//div[contains(@class, 'fjs-form-field-radio')]"
                + "[./label[normalize-space(translate(., '*', ''))='Kehadiran']])[2]"
                + "//label[normalize-space(.)='Hadir sebagian']/input");
    browser.click(partial);
    browser.until(
        "the second participant attended partly", d -> d.findElement(partial).isSelected());
    form.type("Catatan untuk peserta ini #2", "Berhenti di tengah karena lutut nyeri.");
    form.type(
        "Catatan sesi", "Peserta mengikuti gerakan pemanasan dan peregangan dengan semangat.");
    form.settle();
    screenshot(form, CycleForms.GROUP_SESSION);
    browser.complete(form, "Catat kehadiran peserta sesi kelompok");

    await().atMost(TIMEOUT).until(() -> open(first) == 1 && open(second) == 1);
    assertThat(
            historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceId(second.getId())
                .taskDefinitionKey(TASK_CARRY_OUT_ACTIVITY)
                .finished()
                .singleResult()
                .getAssignee())
        .isEqualTo(OTHER_WORKER);
    assertThat(browser.consoleErrors(allowedConsoleErrors)).as("browser console errors").isEmpty();
  }

  private static String labelOf(List<?> options, String caseNumber) {
    return options.stream()
        .map(o -> (Map<?, ?>) o)
        .filter(o -> caseNumber.equals(o.get("value")))
        .map(o -> String.valueOf(o.get("label")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(caseNumber + " is not offered: " + options));
  }
}
