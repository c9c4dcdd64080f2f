package id.intervensi.modeling;

import static id.intervensi.modeling.DeploymentModels.CAMUNDA_BPMN_NS;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * Candidate groups of user tasks (camunda:candidateGroups) and starter groups of processes
 * (camunda:candidateStarterGroups) exist in the identity service. Camunda does not check them: a
 * typo would leave a task that nobody sees in Tasklist. Expressions are resolved at run time and
 * not checked here.
 */
@Component
@Order(5)
class CandidateGroupCheck implements ModelCheck {

  private static final List<String> ATTRIBUTES =
      List.of("candidateGroups", "candidateStarterGroups");

  private final EngineLookups engine;

  CandidateGroupCheck(EngineLookups engine) {
    this.engine = engine;
  }

  @Override
  public List<DeploymentProblem> check(DeploymentModels models) {
    List<DeploymentProblem> problems = new ArrayList<>();
    models
        .bpmn()
        .forEach(
            (resource, document) -> {
              for (Element element : DeploymentModels.elements(document)) {
                for (String attribute : ATTRIBUTES) {
                  String value = element.getAttributeNS(CAMUNDA_BPMN_NS, attribute);
                  if (value.contains("{")) {
                    continue;
                  }
                  for (String group : value.split(",")) {
                    String groupId = group.trim();
                    if (!groupId.isEmpty() && !engine.groupExists(groupId)) {
                      problems.add(
                          new DeploymentProblem(
                              resource,
                              DeploymentModels.idOf(element),
                              DeploymentModels.label(element)
                                  + ": kelompok '"
                                  + groupId
                                  + "' tidak dikenal. Kelompok yang ada"
                                  + " antara lain social-workers, supervisors, managers, auditors (lihat Admin > Groups)."));
                    }
                  }
                }
              }
            });
    return problems;
  }
}
