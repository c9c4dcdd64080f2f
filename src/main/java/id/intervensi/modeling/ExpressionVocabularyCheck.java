package id.intervensi.modeling;

import static id.intervensi.modeling.DeploymentModels.BPMN_NS;
import static id.intervensi.modeling.DeploymentModels.CAMUNDA_BPMN_NS;

import com.fasterxml.jackson.databind.JsonNode;
import id.intervensi.assessment.ScoreVariables;
import id.intervensi.casefile.CaseVariables;
import id.intervensi.cycle.CycleVariables;
import id.intervensi.termination.TerminationVariables;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every expression in a BPMN model, and every JUEL expression in a decision table, says only what
 * {@link ModelVocabulary} allows (read by {@link JuelVocabulary}): a bean named in {@code
 * delegateExpression="${name}"} or called as {@code ${name.method(...)}} is one of the app's beans
 * for models, and a method it calls is one listed for it. A name called as an object is not taken
 * for a missing bean if it is one of the engine's own ({@code execution}, {@code task}, {@code
 * decisionResult}, ...) or a variable the models declare (form fields, input/output mappings,
 * multi-instance element variables, initiator, result variables, decision outputs) or the app's own
 * ({@link #APP_VARIABLES}). Scripts and Java classes are refused by {@link CodeInModelsCheck}.
 */
@Component
@Order(4)
class ExpressionVocabularyCheck implements ModelCheck {

  private static final Set<String> NOT_EXPRESSIONS = Set.of("script", "documentation", "text");
  private static final List<String> DECLARING_ATTRIBUTES =
      List.of("elementVariable", "initiator", "resultVariable");

  /** The classes naming the variables the app's code reads or writes, each in its feature. */
  static final List<Class<?>> APP_VARIABLES =
      List.of(
          CycleVariables.class,
          CaseVariables.class,
          ScoreVariables.class,
          TerminationVariables.class);

  private final ModelVocabulary vocabulary;

  ExpressionVocabularyCheck(ModelVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  @Override
  public List<DeploymentProblem> check(DeploymentModels models) {
    Set<String> variables = knownVariables(models);
    Set<DeploymentProblem> problems = new LinkedHashSet<>();
    models
        .bpmn()
        .forEach(
            (resource, document) -> {
              for (Element element : DeploymentModels.elements(document)) {
                if (NOT_EXPRESSIONS.contains(element.getLocalName())
                        && BPMN_NS.equals(element.getNamespaceURI())
                    || CAMUNDA_BPMN_NS.equals(element.getNamespaceURI())
                        && "script".equals(element.getLocalName())) {
                  continue;
                }
                String where = DeploymentModels.idOf(element);
                ExpressionReferences.bareName(camundaAttribute(element, "delegateExpression"))
                    .ifPresent(
                        name -> {
                          if (!vocabulary.beanNames().contains(name)
                              && !vocabulary.isHiddenBean(name)) {
                            problems.add(
                                new DeploymentProblem(
                                    resource,
                                    where,
                                    "delegate expression ${"
                                        + name
                                        + "}: aplikasi tidak punya bean '"
                                        + name
                                        + "'."));
                          }
                        });
                for (String text : texts(element)) {
                  checkText(text, variables)
                      .forEach(
                          problem -> problems.add(new DeploymentProblem(resource, where, problem)));
                }
              }
            });
    models
        .dmn()
        .forEach(
            (resource, document) -> {
              for (Element element : DeploymentModels.elements(document)) {
                if ("text".equals(element.getLocalName())
                    && CodeInModelsCheck.isJuel(CodeInModelsCheck.dmnLanguage(element))) {
                  String where = DeploymentModels.idOf(element);
                  checkText(element.getTextContent(), variables)
                      .forEach(
                          problem -> problems.add(new DeploymentProblem(resource, where, problem)));
                }
              }
            });
    return new ArrayList<>(problems);
  }

  private List<String> checkText(String text, Set<String> variables) {
    List<String> problems = new ArrayList<>();
    for (String body : ExpressionReferences.expressionsIn(text)) {
      problems.addAll(JuelVocabulary.problemsIn(body, vocabulary, variables));
    }
    return problems;
  }

  /**
   * camunda:x on a BPMN element, or the plain attribute x on a camunda: extension element
   * (listeners).
   */
  private static String camundaAttribute(Element element, String name) {
    if (BPMN_NS.equals(element.getNamespaceURI())) {
      return element.getAttributeNS(CAMUNDA_BPMN_NS, name);
    }
    return CAMUNDA_BPMN_NS.equals(element.getNamespaceURI()) ? element.getAttribute(name) : "";
  }

  /** The element's attribute values and its own text (not its children's). */
  private static List<String> texts(Element element) {
    List<String> texts = new ArrayList<>();
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      texts.add(((Attr) attributes.item(i)).getValue());
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        texts.add(child.getNodeValue());
      }
    }
    return texts;
  }

  static Set<String> knownVariables(DeploymentModels models) {
    Set<String> names = new HashSet<>(documentedVariables());
    models
        .bpmn()
        .values()
        .forEach(
            document ->
                DeploymentModels.elements(document)
                    .forEach(
                        element -> {
                          DECLARING_ATTRIBUTES.forEach(
                              attribute ->
                                  addIfPresent(
                                      names, element.getAttributeNS(CAMUNDA_BPMN_NS, attribute)));
                          if (CAMUNDA_BPMN_NS.equals(element.getNamespaceURI())) {
                            switch (element.getLocalName()) {
                              case "inputParameter", "outputParameter" ->
                                  addIfPresent(names, element.getAttribute("name"));
                              case "in", "out" ->
                                  addIfPresent(names, element.getAttribute("target"));
                              case "formField" -> addIfPresent(names, element.getAttribute("id"));
                              default -> {}
                            }
                          }
                        }));
    models
        .dmn()
        .values()
        .forEach(
            document ->
                DeploymentModels.elements(document)
                    .forEach(
                        element -> {
                          if ("output".equals(element.getLocalName())) {
                            addIfPresent(names, element.getAttribute("name"));
                          }
                        }));
    models.forms().values().forEach(form -> formKeys(form, names));
    return names;
  }

  private static void formKeys(JsonNode node, Set<String> names) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      for (String field : List.of("key", "path")) {
        if (node.hasNonNull(field) && node.get(field).isTextual()) {
          names.add(node.get(field).asText().split("\\.")[0]);
        }
      }
    }
    node.forEach(child -> formKeys(child, names));
  }

  private static Set<String> documentedVariables() {
    Set<String> names = new HashSet<>();
    for (Class<?> variables : APP_VARIABLES) {
      for (Field field : variables.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          try {
            names.add((String) field.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return names;
  }

  private static void addIfPresent(Set<String> names, String name) {
    if (name != null && !name.isBlank() && !name.contains("{")) {
      names.add(name.trim());
    }
  }
}
