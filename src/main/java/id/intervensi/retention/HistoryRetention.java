package id.intervensi.retention;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every deployed process and decision definition, of every version, the configured history
 * time-to-live at start-up, right after the models are deployed. A model's own
 * camunda:historyTimeToLive (3650 in processes/) is what it was deployed with; the home's setting
 * wins, so changing {@code intervensi.history.retention-days} and restarting is all it takes.
 * Closed cases of a definition whose time-to-live changed get their removal time computed again (a
 * batch the job executor runs), so the new period applies to them too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class HistoryRetention implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryRetention.class);

  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final RetentionSettings settings;

  public HistoryRetention(
      RepositoryService repositoryService,
      HistoryService historyService,
      RetentionSettings settings) {
    this.repositoryService = repositoryService;
    this.historyService = historyService;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) {
    align();
  }

  /** Sets the configured time-to-live where it differs; returns how many definitions changed. */
  public int align() {
    int days = settings.retentionDays();
    int changed = 0;
    List<ProcessDefinition> processes = repositoryService.createProcessDefinitionQuery().list();
    for (ProcessDefinition definition : processes) {
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        recalculateProcesses(definition.getId());
        changed++;
      }
    }
    List<DecisionDefinition> decisions = repositoryService.createDecisionDefinitionQuery().list();
    for (DecisionDefinition definition : decisions) {
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        repositoryService.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
        changed++;
      }
    }
    if (changed > 0) {
      LOG.info("History of closed cases kept {} days: {} definitions updated", days, changed);
    }
    return changed;
  }

  /** Closed cases already have a removal time, computed with the old time-to-live. */
  private void recalculateProcesses(String processDefinitionId) {
    HistoricProcessInstanceQuery closed =
        historyService
            .createHistoricProcessInstanceQuery()
            .processDefinitionId(processDefinitionId)
            .finished();
    if (closed.count() > 0) {
      historyService
          .setRemovalTimeToHistoricProcessInstances()
          .calculatedRemovalTime()
          .byQuery(closed)
          .hierarchical()
          .executeAsync();
    }
  }
}
