package id.intervensi.gate;

import id.intervensi.EngineHooks;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Puts the {@link CommandGate} in front of every command; the table is read at start-up. */
@Component
@Order(EngineHooks.COMMAND_GATE)
public class CommandGatePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration
        .getCustomPreCommandInterceptorsTxRequired()
        .add(
            new CommandGate(
                EngineCommands.load(),
                configuration.getIdentityService(),
                configuration.getTaskService(),
                configuration.getAuthorizationService()));
  }
}
