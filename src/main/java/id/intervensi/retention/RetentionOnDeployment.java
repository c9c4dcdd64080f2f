package id.intervensi.retention;

import id.intervensi.EngineHooks;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every process and decision definition of a new deployment the configured history
 * time-to-live ({@code intervensi.history.retention-days}) as it is deployed, whatever door it came
 * through (the REST API, Camunda Modeler, the app's own deployments): a deployer after the engine's
 * own, so the definitions are parsed and not yet written (the engine writes them when the
 * deployment's command ends, with this time-to-live). {@link HistoryRetention} does the same for
 * definitions deployed before a change of the setting, at start-up.
 */
@Component
@Order(EngineHooks.HISTORY_RETENTION)
public class RetentionOnDeployment extends AbstractProcessEnginePlugin {

  private final RetentionSettings settings;

  public RetentionOnDeployment(RetentionSettings settings) {
    this.settings = settings;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostDeployers() == null) {
      configuration.setCustomPostDeployers(new ArrayList<>());
    }
    configuration.getCustomPostDeployers().add(new Aligner(settings.retentionDays()));
  }

  /** Sets the time-to-live on the definitions a new deployment adds. */
  record Aligner(int days) implements Deployer {

    @Override
    public void deploy(DeploymentEntity deployment) {
      // a deployment read back into the cache (not new) keeps what was written when it was new;
      // HistoryRetention aligns those at start-up
      if (!deployment.isNew()) {
        return;
      }
      List<ProcessDefinitionEntity> processes =
          deployment.getDeployedArtifacts(ProcessDefinitionEntity.class);
      if (processes != null) {
        processes.forEach(definition -> definition.setHistoryTimeToLive(days));
      }
      List<DecisionDefinitionEntity> decisions =
          deployment.getDeployedArtifacts(DecisionDefinitionEntity.class);
      if (decisions != null) {
        decisions.forEach(definition -> definition.setHistoryTimeToLive(days));
      }
    }
  }
}
