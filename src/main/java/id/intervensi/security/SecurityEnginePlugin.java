package id.intervensi.security;

import id.intervensi.EngineHooks;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine side of the role matrix (docs/roles.md): per-case read grants for the users who work
 * on a case, history readable per case instance, and no expressions evaluated from queries.
 */
@Component
@Order(EngineHooks.SECURITY)
public class SecurityEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new CaseAccessAuthorizationProvider());
    // history is otherwise readable only per process definition (all cases or none)
    configuration.setEnableHistoricInstancePermissions(true);
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new QueryExpressionGuard());
  }
}
