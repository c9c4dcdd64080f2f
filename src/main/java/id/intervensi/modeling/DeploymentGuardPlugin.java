package id.intervensi.modeling;

import id.intervensi.EngineHooks;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link DeploymentGuard} in front of the engine's deployers, so no deployment gets past
 * it.
 */
@Component
@Order(EngineHooks.DEPLOYMENT_GUARD)
class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

  private final DeploymentGuard guard;

  DeploymentGuardPlugin(DeploymentGuard guard) {
    this.guard = guard;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(0, guard);
  }
}
