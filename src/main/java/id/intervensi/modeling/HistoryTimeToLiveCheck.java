package id.intervensi.modeling;

import static id.intervensi.modeling.DeploymentModels.BPMN_NS;
import static id.intervensi.modeling.DeploymentModels.CAMUNDA_BPMN_NS;
import static id.intervensi.modeling.DeploymentModels.CAMUNDA_DMN_NS;
import static id.intervensi.modeling.DeploymentModels.DMN_NS;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * Every executable process and every decision says how long its history is kept
 * (camunda:historyTimeToLive). Auditors must find closed cases for years, so the retention is a
 * decision made in the model, not left to an engine default.
 */
@Component
@Order(3)
class HistoryTimeToLiveCheck implements ModelCheck {

  static final String HINT =
      " Isi History cleanup > Time to live di panel properti Modeler (aplikasi ini memakai 3650 hari).";

  @Override
  public List<DeploymentProblem> check(DeploymentModels models) {
    List<DeploymentProblem> problems = new ArrayList<>();
    models
        .bpmn()
        .forEach(
            (resource, document) -> {
              for (Element element : DeploymentModels.elements(document)) {
                if (BPMN_NS.equals(element.getNamespaceURI())
                    && "process".equals(element.getLocalName())
                    && !"false".equals(element.getAttribute("isExecutable"))
                    && element.getAttributeNS(CAMUNDA_BPMN_NS, "historyTimeToLive").isBlank()) {
                  problems.add(
                      new DeploymentProblem(
                          resource,
                          element.getAttribute("id"),
                          "Proses "
                              + DeploymentModels.label(element)
                              + " tidak punya history time-to-live."
                              + HINT));
                }
              }
            });
    models
        .dmn()
        .forEach(
            (resource, document) -> {
              for (Element element : DeploymentModels.elements(document)) {
                if (DMN_NS.equals(element.getNamespaceURI())
                    && "decision".equals(element.getLocalName())
                    && element.getAttributeNS(CAMUNDA_DMN_NS, "historyTimeToLive").isBlank()) {
                  problems.add(
                      new DeploymentProblem(
                          resource,
                          element.getAttribute("id"),
                          "Keputusan "
                              + DeploymentModels.label(element)
                              + " tidak punya history time-to-live."
                              + HINT));
                }
              }
            });
    return problems;
  }
}
