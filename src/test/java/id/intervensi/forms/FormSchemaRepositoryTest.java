package id.intervensi.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The form a task's formRef names, per binding: "deployment" is the form deployed with the process
 * (remembered per deployment, so a later deployment of the same form changes nothing for the older
 * one), "latest" follows new deployments.
 */
class FormSchemaRepositoryTest {

  static ProcessEngine engine;

  record Ref(String getKey, String getBinding) implements CamundaFormRef {
    @Override
    public Integer getVersion() {
      return null;
    }
  }

  @BeforeAll
  static void startEngine() {
    engine =
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:form-schema-repository-test;DB_CLOSE_DELAY=-1")
            .setProcessEngineName("form-schema-repository-test")
            .setJobExecutorActivate(false)
            .buildProcessEngine();
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @Test
  void aDeploymentBoundFormIsThatDeploymentsAndTheLatestFollowsNewDeployments() {
    FormSchemaRepository forms = new FormSchemaRepository();
    String first = deploy("Pertama");
    String second = deploy("Kedua");

    assertThat(label(forms, new Ref("note", "deployment"), first)).isEqualTo("Pertama");
    assertThat(label(forms, new Ref("note", "deployment"), second)).isEqualTo("Kedua");
    assertThat(label(forms, new Ref("note", "deployment"), first))
        .as("asked again: still the first deployment's form")
        .isEqualTo("Pertama");
    assertThat(label(forms, new Ref("note", "latest"), first)).isEqualTo("Kedua");

    String third = deploy("Ketiga");

    assertThat(label(forms, new Ref("note", "latest"), first)).isEqualTo("Ketiga");
    assertThat(label(forms, new Ref("note", "deployment"), second)).isEqualTo("Kedua");
    assertThat(label(forms, new Ref("note", "deployment"), third)).isEqualTo("Ketiga");
  }

  private static String deploy(String label) {
    String form =
        """
        {"id": "note", "type": "default", "schemaVersion": 16,
         "components": [{"type": "textfield", "key": "note", "label": "%s"}]}
        """
            .formatted(label);
    return engine
        .getRepositoryService()
        .createDeployment()
        .addString("forms/note.form", form)
        .deploy()
        .getId();
  }

  private static String label(FormSchemaRepository forms, CamundaFormRef ref, String deployment) {
    JsonNode schema =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getCommandExecutorTxRequired()
            .execute(context -> forms.find(ref, deployment));
    return schema.path("components").path(0).path("label").asText();
  }
}
