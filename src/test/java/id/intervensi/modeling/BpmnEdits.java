package id.intervensi.modeling;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Edits of a BPMN file as Modeler makes them when an element is deleted: the element, its
 * references and its layout go.
 */
final class BpmnEdits {

  private BpmnEdits() {}

  /**
   * Removes the elements, their incoming/outgoing references and their diagram shapes and edges.
   */
  static String remove(String xml, String... ids) {
    Set<String> removed = Set.of(ids);
    Document document = parse(xml);
    for (Element element : DeploymentModels.elements(document)) {
      boolean gone =
          removed.contains(element.getAttribute("id"))
              || removed.contains(element.getAttribute("bpmnElement"))
              || (List.of("incoming", "outgoing").contains(element.getLocalName())
                  && removed.contains(element.getTextContent().trim()));
      if (gone && element.getParentNode() != null) {
        element.getParentNode().removeChild(element);
      }
    }
    return write(document);
  }

  /** Points a sequence flow at another element. */
  static String retarget(String xml, String flowId, String targetId) {
    Document document = parse(xml);
    DeploymentModels.elements(document).stream()
        .filter(e -> flowId.equals(e.getAttribute("id")))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No flow " + flowId))
        .setAttribute("targetRef", targetId);
    return write(document);
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String write(Document document) {
    try {
      StringWriter out = new StringWriter();
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
