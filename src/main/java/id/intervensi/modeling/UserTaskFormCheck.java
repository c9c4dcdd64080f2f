package id.intervensi.modeling;

import static id.intervensi.modeling.DeploymentModels.BPMN_NS;
import static id.intervensi.modeling.DeploymentModels.CAMUNDA_BPMN_NS;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * Every user task has a Camunda Form (camunda:formRef). Tasklist cannot show a task without one,
 * and the app validates every submission against the task's Camunda Form on the server: an embedded
 * or generated form (camunda:formKey, camunda:formField) would bypass that validation.
 */
@Component
@Order(1)
class UserTaskFormCheck implements ModelCheck {

  @Override
  public List<DeploymentProblem> check(DeploymentModels models) {
    List<DeploymentProblem> problems = new ArrayList<>();
    models
        .bpmn()
        .forEach(
            (resource, document) -> {
              for (Element element : DeploymentModels.elements(document)) {
                if (BPMN_NS.equals(element.getNamespaceURI())
                    && "userTask".equals(element.getLocalName())
                    && element.getAttributeNS(CAMUNDA_BPMN_NS, "formRef").isBlank()) {
                  String hint =
                      element.getAttributeNS(CAMUNDA_BPMN_NS, "formKey").isBlank()
                          ? ""
                          : " Form key tidak didukung; gunakan Camunda Form.";
                  problems.add(
                      new DeploymentProblem(
                          resource,
                          DeploymentModels.idOf(element),
                          "Tugas pengguna "
                              + DeploymentModels.label(element)
                              + " tidak punya formulir: isi Form type "
                              + "\"Camunda Forms (linked)\" dengan Form reference (camunda:formRef) ke formulir yang ada."
                              + hint));
                }
              }
            });
    return problems;
  }
}
