package id.intervensi.modeling;

import id.intervensi.modeling.MigrationReport.BatchStarted;
import id.intervensi.modeling.MigrationReport.CaseResult;
import id.intervensi.refusal.Refusal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running cases from older versions of a process to its newest version with Camunda's
 * migration API: per older version one plan that maps every activity kept with the same id ({@code
 * mapEqualActivities}, event triggers updated). Each case is first tried for real in a transaction
 * that is always rolled back, so the dry run reports exactly what Camunda would refuse (a case
 * waiting at an activity the new version no longer has cannot move). The real run then starts one
 * asynchronous batch per older version with the movable cases. All engine calls run as the calling
 * user, so Camunda records them (batch createUserId, user operation log).
 */
@Component
public class CaseMigration {

  private static final Logger LOG = LoggerFactory.getLogger(CaseMigration.class);

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TransactionTemplate trial;

  public CaseMigration(
      RepositoryService repositoryService,
      RuntimeService runtimeService,
      PlatformTransactionManager transactionManager) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.trial = new TransactionTemplate(transactionManager);
    this.trial.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Rows per query: the engine refuses unpaged queries of a logged-in user
   * (query-max-results-limit), and a manager's migration runs as that manager.
   */
  static final int PAGE = 500;

  /** Every running case the query finds, a page at a time. */
  static List<ProcessInstance> everyPage(ProcessInstanceQuery query) {
    List<ProcessInstance> all = new ArrayList<>();
    List<ProcessInstance> page;
    do {
      page = query.listPage(all.size(), PAGE);
      all.addAll(page);
    } while (page.size() == PAGE);
    return all;
  }

  public MigrationReport migrateToNewest(String processDefinitionKey, boolean dryRun) {
    ProcessDefinition target =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(processDefinitionKey)
            .latestVersion()
            .singleResult();
    if (target == null) {
      throw Refusal.notFound("Proses '" + processDefinitionKey + "' tidak ditemukan.");
    }
    List<CaseResult> cases = new ArrayList<>();
    List<BatchStarted> batches = new ArrayList<>();
    List<ProcessDefinition> olderVersions =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(processDefinitionKey)
            .orderByProcessDefinitionVersion()
            .asc()
            .listPage(0, PAGE)
            .stream()
            .filter(definition -> definition.getVersion() < target.getVersion())
            .toList();
    for (ProcessDefinition source : olderVersions) {
      ProcessInstanceQuery query =
          runtimeService
              .createProcessInstanceQuery()
              .processDefinitionId(source.getId())
              .orderByProcessInstanceId()
              .asc();
      List<ProcessInstance> running =
          everyPage(query).stream()
              .sorted(Comparator.comparing(pi -> String.valueOf(pi.getBusinessKey())))
              .toList();
      if (running.isEmpty()) {
        continue;
      }
      List<CaseResult> results = migrateVersion(source, target, running);
      cases.addAll(results);
      List<String> movable =
          results.stream().filter(CaseResult::movable).map(CaseResult::processInstanceId).toList();
      if (!dryRun && !movable.isEmpty()) {
        Batch batch =
            runtimeService
                .newMigration(plan(source, target))
                .processInstanceIds(movable)
                .executeAsync();
        batches.add(
            new BatchStarted(
                batch.getId(), source.getVersion(), movable.size(), batch.getCreateUserId()));
        LOG.info(
            "Migration batch {} by {} moves {} cases of {} from version {} to {}",
            batch.getId(),
            batch.getCreateUserId(),
            movable.size(),
            processDefinitionKey,
            source.getVersion(),
            target.getVersion());
      }
    }
    return new MigrationReport(processDefinitionKey, target.getVersion(), dryRun, cases, batches);
  }

  private List<CaseResult> migrateVersion(
      ProcessDefinition source, ProcessDefinition target, List<ProcessInstance> running) {
    MigrationPlan plan;
    try {
      plan = plan(source, target);
    } catch (MigrationPlanValidationException e) {
      List<String> reasons = new ArrayList<>();
      for (MigrationInstructionValidationReport report :
          e.getValidationReport().getInstructionReports()) {
        reasons.add(
            "Rencana migrasi dari versi "
                + source.getVersion()
                + " tidak valid untuk aktivitas '"
                + report.getMigrationInstruction().getSourceActivityId()
                + "': "
                + String.join("; ", report.getFailures()));
      }
      return running.stream().map(pi -> result(pi, source, reasons)).toList();
    }
    BpmnModelInstance sourceModel = repositoryService.getBpmnModelInstance(source.getId());
    return running.stream()
        .map(pi -> result(pi, source, tryMigration(plan, pi, sourceModel, target)))
        .toList();
  }

  private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
    return runtimeService
        .createMigrationPlan(source.getId(), target.getId())
        .mapEqualActivities()
        .updateEventTriggers()
        .build();
  }

  /**
   * Migrates the one case in a transaction that is always rolled back; the reasons Camunda refuses
   * it, or none.
   */
  private List<String> tryMigration(
      MigrationPlan plan,
      ProcessInstance instance,
      BpmnModelInstance sourceModel,
      ProcessDefinition target) {
    return trial.execute(
        status -> {
          status.setRollbackOnly();
          try {
            runtimeService.newMigration(plan).processInstanceIds(instance.getId()).execute();
            return List.of();
          } catch (MigratingProcessInstanceValidationException e) {
            return reasons(e.getValidationReport(), sourceModel, target);
          }
        });
  }

  private static List<String> reasons(
      MigratingProcessInstanceValidationReport report,
      BpmnModelInstance sourceModel,
      ProcessDefinition target) {
    List<String> reasons = new ArrayList<>(report.getFailures());
    for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
      reasons.add(
          reason(
              activity.getSourceScopeId(),
              activity.getMigrationInstruction() == null,
              activity.getFailures(),
              sourceModel,
              target));
    }
    for (MigratingTransitionInstanceValidationReport transition :
        report.getTransitionInstanceReports()) {
      reasons.add(
          reason(
              transition.getSourceScopeId(),
              transition.getMigrationInstruction() == null,
              transition.getFailures(),
              sourceModel,
              target));
    }
    return reasons;
  }

  private static String reason(
      String activityId,
      boolean notInNewVersion,
      List<String> failures,
      BpmnModelInstance sourceModel,
      ProcessDefinition target) {
    ModelElementInstance element = sourceModel.getModelElementById(activityId);
    String name = element == null ? null : element.getAttributeValue("name");
    String activity = name == null ? "'" + activityId + "'" : "'" + name + "' (" + activityId + ")";
    return notInNewVersion
        ? "Kasus menunggu di "
            + activity
            + ", yang tidak ada lagi di versi "
            + target.getVersion()
            + ". Selesaikan langkah itu dulu, lalu jalankan migrasi lagi."
        : "Kasus di " + activity + " tidak dapat dipindahkan: " + String.join("; ", failures);
  }

  private static CaseResult result(
      ProcessInstance instance, ProcessDefinition source, List<String> reasons) {
    return new CaseResult(
        instance.getBusinessKey(),
        instance.getId(),
        source.getVersion(),
        reasons.isEmpty(),
        reasons);
  }
}
