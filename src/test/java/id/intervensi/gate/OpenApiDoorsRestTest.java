package id.intervensi.gate;

import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every endpoint of Camunda's REST API that takes variables, read from the OpenAPI description
 * Camunda publishes for it (camunda-engine-rest-openapi, so an endpoint a later engine adds is
 * walked too), called by every demo role with a variable carrying markup: an endpoint that would
 * write variables answers with a refusal (the gate's 403, or the form guards' 400 where the
 * variables go through a form), an endpoint that only filters by variables writes nothing, and
 * nothing of any call reaches the case, its history or any other case.
 */
@RunningApp
class OpenApiDoorsRestTest {

  static final String WORKER = "peksos1";
  static final List<String> ROLES = List.of(WORKER, "supervisor1", "manajer1", "auditor1", "admin");
  static final String HOSTILE = "pwned";
  static final String MARKUP = "<img src=x onerror=alert(1)>";

  /** Properties of a request body that carry variables (a map of name to value) or filters. */
  static final Set<String> VARIABLE_PROPERTIES =
      Set.of(
          "variables",
          "modifications",
          "processVariables",
          "processVariablesLocal",
          "processVariablesToTriggeredScope",
          "localVariables",
          "variablesLocal");

  /** They take variables but only show what would happen (no write). */
  static final Set<String> DRY_RUNS = Set.of("generateMigrationPlan", "validateMigrationPlan");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;

  static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  final ObjectMapper json = new ObjectMapper();
  JsonNode schemas;

  /** The cycle's definition and the eligibility table, for paths that name one by its id. */
  String definitionId;

  String decisionId;

  record Operation(String method, String path, String id, JsonNode body, boolean writes) {}

  @Test
  void everyEndpointThatTakesVariablesIsCheckedOrRefusedForEveryRole() throws IOException {
    List<Operation> operations = operationsTakingVariables();
    assertThat(operations.stream().map(o -> o.method() + " " + o.path()))
        .as("endpoints found in openapi.json")
        .hasSizeGreaterThan(45)
        .contains(
            "POST /task/{id}/resolve",
            "PUT /task/{id}/localVariables/{varName}",
            "POST /process-instance/{id}/variables",
            "POST /message",
            "POST /signal",
            "POST /task/{id}/submit-form");

    Cases cases = new Cases(port);
    String pi = cases.open(WORKER);
    String task = cases.task(WORKER, pi, TASK_INTAKE_INTERVIEW);
    cases.claim(WORKER, task);
    definitionId =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(PROCESS_ID)
            .latestVersion()
            .singleResult()
            .getId();
    decisionId =
        repositoryService
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey(DECISION_ADMISSION_ELIGIBILITY)
            .latestVersion()
            .singleResult()
            .getId();
    Map<String, Object> before = trace(pi, task);

    List<String> open = new ArrayList<>();
    for (Operation operation : operations) {
      for (String user : ROLES) {
        Rest.Answer answer = call(cases.as(user), cases, user, operation, pi, task);
        boolean succeeded = answer.status() >= 200 && answer.status() < 300;
        if (operation.writes() && succeeded && !DRY_RUNS.contains(operation.id())) {
          open.add(
              operation.method() + " " + operation.path() + " as " + user + ": " + answer.status());
        }
        assertThat(hostileAnywhere(pi))
            .as(
                "%s %s as %s leaves no variable %s",
                operation.method(), operation.path(), user, HOSTILE)
            .isEmpty();
        assertThat(trace(pi, task))
            .as("%s %s as %s leaves the case as it was", operation.method(), operation.path(), user)
            .isEqualTo(before);
      }
    }
    assertThat(open).as("endpoints that wrote variables past the checks").isEmpty();
  }

