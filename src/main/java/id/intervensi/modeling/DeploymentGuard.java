package id.intervensi.modeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link ModelCheck} on a new deployment before the engine's own deployers (it is a
 * pre-deployer, see {@link DeploymentGuardPlugin}), whoever deploys: Camunda Modeler through the
 * REST API, Cockpit, the Java API or the app's own ModelDeployer. Any problem refuses the whole
 * deployment: nothing is stored and the caller gets a {@link DeploymentRefusedException}.
 * Deployments the engine reloads from the database into its cache are not checked again.
 */
@Component
class DeploymentGuard implements Deployer {

  private static final Logger LOG = LoggerFactory.getLogger(DeploymentGuard.class);

  private final List<ModelCheck> checks;

  DeploymentGuard(List<ModelCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    Map<String, byte[]> resources = new LinkedHashMap<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      resources.put(resource.getName(), resource.getBytes());
    }
    List<DeploymentProblem> problems = problemsIn(DeploymentModels.of(resources));
    if (!problems.isEmpty()) {
      LOG.warn(
          "Deployment '{}' ({}) refused with {} problems: {}",
          deployment.getName(),
          deployment.getSource(),
          problems.size(),
          problems.stream().map(DeploymentProblem::describe).toList());
      throw new DeploymentRefusedException(problems);
    }
  }

  List<DeploymentProblem> problemsIn(DeploymentModels models) {
    List<DeploymentProblem> problems = new ArrayList<>();
    checks.forEach(check -> problems.addAll(check.check(models)));
    return problems;
  }
}
