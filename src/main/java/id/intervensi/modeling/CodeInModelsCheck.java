package id.intervensi.modeling;

import static id.intervensi.modeling.DeploymentModels.BPMN_NS;
import static id.intervensi.modeling.DeploymentModels.CAMUNDA_BPMN_NS;

import com.fasterxml.jackson.databind.JsonNode;
import id.intervensi.forms.HideConditionVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A model describes the cycle; it does not bring code. Refused: other files than BPMN, DMN and
 * forms (CMMN, scripts), script tasks and every other script (listeners, conditions, mappings,
 * external script resources), Java classes ({@code camunda:class}, variable mapping classes),
 * connectors and external tasks; in decision tables, any expression language other than FEEL and
 * JUEL, and FEEL that defines functions or reaches Java; in forms, hide conditions outside {@link
 * HideConditionVocabulary}. JUEL itself is checked by {@link ExpressionVocabularyCheck}.
 */
@Component
@Order(3)
class CodeInModelsCheck implements ModelCheck {

  private static final String VOCABULARY = " (lihat docs/expression-vocabulary.md)";
  private static final Set<String> FEEL =
      Set.of(
          "feel",
          "https://www.omg.org/spec/dmn/20191111/feel/",
          "http://www.omg.org/spec/feel/20140401",
          "https://www.omg.org/spec/feel/20140401");
  private static final Pattern FEEL_CODE = Pattern.compile("\\b(function|external)\\b");
  private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass");

  @Override
  public List<DeploymentProblem> check(DeploymentModels models) {
    List<DeploymentProblem> problems = new ArrayList<>();
    models
        .others()
        .forEach(
            resource ->
                problems.add(
                    new DeploymentProblem(
                        resource,
                        null,
                        "hanya proses BPMN, tabel keputusan DMN dan formulir Camunda yang boleh di-deploy; berkas ini tidak.")));
    everyElement(models.bpmn(), CodeInModelsCheck::bpmnProblem, problems);
    everyElement(models.dmn(), CodeInModelsCheck::dmnProblem, problems);
    models.forms().forEach((resource, form) -> hideConditions(form, resource, problems));
    return problems;
  }

  /**
   * The problem {@code check} finds in each element of each model, named by resource and element.
   */
  private static void everyElement(
      Map<String, Document> models,
      Function<Element, Optional<String>> check,
      List<DeploymentProblem> problems) {
    models.forEach(
        (resource, document) -> {
          for (Element element : DeploymentModels.elements(document)) {
            check
                .apply(element)
                .ifPresent(
                    problem ->
                        problems.add(
                            new DeploymentProblem(
                                resource, DeploymentModels.idOf(element), problem + VOCABULARY)));
          }
        });
  }

  private static Optional<String> bpmnProblem(Element element) {
    String name = element.getLocalName();
    boolean bpmn = BPMN_NS.equals(element.getNamespaceURI());
    boolean camunda = CAMUNDA_BPMN_NS.equals(element.getNamespaceURI());
    if (bpmn && "scriptTask".equals(name)) {
      return Optional.of("script task tidak diizinkan: model tidak boleh menjalankan skrip.");
    }
    if (camunda && "script".equals(name)) {
      return Optional.of(
          "skrip (camunda:script) tidak diizinkan: model tidak boleh menjalankan skrip.");
    }
    if (camunda && "connector".equals(name)) {
      return Optional.of("connector tidak diizinkan: aplikasi tidak menyediakan connector.");
    }
    if (bpmn && !element.getAttribute("language").isBlank()) {
      return Optional.of(
          "kondisi berbahasa skrip ('"
              + element.getAttribute("language")
              + "') tidak diizinkan; tulis kondisi sebagai ekspresi ${...}.");
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      boolean camundaAttribute =
          CAMUNDA_BPMN_NS.equals(attribute.getNamespaceURI())
              || camunda && attribute.getNamespaceURI() == null;
      if (!camundaAttribute) {
        continue;
      }
      String local =
          attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      if (CLASS_ATTRIBUTES.contains(local)) {
        return Optional.of(
            "kelas Java '"
                + attribute.getValue()
                + "' tidak diizinkan (camunda:"
                + local
                + "); pakai delegate expression dengan bean aplikasi.");
      }
      if ("type".equals(local) && "external".equals(attribute.getValue().trim())) {
        return Optional.of(
            "external task tidak diizinkan: aplikasi tidak punya pekerja eksternal.");
      }
      if ("topic".equals(local) && bpmn) {
        return Optional.of(
            "external task (camunda:topic) tidak diizinkan: aplikasi tidak punya pekerja eksternal.");
      }
      if ("resource".equals(local) || "scriptFormat".equals(local)) {
        return Optional.of(
            "skrip (camunda:" + local + ") tidak diizinkan: model tidak boleh menjalankan skrip.");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> dmnProblem(Element element) {
    String language = element.getAttribute("expressionLanguage");
    if (!language.isBlank() && !isFeel(language) && !isJuel(language)) {
      return Optional.of("bahasa ekspresi '" + language + "' tidak diizinkan; pakai FEEL.");
    }
    if ("text".equals(element.getLocalName())
        && isFeel(dmnLanguage(element))
        && FEEL_CODE.matcher(withoutFeelStrings(element.getTextContent())).find()) {
      return Optional.of(
          "ekspresi FEEL '"
              + element.getTextContent().trim()
              + "' mendefinisikan fungsi atau memanggil Java, yang tidak diizinkan.");
    }
    return Optional.empty();
  }

  /**
   * The expression language a DMN expression is written in: its own, its table's or its
   * definitions', else FEEL.
   */
  static String dmnLanguage(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (!e.getAttribute("expressionLanguage").isBlank()) {
        return e.getAttribute("expressionLanguage");
      }
    }
    return "feel";
  }

  static boolean isJuel(String language) {
    return "juel".equalsIgnoreCase(language.trim());
  }

  private static boolean isFeel(String language) {
    return FEEL.contains(language.trim().toLowerCase(Locale.ROOT));
  }

  private static String withoutFeelStrings(String text) {
    return text.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
  }

  private static void hideConditions(
      JsonNode node, String resource, List<DeploymentProblem> problems) {
    if (node == null) {
      return;
    }
    JsonNode hide = node.path("conditional").path("hide");
    if (hide.isTextual()) {
      String field = node.path("key").asText(node.path("id").asText("?"));
      HideConditionVocabulary.problemIn(hide.asText())
          .ifPresent(
              problem ->
                  problems.add(
                      new DeploymentProblem(
                          resource,
                          field,
                          "kondisi sembunyi '" + hide.asText() + "' " + problem + VOCABULARY)));
    }
    node.forEach(child -> hideConditions(child, resource, problems));
  }
}
