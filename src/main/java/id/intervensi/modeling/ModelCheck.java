package id.intervensi.modeling;

import java.util.List;

/**
 * One rule a deployment must satisfy before the engine accepts it (see {@link DeploymentGuard}).
 */
interface ModelCheck {

  List<DeploymentProblem> check(DeploymentModels models);
}
