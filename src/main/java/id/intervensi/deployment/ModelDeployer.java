package id.intervensi.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ (BPMN, DMN) and forms/ (Camunda Forms) from the classpath as one deployment
 * named {@value #DEPLOYMENT_NAME}, so that formRefBinding="deployment" finds the forms beside the
 * process. Resource names are stable ("processes/x.bpmn", "forms/x.form") whether the app runs from
 * a jar or from target/classes, and duplicate filtering means an unchanged model set creates no new
 * version on restart; if anything changed, all models are deployed together as a new version.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ModelDeployer implements ApplicationRunner {

  public static final String DEPLOYMENT_NAME = "intervensi";
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);
  private static final List<String> PATTERNS =
      List.of(
          "classpath*:processes/**/*.bpmn",
          "classpath*:processes/**/*.dmn",
          "classpath*:forms/**/*.form");

  private final RepositoryService repositoryService;
  private final PathMatchingResourcePatternResolver resolver =
      new PathMatchingResourcePatternResolver();

  public ModelDeployer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    DeploymentBuilder deployment =
        repositoryService
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source("intervensi-app")
            .enableDuplicateFiltering(false);
    List<String> names = new ArrayList<>();
    for (String pattern : PATTERNS) {
      for (Resource resource : resolver.getResources(pattern)) {
        String name = stableName(resource);
        try (InputStream in = resource.getInputStream()) {
          deployment.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
        }
        names.add(name);
      }
    }
    DeploymentWithDefinitions result = deployment.deployWithResult();
    LOG.info(
        "Models {} deployed as {} ({} new process definitions)",
        names,
        result.getId(),
        result.getDeployedProcessDefinitions() == null
            ? 0
            : result.getDeployedProcessDefinitions().size());
  }

  /**
   * "processes/intervention-cycle.bpmn" from any URL that ends in
   * .../processes/intervention-cycle.bpmn.
   */
  static String stableName(Resource resource) {
    try {
      String url = resource.getURL().toString();
      int processes = url.lastIndexOf("/processes/");
      int forms = url.lastIndexOf("/forms/");
      return url.substring(Math.max(processes, forms) + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
