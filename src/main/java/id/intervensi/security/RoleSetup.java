package id.intervensi.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import id.intervensi.cycle.InterventionCycle;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The four groups and what each may do, in every profile (users are added by an administrator, or
 * by {@link DemoUsers} in the demo profile). Idempotent: missing grants are added on each start,
 * nothing an administrator added is taken away.
 *
 * <ul>
 *   <li>social-workers: Tasklist; open cases; work the tasks of their group (Camunda grants a
 *       candidate group READ and TASK_WORK on each of its tasks); read the cases they opened or
 *       were assigned a task of ({@link CaseAccessAuthorizationProvider}).
 *   <li>supervisors: as social workers, plus read every case of the cycle and its history, and
 *       reassign tasks.
 *   <li>managers: Cockpit and Tasklist; deploy, read and change process and decision definitions,
 *       instances and batches (migration); read every task, the history and the operation log.
 *   <li>auditors: Cockpit; read definitions, history and the operation log; change nothing.
 * </ul>
 *
 * Users, groups, memberships and authorizations: camunda-admin only. The whole matrix is
 * docs/roles.md.
 */
@Component
@Order(10)
public class RoleSetup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(RoleSetup.class);
  private static final Map<String, String> GROUP_NAMES =
      Map.of(
          Groups.SOCIAL_WORKERS, "Pekerja Sosial",
          Groups.SUPERVISORS, "Supervisor",
          Groups.MANAGERS, "Manajer",
          Groups.AUDITORS, "Auditor");

  /** Id of processes/group-session.bpmn (groupwork.GroupSession, which depends on security). */
  static final String GROUP_SESSION_PROCESS_ID = "group-session";

  /** The processes social workers and supervisors start: a case, and a group-work session. */
  static final List<String> STARTED_BY_WORKERS =
      List.of(InterventionCycle.PROCESS_ID, GROUP_SESSION_PROCESS_ID);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final TasklistFilters tasklistFilters;

  public RoleSetup(
      IdentityService identityService,
      AuthorizationService authorizationService,
      TasklistFilters tasklistFilters) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.tasklistFilters = tasklistFilters;
  }

  @Override
  public void run(ApplicationArguments args) {
    GROUP_NAMES.forEach(this::ensureGroup);

    for (String worker : new String[] {Groups.SOCIAL_WORKERS, Groups.SUPERVISORS}) {
      grant(worker, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      for (String process : STARTED_BY_WORKERS) {
        grant(
            worker,
            Resources.PROCESS_DEFINITION,
            process,
            ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
      grant(worker, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
    // supervisors see every case of the cycle (their team's), its history, and reassign any task
    grant(
        Groups.SUPERVISORS, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.TASK_ASSIGN);
    grant(
        Groups.SUPERVISORS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, Permissions.READ);
    grant(
        Groups.SUPERVISORS,
        Resources.PROCESS_DEFINITION,
        InterventionCycle.PROCESS_ID,
        ProcessDefinitionPermissions.READ_HISTORY);

    grant(Groups.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Groups.MANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(Groups.MANAGERS, Resources.DEPLOYMENT, ANY, Permissions.ALL);
    // not ALL: on a process definition that would include working and reassigning every task, and
    // deleting history that auditors must keep
    replaceAll(Groups.MANAGERS, Resources.PROCESS_DEFINITION);
    grant(
        Groups.MANAGERS,
        Resources.PROCESS_DEFINITION,
        ANY,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.UPDATE,
        ProcessDefinitionPermissions.DELETE,
        ProcessDefinitionPermissions.SUSPEND,
        ProcessDefinitionPermissions.CREATE_INSTANCE,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE,
        ProcessDefinitionPermissions.DELETE_INSTANCE,
        ProcessDefinitionPermissions.SUSPEND_INSTANCE,
        ProcessDefinitionPermissions.MIGRATE_INSTANCE,
        ProcessDefinitionPermissions.RETRY_JOB,
        ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
        ProcessDefinitionPermissions.READ_TASK_VARIABLE,
        ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE);
    replaceAll(Groups.MANAGERS, Resources.DECISION_DEFINITION);
    grant(
        Groups.MANAGERS,
        Resources.DECISION_DEFINITION,
        ANY,
        Permissions.READ,
        Permissions.UPDATE,
        Permissions.CREATE_INSTANCE,
        Permissions.READ_HISTORY);
    grant(Groups.MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.ALL);
    grant(Groups.MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.ALL);
    grant(Groups.MANAGERS, Resources.BATCH, ANY, Permissions.ALL);
    grant(Groups.MANAGERS, Resources.TASK, ANY, TaskPermissions.READ);
    grant(
        Groups.MANAGERS,
        Resources.OPERATION_LOG_CATEGORY,
        ANY,
        UserOperationLogCategoryPermissions.READ);

    grant(Groups.AUDITORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Groups.AUDITORS, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(
        Groups.AUDITORS,
        Resources.PROCESS_DEFINITION,
        ANY,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY);
    grant(
        Groups.AUDITORS,
        Resources.DECISION_DEFINITION,
        ANY,
        Permissions.READ,
        Permissions.READ_HISTORY);
    grant(Groups.AUDITORS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(
        Groups.AUDITORS,
        Resources.OPERATION_LOG_CATEGORY,
        ANY,
        UserOperationLogCategoryPermissions.READ);

    tasklistFilters.ensure();
    LOG.info("Groups {} and their authorizations are in place", GROUP_NAMES.keySet());
  }

  private void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).singleResult() == null) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
  }

  /**
   * Earlier versions granted managers ALL on definitions; that one grant (and only that value) is
   * removed so that {@link #grant} puts the narrower set in its place.
   */
  private void replaceAll(String groupId, Resource resource) {
    Authorization authorization =
        authorizationService
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(ANY)
            .singleResult();
    if (authorization != null && authorization.isEveryPermissionGranted()) {
      authorizationService.deleteAuthorization(authorization.getId());
      LOG.info(
          "Grant ALL of {} on {} replaced by the permissions of docs/roles.md",
          groupId,
          resource.resourceName());
    }
  }

  /**
   * Adds the permissions to the group's one grant for this resource (Camunda allows only one per
   * triple).
   */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization =
        authorizationService
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
