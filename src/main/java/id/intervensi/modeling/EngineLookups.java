package id.intervensi.modeling;

import id.intervensi.security.Groups;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.entity.CamundaFormDefinitionManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * What the checks need to know about the engine's state: deployed forms and existing groups. Must
 * be called inside an engine command (the guard runs inside the deploy command).
 */
@Component
class EngineLookups {

  /** Latest deployed version of the form with this id, or 0 if there is none. */
  int latestFormVersion(String formId) {
    CamundaFormDefinitionEntity latest = forms().findLatestDefinitionByKey(formId);
    return latest == null ? 0 : latest.getVersion();
  }

  boolean formVersionDeployed(String formId, int version) {
    return forms().findDefinitionByKeyVersionAndTenantId(formId, version, null) != null;
  }

  /**
   * A group of the identity service. The app's own four groups always count: RoleSetup creates them
   * on every start, but only after the app's own models are deployed on a fresh database.
   */
  boolean groupExists(String groupId) {
    return Groups.ALL.contains(groupId)
        || commandContext().getReadOnlyIdentityProvider().findGroupById(groupId) != null;
  }

  private CamundaFormDefinitionManager forms() {
    return commandContext().getCamundaFormDefinitionManager();
  }

  private static CommandContext commandContext() {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      throw new IllegalStateException("Deployment checks run inside the engine's deploy command");
    }
    return commandContext;
  }
}
