package id.intervensi.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.CaseData;
import id.intervensi.CycleLookups;
import id.intervensi.IntervensiApplication;
import id.intervensi.cycle.InterventionCycle;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app on its H2 file database, started twice: cases survive, and nothing is deployed or created
 * twice.
 */
// starts whole apps of its own: runs in a JVM of its own (pom.xml, surefire execution own-apps)
@Tag("own-apps")
class RestartTest {

  @TempDir Path dataDir;

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(IntervensiApplication.class)
        .profiles("demo")
        .run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:"
                + dataDir.resolve("intervensi")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
            "--camunda.bpm.generate-unique-process-engine-name=true",
            "--camunda.bpm.job-execution.enabled=false");
  }

  @Test
  void casesSurviveARestartAndUnchangedModelsAreNotRedeployed() {
    String caseNumber;
    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      String definitionId = CycleLookups.latestDefinitionId(engine);
      ProcessInstance opened =
          engine
              .getFormService()
              .submitStartForm(definitionId, CaseData.caseOpening(CaseData.randomNik()));
      caseNumber = opened.getBusinessKey();
    }

    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(
              engine
                  .getRuntimeService()
                  .createProcessInstanceQuery()
                  .processInstanceBusinessKey(caseNumber)
                  .count())
          .isEqualTo(1);
      assertThat(
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .processInstanceBusinessKey(caseNumber)
                  .taskDefinitionKey(InterventionCycle.TASK_INTAKE_INTERVIEW)
                  .count())
          .isEqualTo(1);
      assertThat(
              engine
                  .getRepositoryService()
                  .createProcessDefinitionQuery()
                  .processDefinitionKey(InterventionCycle.PROCESS_ID)
                  .count())
          .isEqualTo(1);
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(1);
      assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(6);
      assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(4);
    }
  }
}
