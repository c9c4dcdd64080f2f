package id.intervensi.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.CaseData;
import id.intervensi.CycleLookups;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The candidate group's grant on a task ({@link CaseAccessAuthorizationProvider}): created with the
 * task without looking for an earlier one (issue 14), one grant per group and task, and a group
 * added to an existing task later still gets (or keeps) exactly one.
 */
@SpringBootTest
@ActiveProfiles("test")
class TaskGrantsTest {

  @Autowired ProcessEngine engine;

  @Test
  void aNewTaskGrantsItsCandidateGroupOnceAndALaterLinkKeepsOneGrant() {
    String definition = CycleLookups.latestDefinitionId(engine);
    String pi =
        engine
            .getFormService()
            .submitStartForm(definition, CaseData.caseOpening(CaseData.randomNik()))
            .getId();
    Task intake = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();

    assertThat(grants(intake, Groups.SOCIAL_WORKERS))
        .singleElement()
        .satisfies(
            grant -> {
              assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
              assertThat(grant.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
              assertThat(grant.isPermissionGranted(Permissions.UPDATE)).isFalse();
            });

    // the task exists in the database now: the grant is looked up and updated, not doubled
    engine.getTaskService().addCandidateGroup(intake.getId(), Groups.SOCIAL_WORKERS);
    engine.getTaskService().addCandidateGroup(intake.getId(), Groups.SUPERVISORS);
    assertThat(grants(intake, Groups.SOCIAL_WORKERS)).hasSize(1);
    assertThat(grants(intake, Groups.SUPERVISORS))
        .singleElement()
        .satisfies(grant -> assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue());
  }

  private List<Authorization> grants(Task task, String group) {
    return engine
        .getAuthorizationService()
        .createAuthorizationQuery()
        .resourceType(Resources.TASK)
        .resourceId(task.getId())
        .groupIdIn(group)
        .list();
  }
}
