package id.intervensi.modeling;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/**
 * One reason a deployment is refused: the resource, the element (its BPMN/DMN id, or null for the
 * whole file) and what is wrong, in Bahasa Indonesia. A Camunda {@link Problem}, so the REST API
 * lists it under "details" like a parse error.
 */
public record DeploymentProblem(String resource, String elementId, String message)
    implements Problem {

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public int getLine() {
    return 0;
  }

  @Override
  public int getColumn() {
    return 0;
  }

  @Override
  public String getMainElementId() {
    return elementId;
  }

  @Override
  public List<String> getElementIds() {
    return elementId == null ? List.of() : List.of(elementId);
  }

  /** "processes/x.bpmn, Task_A: message", as the refusal message lists it. */
  String describe() {
    return resource + (elementId == null ? "" : ", " + elementId) + ": " + message;
  }
}
