package id.intervensi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The running engine has the app's hooks in the order {@link EngineHooks} documents. */
@SpringBootTest
@ActiveProfiles("test")
class EngineHooksTest {

  @Autowired ProcessEngine processEngine;

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  @Test
  void thePluginsRunInTheDocumentedOrder() {
    List<String> plugins = new ArrayList<>();
    collect(configuration().getProcessEnginePlugins(), plugins);
    // ProductionSettingsCheck is there in the prod profile only (ProductionProfileTest)
    assertThat(plugins)
        .containsExactly(
            "ModelSandboxPlugin",
            "DeploymentGuardPlugin",
            "RetentionOnDeployment",
            "PersonalDataHistoryPlugin",
            "CaseNumberOnTasks",
            "CaseProgress",
            "AssignedWorkerOnTasks",
            "CommandGatePlugin",
            "FormValidationPlugin",
            "SecurityEnginePlugin",
            "InvalidModels",
            "TaskConflicts");
  }

  @Test
  void theCommandInterceptorsAndDeployersFollow() {
    assertThat(configuration().getCustomPreCommandInterceptorsTxRequired())
        .extracting(
            interceptor -> interceptor.getClass().getName().replaceFirst("^id\\.intervensi\\.", ""))
        .containsExactly(
            "forms.ValidationExceptionUnwrapper",
            "gate.CommandGate",
            "forms.SubmittedVariables",
            "security.QueryExpressionGuard",
            "web.InvalidModels$Translator",
            "web.TaskConflicts$Translator");
    assertThat(configuration().getDeployers().get(0).getClass().getSimpleName())
        .isEqualTo("DeploymentGuard");
    List<Deployer> deployers = configuration().getDeployers();
    assertThat(deployers.get(deployers.size() - 1).getClass().getSimpleName())
        .as("after the engine's own deployers")
        .isEqualTo("Aligner");
  }

  private static void collect(List<ProcessEnginePlugin> plugins, List<String> names) {
    for (ProcessEnginePlugin plugin : plugins) {
      if (plugin instanceof CompositeProcessEnginePlugin composite) {
        collect(composite.getPlugins(), names);
      } else if (plugin.getClass().getName().startsWith("id.intervensi.")) {
        names.add(plugin.getClass().getSimpleName());
      }
    }
  }
}
