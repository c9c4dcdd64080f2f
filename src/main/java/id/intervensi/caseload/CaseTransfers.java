package id.intervensi.caseload;

import id.intervensi.casefile.CaseFile;
import id.intervensi.casefile.CaseFiles;
import id.intervensi.casefile.CaseFiles.WorkerChange;
import id.intervensi.engine.AsSystem;
import id.intervensi.engine.CurrentUser;
import id.intervensi.forms.NoMarkup;
import id.intervensi.refusal.Refusal;
import id.intervensi.security.Groups;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor moves a case to another social worker (absence, workload, the client's wish): the
 * case file records who, when and why; the case's open tasks held by the previous worker or waiting
 * for the group go to the new one; the new worker may read the case from then on (the same grants a
 * worker gets from a task: security/CaseAccessAuthorizationProvider).
 */
@Service
public class CaseTransfers {

  private static final Logger LOG = LoggerFactory.getLogger(CaseTransfers.class);

  /** Who moves cases between workers. */
  public static final List<String> TRANSFERRERS = List.of(Groups.SUPERVISORS, Groups.ADMINS);

  /** Who reads a case's worker and its changes (the case itself is checked by CaseApiAccess). */
  static final List<String> READERS =
      List.of(
          Groups.SOCIAL_WORKERS,
          Groups.SUPERVISORS,
          Groups.MANAGERS,
          Groups.AUDITORS,
          Groups.ADMINS);

  /** A transfer: the new worker's user id and why. */
  public record Transfer(
      @NotBlank(message = "wajib diisi") String worker,
      @NotBlank(message = "wajib diisi")
          @Size(max = 500, message = "maksimal 500 karakter")
          @NoMarkup
          String reason) {}

  /** The case's worker (null: the group's) and every change of it. */
  public record CaseWorker(
      String caseNumber, String worker, String workerName, List<WorkerChange> changes) {}

  private final CaseFiles caseFiles;
  private final SocialWorkers socialWorkers;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final IdentityService identityService;

  CaseTransfers(
      CaseFiles caseFiles,
      SocialWorkers socialWorkers,
      TaskService taskService,
      AuthorizationService authorizationService,
      IdentityService identityService) {
    this.caseFiles = caseFiles;
    this.socialWorkers = socialWorkers;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.identityService = identityService;
  }

  public CaseWorker of(String caseNumber) {
    CurrentUser.inGroups(identityService, READERS, "Anda tidak berhak membaca data kasus.");
    CaseFile caseFile = find(caseNumber);
    String worker = caseFile.assignedWorker();
    return new CaseWorker(
        caseNumber,
        worker,
        worker == null
            ? null
            : socialWorkers.find(worker).map(SocialWorkers.SocialWorker::name).orElse(worker),
        caseFiles.workerChanges(caseNumber));
  }

  @Transactional
  public CaseWorker transfer(String caseNumber, Transfer transfer) {
    String supervisor =
        CurrentUser.inGroups(
                identityService,
                TRANSFERRERS,
                "Kasus hanya dapat dialihkan ke pekerja sosial lain oleh supervisor.")
            .getUserId();
    CaseFile caseFile = find(caseNumber);
    if (caseFile.isClosed()) {
      throw Refusal.conflict("Kasus " + caseNumber + " sudah ditutup.");
    }
    String worker = transfer.worker().strip();
    if (socialWorkers.find(worker).isEmpty()) {
      throw Refusal.invalid("\"" + worker + "\" bukan pekerja sosial panti ini.");
    }
    String previous = caseFile.assignedWorker();
    if (!caseFiles.assignWorker(caseNumber, worker, supervisor, transfer.reason().strip())) {
      throw Refusal.conflict(
          "Kasus " + caseNumber + " sudah ditangani " + worker + "; tidak ada yang dialihkan.");
    }
    AsSystem.run(
        identityService,
        () -> {
          grantCase(worker, caseFile.processInstanceId());
          for (Task task :
              taskService
                  .createTaskQuery()
                  .processInstanceId(caseFile.processInstanceId())
                  .taskCandidateGroup(Groups.SOCIAL_WORKERS)
                  .includeAssignedTasks()
                  .list()) {
            if (task.getAssignee() == null || task.getAssignee().equals(previous)) {
              taskService.setAssignee(task.getId(), worker);
            }
          }
        });
    LOG.info("Case {} transferred from {} to {} by {}", caseNumber, previous, worker, supervisor);
    return of(caseNumber);
  }

  private void grantCase(String worker, String processInstanceId) {
    grant(worker, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
    grant(
        worker,
        Resources.HISTORIC_PROCESS_INSTANCE,
        processInstanceId,
        HistoricProcessInstancePermissions.READ);
  }

  private void grant(String userId, Resource resource, String resourceId, Permission permission) {
    Authorization existing =
        authorizationService
            .createAuthorizationQuery()
            .userIdIn(userId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    Authorization authorization =
        existing != null
            ? existing
            : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setUserId(userId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }

  private CaseFile find(String caseNumber) {
    return caseFiles
        .find(caseNumber)
        .orElseThrow(() -> Refusal.notFound("Kasus " + caseNumber + " tidak ditemukan."));
  }
}
