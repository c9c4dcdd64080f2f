package id.intervensi.engine;

import id.intervensi.security.Groups;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;

/**
 * Who reads the case of a task (docs/roles.md): supervisors, managers and administrators every
 * case; anyone the case of a task they hold, or a case the engine lets them read (they opened it or
 * worked on it). A candidate of a group task sees the task, and its case once they claim it.
 */
public final class CaseReaders {

  /** Groups that read every case. */
  public static final List<String> EVERY_CASE =
      List.of(Groups.SUPERVISORS, Groups.MANAGERS, Groups.ADMINS);

  private CaseReaders() {}

  /**
   * Whether the user reads the case of the task; true for a task the user cannot see at all (the
   * engine's own check answers for it) and for a task of no case.
   */
  public static boolean mayReadCaseOf(
      TaskService tasks,
      AuthorizationService authorizations,
      String taskId,
      String userId,
      List<String> groupIds) {
    List<String> groups = groupIds == null ? List.of() : groupIds;
    if (groups.stream().anyMatch(EVERY_CASE::contains)) {
      return true;
    }
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || userId.equals(task.getAssignee()) || task.getProcessInstanceId() == null) {
      return true;
    }
    return authorizations.isUserAuthorized(
        userId, groups, Permissions.READ, Resources.PROCESS_INSTANCE, task.getProcessInstanceId());
  }
}
