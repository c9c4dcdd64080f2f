package id.intervensi.modeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What Camunda Modeler needs to open a file cleanly, beyond what bpmnlint checks: the Camunda 7.24
 * execution platform set (or Modeler asks which engine the file is for, and its lint rules do not
 * apply), a diagram shape or edge for every element (elements without one are invisible in
 * Modeler), no shape pointing at nothing, and forms that Modeler's form editor accepts.
 */
final class ModelerFileChecks {

  static final String PLATFORM = "Camunda Platform";
  static final String PLATFORM_VERSION = "7.24";
  private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final Set<String> VISUAL_BPMN =
      Set.of(
          "subProcess",
          "adHocSubProcess",
          "transaction",
          "callActivity",
          "sequenceFlow",
          "messageFlow",
          "association",
          "dataObjectReference",
          "dataStoreReference",
          "textAnnotation",
          "group",
          "participant",
          "lane");
  private static final Set<String> VISUAL_DMN =
      Set.of(
          "decision", "inputData", "businessKnowledgeModel", "knowledgeSource", "textAnnotation");

  private ModelerFileChecks() {}

  static List<String> bpmn(Path file) {
    Document document = xml(file);
    List<String> problems = new ArrayList<>();
    platform(document, problems);
    Set<String> drawn = referenced(document, "bpmnElement");
    Set<String> ids = new HashSet<>();
    for (Element element : DeploymentModels.elements(document)) {
      if (element.hasAttribute("id")) {
        ids.add(element.getAttribute("id"));
      }
      String kind = element.getLocalName();
      boolean visual =
          kind.endsWith("Event")
              || kind.endsWith("Task")
              || kind.equals("task")
              || kind.endsWith("Gateway")
              || VISUAL_BPMN.contains(kind);
      if (BPMN_NS.equals(element.getNamespaceURI())
          && visual
          && !drawn.contains(element.getAttribute("id"))) {
        problems.add(element.getAttribute("id") + " has no diagram layout");
      }
    }
    drawn.stream()
        .filter(id -> !ids.contains(id))
        .forEach(id -> problems.add("layout refers to unknown element " + id));
    return problems;
  }

  static List<String> dmn(Path file) {
    Document document = xml(file);
    List<String> problems = new ArrayList<>();
    platform(document, problems);
    Set<String> drawn = referenced(document, "dmnElementRef");
    for (Element element : DeploymentModels.elements(document)) {
      if (DMN_NS.equals(element.getNamespaceURI())
          && VISUAL_DMN.contains(element.getLocalName())
          && !drawn.contains(element.getAttribute("id"))) {
        problems.add(element.getAttribute("id") + " has no DMNDI shape");
      }
    }
    return problems;
  }

  static List<String> form(Path file) {
    JsonNode form;
    try {
      form = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      return List.of("not valid JSON: " + e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    if (!form.path("id").isTextual() || form.path("id").asText().isBlank()) {
      problems.add("no id");
    }
    if (!form.path("schemaVersion").isInt()) {
      problems.add("no schemaVersion");
    }
    if (!PLATFORM.equals(form.path("executionPlatform").asText())) {
      problems.add("executionPlatform is not " + PLATFORM);
    }
    if (!form.path("executionPlatformVersion").asText().startsWith(PLATFORM_VERSION)) {
      problems.add("executionPlatformVersion is not " + PLATFORM_VERSION + ".x");
    }
    if (!form.path("components").isArray()) {
      problems.add("no components");
    }
    return problems;
  }

  private static void platform(Document document, List<String> problems) {
    Element definitions = document.getDocumentElement();
    if (!PLATFORM.equals(definitions.getAttributeNS(MODELER_NS, "executionPlatform"))) {
      problems.add("executionPlatform is not " + PLATFORM);
    }
    if (!definitions
        .getAttributeNS(MODELER_NS, "executionPlatformVersion")
        .startsWith(PLATFORM_VERSION)) {
      problems.add("executionPlatformVersion is not " + PLATFORM_VERSION + ".x");
    }
  }

  private static Set<String> referenced(Document document, String attribute) {
    Set<String> ids = new HashSet<>();
    for (Element element : DeploymentModels.elements(document)) {
      if (element.hasAttribute(attribute) && !element.getLocalName().endsWith("Plane")) {
        ids.add(element.getAttribute(attribute).replaceFirst("^#", ""));
      }
    }
    return ids;
  }

  private static Document xml(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(in);
    } catch (Exception e) {
      throw new AssertionError("Cannot parse " + file + ": " + e.getMessage(), e);
    }
  }
}
