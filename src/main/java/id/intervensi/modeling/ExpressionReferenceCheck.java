package id.intervensi.modeling;

import static id.intervensi.modeling.DeploymentModels.BPMN_NS;
import static id.intervensi.modeling.DeploymentModels.CAMUNDA_BPMN_NS;

import com.fasterxml.jackson.databind.JsonNode;
import id.intervensi.cycle.CycleVariables;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Delegates and expressions only use what the app provides: a bean named in
 * {@code delegateExpression="${name}"} or called as {@code ${name.method(...)}} exists in the
 * Spring context, and a {@code camunda:class} can be loaded. See {@link ExpressionReferences} for
 * how a bean is told from a process variable: a name called as an object is not flagged if it is
 * one of the engine's own ({@code execution}, {@code task}, {@code decisionResult}, ...) or a
 * variable the models declare (form fields, input/output mappings, multi-instance element
 * variables, initiator, result variables, decision outputs) or the app's own
 * ({@link CycleVariables}).
 */
@Component
@Order(4)
class ExpressionReferenceCheck implements ModelCheck {

  static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "caseExecution",
      "authenticatedUserId", "decisionResult", "loopCounter", "nrOfInstances", "nrOfActiveInstances",
      "nrOfCompletedInstances");
  private static final Set<String> NOT_EXPRESSIONS = Set.of("script", "documentation", "text");
  private static final List<String> DECLARING_ATTRIBUTES =
      List.of("elementVariable", "initiator", "resultVariable");

  private final ApplicationContext applicationContext;

  ExpressionReferenceCheck(ApplicationContext applicationContext) {
    this.applicationContext = applicationContext;
  }

  @Override
  public List<DeploymentProblem> check(DeploymentModels models) {
    Set<String> variables = knownVariables(models);
    Set<DeploymentProblem> problems = new LinkedHashSet<>();
    models.bpmn().forEach((resource, document) -> {
      for (Element element : DeploymentModels.elements(document)) {
        if (NOT_EXPRESSIONS.contains(element.getLocalName()) || !element.getAttribute("language").isBlank()) {
          continue;
        }
        String where = DeploymentModels.idOf(element);
        String className = camundaAttribute(element, "class");
        if (!className.isBlank() && !loadable(className.trim())) {
          problems.add(new DeploymentProblem(resource, where, "kelas Java '" + className.trim()
              + "' tidak ada di aplikasi (camunda:class)."));
        }
        ExpressionReferences.bareName(camundaAttribute(element, "delegateExpression")).ifPresent(name -> {
          if (!beanExists(name)) {
            problems.add(new DeploymentProblem(resource, where, "delegate expression ${" + name
                + "}: aplikasi tidak punya bean '" + name + "'."));
          }
        });
        for (String text : texts(element)) {
          for (String body : ExpressionReferences.expressionsIn(text)) {
            for (String name : ExpressionReferences.callTargets(body)) {
              if (!ENGINE_NAMES.contains(name) && !variables.contains(name) && !beanExists(name)) {
                problems.add(new DeploymentProblem(resource, where, "ekspresi ${" + body.trim() + "} memanggil '"
                    + name + "', tetapi aplikasi tidak punya bean '" + name + "' dan tidak ada variabel proses '"
                    + name + "'."));
              }
            }
          }
        }
      }
    });
    return new ArrayList<>(problems);
  }

  /** camunda:x on a BPMN element, or the plain attribute x on a camunda: extension element (listeners). */
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

  /** A Spring bean (what the engine's SpringExpressionManager resolves), or one of the engine's configured beans. */
  private boolean beanExists(String name) {
    if (applicationContext.containsBean(name)) {
      return true;
    }
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    Map<Object, Object> beans = configuration == null ? null : configuration.getBeans();
    return beans != null && beans.containsKey(name);
  }

  private static boolean loadable(String className) {
    try {
      ReflectUtil.loadClass(className);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  static Set<String> knownVariables(DeploymentModels models) {
    Set<String> names = new HashSet<>(documentedVariables());
    models.bpmn().values().forEach(document -> DeploymentModels.elements(document).forEach(element -> {
      DECLARING_ATTRIBUTES.forEach(attribute -> addIfPresent(names, element.getAttributeNS(CAMUNDA_BPMN_NS, attribute)));
      if (CAMUNDA_BPMN_NS.equals(element.getNamespaceURI())) {
        switch (element.getLocalName()) {
          case "inputParameter", "outputParameter" -> addIfPresent(names, element.getAttribute("name"));
          case "in", "out" -> addIfPresent(names, element.getAttribute("target"));
          case "formField" -> addIfPresent(names, element.getAttribute("id"));
          default -> { }
        }
      }
    }));
    models.dmn().values().forEach(document -> DeploymentModels.elements(document).forEach(element -> {
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
    for (Field field : CycleVariables.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          names.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
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
