package id.intervensi.casefile;

import id.intervensi.engine.CaseReaders;
import id.intervensi.refusal.Refusal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Who a task is about: the resident's name, age and living unit, for the top of the task's form in
 * Tasklist, to users who read the task's case (CaseReaders) and to no one else.
 */
@Service
public class TaskResidents {

  /** The resident of a task's case, as the top of the form shows them. */
  public record ResidentOfTask(
      String caseNumber, String fullName, int age, String livingUnit, String room) {}

  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final IdentityService identityService;
  private final CaseFiles caseFiles;
  private final ClientRegistry clients;
  private final Residencies residencies;
  private final HomeSettings home;

  TaskResidents(
      TaskService taskService,
      AuthorizationService authorizationService,
      IdentityService identityService,
      CaseFiles caseFiles,
      ClientRegistry clients,
      Residencies residencies,
      HomeSettings home) {
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.identityService = identityService;
    this.caseFiles = caseFiles;
    this.clients = clients;
    this.residencies = residencies;
    this.home = home;
  }

  /**
   * The residents of several tasks (Tasklist's cards), by task id: only tasks the user sees, of a
   * case, whose case the user reads; the others are left out (nothing to show, no error).
   */
  public Map<String, ResidentOfTask> ofTasks(List<String> taskIds) {
    Map<String, ResidentOfTask> residents = new LinkedHashMap<>();
    for (String taskId : taskIds) {
      try {
        of(taskId).ifPresent(resident -> residents.put(taskId, resident));
      } catch (Refusal gone) {
        // a task completed or removed while the list was shown: no card to fill
      }
    }
    return residents;
  }

  /**
   * What a task the user sees tells of its case: its resident, nothing yet (a candidate who has not
   * claimed the task), or that the task belongs to no case (a group session's attendance).
   */
  public record TaskCase(ResidentOfTask resident, boolean noCase) {
    static final TaskCase NO_CASE = new TaskCase(null, true);
    static final TaskCase NOT_YET = new TaskCase(null, false);
  }

  /** The resident of the task's case; empty for a candidate who has not claimed the task yet. */
  public Optional<ResidentOfTask> of(String taskId) {
    TaskCase found = caseOf(taskId);
    if (found.noCase()) {
      throw Refusal.notFound("Tugas " + taskId + " tidak ditemukan.");
    }
    return Optional.ofNullable(found.resident());
  }

  /**
   * The case of a task the user sees (not found for any other task, so a task id tells nothing to
   * whoever may not see the task).
   */
  public TaskCase caseOf(String taskId) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null) {
      throw Refusal.notAllowed("Login diperlukan.");
    }
    // the engine shows the task only to whoever may see it
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw Refusal.notFound("Tugas " + taskId + " tidak ditemukan.");
    }
    CaseFile caseFile =
        task.getProcessInstanceId() == null
            ? null
            : caseFiles.findByProcessInstance(task.getProcessInstanceId()).orElse(null);
    if (caseFile == null) {
      return TaskCase.NO_CASE;
    }
    if (!CaseReaders.mayReadCaseOf(
        taskService, authorizationService, taskId, user.getUserId(), user.getGroupIds())) {
      return TaskCase.NOT_YET;
    }
    Client client = clients.findById(caseFile.clientId()).orElseThrow();
    Residencies.Residency residency = residencies.current(caseFile.caseNumber());
    return new TaskCase(
        new ResidentOfTask(
            caseFile.caseNumber(),
            client.fullName(),
            client.ageOn(LocalDate.now(home.zoneId())),
            residency == null ? null : residency.livingUnit(),
            residency == null ? null : residency.room()),
        false);
  }
}
