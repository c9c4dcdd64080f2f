package id.intervensi.modeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The BPMN, DMN and form files of one deployment, parsed once for all checks. A file that does not
 * parse is left out: Camunda's own parser refuses it with its own message right after the guard.
 */
public final class DeploymentModels {

  public static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  public static final String CAMUNDA_BPMN_NS = "http://camunda.org/schema/1.0/bpmn";
  public static final String DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  public static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Document> bpmn = new LinkedHashMap<>();
  private final Map<String, Document> dmn = new LinkedHashMap<>();
  private final Map<String, JsonNode> forms = new LinkedHashMap<>();
  private final List<String> others = new ArrayList<>();

  private DeploymentModels() {}

  /**
   * @param resources resource name to its bytes, as in the deployment
   */
  public static DeploymentModels of(Map<String, byte[]> resources) {
    DeploymentModels models = new DeploymentModels();
    resources.forEach(
        (name, bytes) -> {
          if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
            parseXml(bytes).ifPresent(document -> models.bpmn.put(name, document));
          } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
            parseXml(bytes).ifPresent(document -> models.dmn.put(name, document));
          } else if (name.endsWith(".form")) {
            try {
              models.forms.put(name, JSON.readTree(bytes));
            } catch (IOException e) {
              models.forms.put(name, null);
            }
          } else {
            models.others.add(name);
          }
        });
    return models;
  }

  public Map<String, Document> bpmn() {
    return bpmn;
  }

  public Map<String, Document> dmn() {
    return dmn;
  }

  /** Resource name to the form's JSON; null for a file that is not valid JSON. */
  public Map<String, JsonNode> forms() {
    return forms;
  }

  /** Resources that are neither BPMN, DMN nor forms (CMMN, scripts, anything else). */
  public List<String> others() {
    return others;
  }

  /** The ids of the Camunda Forms in this deployment (their "id", which formRef refers to). */
  public List<String> formIds() {
    List<String> ids = new ArrayList<>();
    forms
        .values()
        .forEach(
            form -> {
              if (form != null && form.hasNonNull("id")) {
                ids.add(form.get("id").asText());
              }
            });
    return ids;
  }

  /** Every element of the document, depth first. */
  static List<Element> elements(Document document) {
    List<Element> all = new ArrayList<>();
    collect(document.getDocumentElement(), all);
    return all;
  }

  private static void collect(Element element, List<Element> all) {
    all.add(element);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        collect(childElement, all);
      }
    }
  }

  /** The nearest element (itself or an ancestor) with an id: the one a problem is reported on. */
  static String idOf(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (e.hasAttribute("id") && !e.getLocalName().equals("definitions")) {
        return e.getAttribute("id");
      }
    }
    return null;
  }

  /** "Wawancara intake (Task_IntakeInterview)" or just the id. */
  static String label(Element element) {
    String id = idOf(element);
    String name = element.getAttribute("name");
    return name.isBlank() || name.contains("${") ? "'" + id + "'" : "'" + name + "' (" + id + ")";
  }

  private static Optional<Document> parseXml(byte[] bytes) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return Optional.of(builder.parse(new ByteArrayInputStream(bytes)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      return Optional.empty();
    }
  }
}
