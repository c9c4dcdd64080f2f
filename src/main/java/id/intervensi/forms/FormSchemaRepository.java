package id.intervensi.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/**
 * Finds the deployed Camunda Form a task or start event refers to (camunda:formRef) and parses it.
 * Deployed resources never change, so parsed forms are cached by their definition id.
 */
@Component
public class FormSchemaRepository {

  private final ObjectMapper objectMapper = new ObjectMapper();
  private static final String DEPLOYMENT_BINDING = "deployment";

  private final Map<String, JsonNode> cache = new ConcurrentHashMap<>();

  /** Parsed forms by deployment id and form key, for formRefBinding="deployment". */
  private final Map<String, JsonNode> byDeployment = new ConcurrentHashMap<>();

  /**
   * Must run inside an engine command (a listener); reads without the current user's
   * authorizations.
   */
  public JsonNode find(CamundaFormRef formRef, String deploymentId) {
    // formRefBinding="deployment" (every form of the cycle): the form of that deployment, which
    // never changes, so the definition is not looked up again on every submission (a query each)
    String sameDeployment =
        DEPLOYMENT_BINDING.equals(formRef.getBinding())
            ? deploymentId + "/" + formRef.getKey()
            : null;
    if (sameDeployment != null) {
      JsonNode known = byDeployment.get(sameDeployment);
      if (known != null) {
        return known;
      }
    }
    JsonNode schema = lookUp(formRef, deploymentId);
    if (sameDeployment != null) {
      byDeployment.put(sameDeployment, schema);
    }
    return schema;
  }

  private JsonNode lookUp(CamundaFormRef formRef, String deploymentId) {
    CommandContext commandContext = Context.getCommandContext();
    CamundaFormDefinition definition =
        commandContext.runWithoutAuthorization(
            new GetCamundaFormDefinitionCmd(formRef, deploymentId));
    if (definition == null) {
      throw new IllegalStateException(
          "No deployed Camunda Form for " + formRef + " in deployment " + deploymentId);
    }
    return cache.computeIfAbsent(
        definition.getId(),
        id -> parse(commandContext, definition.getDeploymentId(), definition.getResourceName()));
  }

  private JsonNode parse(CommandContext commandContext, String deploymentId, String resourceName) {
    try (InputStream in =
        commandContext.runWithoutAuthorization(
            new GetDeploymentResourceCmd(deploymentId, resourceName))) {
      return objectMapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read form " + resourceName, e);
    }
  }
}
