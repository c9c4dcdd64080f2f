package id.intervensi.modeling;

import static id.intervensi.modeling.DeploymentModels.CAMUNDA_BPMN_NS;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * Every camunda:formRef (user tasks and start events) finds its form the way the engine will look
 * for it: binding "deployment" in this very deployment, "latest" here or already deployed,
 * "version" that version deployed (or this deployment creating it). Every form file of the
 * deployment is valid JSON with an id, or the engine could not register it.
 */
@Component
@Order(2)
class FormReferenceCheck implements ModelCheck {

  private final EngineLookups engine;

  FormReferenceCheck(EngineLookups engine) {
    this.engine = engine;
  }

  @Override
  public List<DeploymentProblem> check(DeploymentModels models) {
    List<DeploymentProblem> problems = new ArrayList<>();
    models
        .forms()
        .forEach(
            (resource, form) -> {
              if (form == null) {
                problems.add(
                    new DeploymentProblem(resource, null, "File formulir bukan JSON yang valid."));
              } else if (!form.hasNonNull("id") || form.get("id").asText().isBlank()) {
                problems.add(
                    new DeploymentProblem(
                        resource, null, "Formulir tidak punya id (Form ID di Modeler)."));
              }
            });
    List<String> formsHere = models.formIds();
    models
        .bpmn()
        .forEach(
            (resource, document) -> {
              for (Element element : DeploymentModels.elements(document)) {
                String formId = element.getAttributeNS(CAMUNDA_BPMN_NS, "formRef");
                if (formId.isBlank() || formId.contains("{")) {
                  continue;
                }
                String binding = element.getAttributeNS(CAMUNDA_BPMN_NS, "formRefBinding");
                String problem =
                    switch (binding.isBlank() ? "latest" : binding) {
                      case "deployment" ->
                          formsHere.contains(formId)
                              ? null
                              : "formulir '"
                                  + formId
                                  + "' (binding deployment) harus ikut dalam deployment yang sama, tetapi tidak ada."
                                  + " Sertakan file "
                                  + formId
                                  + ".form saat deploy; Modeler yang hanya mengirim file yang berubah"
                                  + " membuang formulir yang tidak berubah, maka beri deployment nama baru.";
                      case "latest" ->
                          formsHere.contains(formId) || engine.latestFormVersion(formId) > 0
                              ? null
                              : "formulir '"
                                  + formId
                                  + "' tidak ada di deployment ini dan belum pernah di-deploy.";
                      case "version" -> versionProblem(element, formId, formsHere.contains(formId));
                      default -> null; // the engine's own parser refuses an unknown binding
                    };
                if (problem != null) {
                  problems.add(
                      new DeploymentProblem(
                          resource,
                          DeploymentModels.idOf(element),
                          DeploymentModels.label(element) + ": " + problem));
                }
              }
            });
    return problems;
  }

  private String versionProblem(Element element, String formId, boolean inThisDeployment) {
    String versionText = element.getAttributeNS(CAMUNDA_BPMN_NS, "formRefVersion");
    int version;
    try {
      version = Integer.parseInt(versionText.trim());
    } catch (NumberFormatException e) {
      return null; // an expression or garbage: the engine's parser decides
    }
    boolean createdHere = inThisDeployment && engine.latestFormVersion(formId) + 1 == version;
    return createdHere || engine.formVersionDeployed(formId, version)
        ? null
        : "formulir '" + formId + "' versi " + version + " tidak ada.";
  }
}