  /** Non-GET operations whose path or body carries variables. */
  List<Operation> operationsTakingVariables() throws IOException {
    JsonNode api;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi.json")) {
      assertThat(in)
          .as("openapi.json of camunda-engine-rest-openapi on the test class path")
          .isNotNull();
      api = json.readTree(in);
    }
    schemas = api.path("components").path("schemas");
    List<Operation> operations = new ArrayList<>();
    api.path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        method -> {
                          if (!Set.of("post", "put", "delete", "patch").contains(method.getKey())) {
                            return;
                          }
                          JsonNode body = bodySchema(method.getValue());
                          Map<String, JsonNode> properties = properties(body);
                          boolean byPath = path.getKey().toLowerCase().contains("variables");
                          boolean writes =
                              byPath
                                  || properties.entrySet().stream()
                                      .anyMatch(
                                          p ->
                                              VARIABLE_PROPERTIES.contains(p.getKey())
                                                  && isMap(p.getValue()));
                          boolean filters =
                              properties.keySet().stream().anyMatch(VARIABLE_PROPERTIES::contains);
                          if (writes || filters) {
                            operations.add(
                                new Operation(
                                    method.getKey().toUpperCase(),
                                    path.getKey(),
                                    method.getValue().path("operationId").asText(),
                                    body,
                                    writes));
                          }
                        }));
    return operations;
  }

  private JsonNode bodySchema(JsonNode operation) {
    JsonNode content = operation.path("requestBody").path("content");
    JsonNode media = content.path("application/json");
    return resolve(
            media.isMissingNode()
                ? content.elements().hasNext() ? content.elements().next() : media
                : media)
        .path("schema");
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int i = 0; i < 10 && current.has("$ref"); i++) {
      current =
          schemas.path(current.get("$ref").asText().replaceFirst("^#/components/schemas/", ""));
    }
    return current;
  }

  private Map<String, JsonNode> properties(JsonNode schema) {
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    JsonNode resolved = resolve(schema);
    resolved
        .path("properties")
        .fields()
        .forEachRemaining(p -> properties.put(p.getKey(), resolve(p.getValue())));
    for (JsonNode part : resolved.path("allOf")) {
      properties.putAll(properties(part));
    }
    return properties;
  }

  private boolean isMap(JsonNode schema) {
    return resolve(schema).has("additionalProperties");
  }

  /**
   * The operation as {@code user}: path filled with this case's ids, body with a hostile variable.
   */
  private Rest.Answer call(
      Rest rest, Cases cases, String user, Operation operation, String pi, String task) {
    String path = "/engine-rest" + fill(operation.path(), pi, task);
    if (operation.method().equals("DELETE")) {
      return new Rest.Answer(cases.delete(user, path), null);
    }
    Map<String, Object> body = body(operation, pi);
    return operation.method().equals("PUT") ? rest.put(path, body) : rest.post(path, body);
  }

  private String fill(String path, String pi, String task) {
    Matcher parameters = PATH_PARAMETER.matcher(path);
    StringBuilder filled = new StringBuilder();
    while (parameters.find()) {
      String resource =
          path.substring(1, path.indexOf('/', 1) < 0 ? path.length() : path.indexOf('/', 1));
      String value =
          switch (parameters.group(1)) {
            case "varName" -> HOSTILE;
            case "messageName" -> MESSAGE_CLIENT_EXITED;
            case "tenant-id" -> "panti";
            case "key" ->
                resource.startsWith("decision") ? DECISION_ADMISSION_ELIGIBILITY : PROCESS_ID;
            default ->
                switch (resource) {
                  case "task" -> task;
                  case "process-instance", "execution" -> pi;
                  case "process-definition" -> definitionId;
                  case "decision-definition" -> decisionId;
                  default -> "tidak-ada";
                };
          };
      parameters.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    parameters.appendTail(filled);
    return filled.toString();
  }

  /**
   * The hostile variables in every variable property of the body; for endpoints that write
   * variables also every other property this test knows how to fill (ids of the case, a message).
   */
  private Map<String, Object> body(Operation operation, String pi) {
    Map<String, Object> hostile = Map.of(HOSTILE, Map.of("value", MARKUP, "type", "String"));
    Map<String, Object> body = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> property : properties(operation.body()).entrySet()) {
      String name = property.getKey();
      if (VARIABLE_PROPERTIES.contains(name)) {
        body.put(
            name,
            isMap(property.getValue())
                ? hostile
                : List.of(Map.of("name", HOSTILE, "operator", "eq", "value", MARKUP)));
        continue;
      }
      if (!operation.writes()) {
        // an endpoint that only filters by variables gets the filter alone: with the case's id it
        // would act on the case (delete, suspend), which is not what this test is about
        continue;
      }
      Object value =
          switch (name) {
            case "value" -> MARKUP;
            case "type" -> "String";
            case "messageName" -> MESSAGE_CLIENT_EXITED;
            case "name" -> "sinyal";
            case "processInstanceId" -> pi;
            case "processInstanceIds" -> List.of(pi);
            case "instructions", "startInstructions" ->
                List.of(
                    Map.of(
                        "type",
                        "startBeforeActivity",
                        "activityId",
                        TASK_APPROVE_ADMISSION,
                        "variables",
                        Map.of(HOSTILE, Map.of("value", MARKUP, "local", false))));
            case "errorCode", "escalationCode" -> "galat";
            case "workerId" -> "pekerja";
            default -> null;
          };
      if (value != null) {
        body.put(name, value);
      }
    }
    return body;
  }

  /** Variables named {@link #HOSTILE} anywhere in the engine, now or in history. */
  private List<String> hostileAnywhere(String pi) {
    List<String> found = new ArrayList<>();
    if (runtimeService.createVariableInstanceQuery().variableName(HOSTILE).count() > 0) {
      found.add("runtime variable");
    }
    if (historyService.createHistoricVariableInstanceQuery().variableName(HOSTILE).count() > 0) {
      found.add("historic variable");
    }
    for (HistoricDetail detail :
        historyService.createHistoricDetailQuery().processInstanceId(pi).list()) {
      if (detail instanceof HistoricVariableUpdate update
          && HOSTILE.equals(update.getVariableName())) {
        found.add("history detail");
      }
    }
    return found;
  }

  private Map<String, Object> trace(String pi, String taskId) {
    return new CaseTrace(runtimeService, taskService, historyService).of(pi, taskId);
  }
}
