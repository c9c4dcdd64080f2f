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
  private final Map<String, JsonNode> cache = new ConcurrentHashMap<>();

  /**
   * Must run inside an engine command (a listener); reads without the current user's
   * authorizations.
   */
  public JsonNode find(CamundaFormRef formRef, String deploymentId) {
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
