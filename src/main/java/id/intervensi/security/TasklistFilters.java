package id.intervensi.security;

import static id.intervensi.cycle.InterventionCycle.*;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import id.intervensi.casefile.CaseVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters with Indonesian names, each readable by the groups it serves. Every filter lists
 * the most urgent first: highest priority (escalations 80, follow-ups 60, other tasks Camunda's
 * 50), then the earliest due date. A filter that already exists (by name) is left as a manager may
 * have changed it.
 */
@Component
public class TasklistFilters {

  private static final List<Map<String, String>> CASE_VARIABLES =
      List.of(Map.of("name", CaseVariables.CASE_NUMBER, "label", "Nomor kasus"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  public TasklistFilters(
      FilterService filterService,
      TaskService taskService,
      AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  public void ensure() {
    ensure(
        "Tugas saya",
        "Tugas yang sedang Anda kerjakan",
        -10,
        "#3e4d2c",
        taskService
            .createTaskQuery()
            .taskAssigneeExpression("${currentUser()}")
            .orderByTaskPriority()
            .desc()
            .orderByDueDate()
            .asc(),
        Groups.SOCIAL_WORKERS,
        Groups.SUPERVISORS);
    ensure(
        "Tugas kelompok saya",
        "Tugas kelompok Anda yang belum diambil siapa pun",
        -5,
        "#555555",
        taskService
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned()
            .orderByTaskPriority()
            .desc()
            .orderByDueDate()
            .asc(),
        Groups.SOCIAL_WORKERS,
        Groups.SUPERVISORS);
    ensure(
        "Persetujuan supervisor",
        "Penerimaan klien, rencana intervensi dan eskalasi yang menunggu keputusan",
        0,
        "#b5152b",
        taskService
            .createTaskQuery()
            .taskCandidateGroup(Groups.SUPERVISORS)
            .includeAssignedTasks()
            .orderByTaskPriority()
            .desc()
            .orderByDueDate()
            .asc(),
        Groups.SUPERVISORS);
    ensure(
        "Tindak lanjut dan eskalasi",
        "Pemantauan berkala, eskalasi dan tindak lanjut pasca-layanan, urut prioritas dan tenggat",
        5,
        "#e87b00",
        taskService
            .createTaskQuery()
            .taskDefinitionKeyIn(
                TASK_EVALUATION_FOLLOW_UP,
                TASK_REVIEW_OVERDUE_EVALUATION,
                TASK_AFTER_CARE_FOLLOW_UP)
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .orderByTaskPriority()
            .desc()
            .orderByDueDate()
            .asc(),
        Groups.SOCIAL_WORKERS,
        Groups.SUPERVISORS);
  }

  private void ensure(
      String name,
      String description,
      int priority,
      String color,
      TaskQuery query,
      String... groups) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("color", color);
      properties.put("refresh", true);
      properties.put("variables", CASE_VARIABLES);
      filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
      filterService.saveFilter(filter);
    }
    for (String group : groups) {
      grantRead(group, filter.getId());
    }
  }

  private void grantRead(String group, String filterId) {
    boolean exists =
        authorizationService
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group)
                .resourceType(Resources.FILTER)
                .resourceId(filterId)
                .count()
            > 0;
    if (!exists) {
      Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(filterId);
      authorization.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
