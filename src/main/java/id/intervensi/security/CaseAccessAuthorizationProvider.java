package id.intervensi.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * "The cases they work on": a social worker may read a case (its process instance, variables and
 * history) once they opened it or a task of it was assigned to them (claim, or reassignment by a
 * supervisor), and no other case. The engine asks this provider for the authorizations to create
 * whenever a process instance starts or a task gets an assignee, in the same transaction, so the
 * grant exists exactly when the work does, whatever API (Tasklist, REST, Java) did it.
 *
 * <p>Also keeps Camunda's default from giving a candidate group READ on the <em>history</em> of
 * each of its tasks: that would let every social worker read the finished tasks (and their
 * task-local case notes) of every case. The group keeps READ and TASK_WORK on the open task itself.
 */
class CaseAccessAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newProcessInstance(ProcessInstance processInstance) {
    String userId = Context.getCommandContext().getAuthenticatedUserId();
    if (userId == null) {
      return null;
    }
    String root = processInstance.getRootProcessInstanceId();
    return caseAccess(
        userId, processInstance.getId(), root == null ? processInstance.getId() : root);
  }

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    AuthorizationEntity[] taskGrants = super.newTaskAssignee(task, oldAssignee, newAssignee);
    if (newAssignee == null || task.getProcessInstanceId() == null) {
      return taskGrants;
    }
    List<AuthorizationEntity> all =
        new ArrayList<>(taskGrants == null ? List.of() : List.of(taskGrants));
    all.addAll(
        List.of(caseAccess(newAssignee, task.getProcessInstanceId(), rootProcessInstanceId(task))));
    return all.toArray(new AuthorizationEntity[0]);
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    Permission[] permissions = getRuntimePermissions(isEnforceSpecificVariablePermission());
    if (isCreatedInThisCommand(task)) {
      // no grant on a task can exist before the task does: skip the engine's look-up in the
      // database (a select per task, issue 14); createAuthorization still merges with the grants
      // created earlier in this command
      return new AuthorizationEntity[] {
        createAuthorization(null, groupId, Resources.TASK, task.getId(), permissions)
      };
    }
    return new AuthorizationEntity[] {
      createOrUpdateAuthorization(task, null, groupId, Resources.TASK, false, permissions)
    };
  }

  /** The task was inserted by the running command and is not in the database yet. */
  private static boolean isCreatedInThisCommand(Task task) {
    if (!(task instanceof TaskEntity entity)) {
      return false;
    }
    CachedDbEntity cached =
        Context.getCommandContext().getDbEntityManager().getDbEntityCache().getCachedEntity(entity);
    return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
  }

  private AuthorizationEntity[] caseAccess(
      String userId, String processInstanceId, String rootProcessInstanceId) {
    AuthorizationEntity runtime =
        grant(
            userId, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
    AuthorizationEntity history =
        grant(
            userId,
            Resources.HISTORIC_PROCESS_INSTANCE,
            processInstanceId,
            HistoricProcessInstancePermissions.READ);
    // removed together with the case's history by history cleanup
    history.setRootProcessInstanceId(rootProcessInstanceId);
    return new AuthorizationEntity[] {runtime, history};
  }

  private AuthorizationEntity grant(
      String userId, Resource resource, String resourceId, Permission permission) {
    AuthorizationEntity authorization =
        getAuthorizationManager()
            .findAuthorizationByUserIdAndResourceId(AUTH_TYPE_GRANT, userId, resource, resourceId);
    if (authorization == null) {
      return createAuthorization(userId, null, resource, resourceId, permission);
    }
    addPermissions(authorization, permission);
    return authorization;
  }

  private String rootProcessInstanceId(Task task) {
    String root = getRootProcessInstanceId(task);
    return root == null ? task.getProcessInstanceId() : root;
  }
}
