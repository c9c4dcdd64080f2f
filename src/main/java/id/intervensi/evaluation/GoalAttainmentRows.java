package id.intervensi.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.intervensi.cycle.UsableInModels;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * {@code ${goalAttainmentRows.fromPlan(goals)}}: the input mapping of {@code
 * Task_EvaluateIntervention} gives every evaluation a fresh, task-local {@code goalAttainment} with
 * one row per goal of the approved plan (the goal filled in, attainment and notes empty), so the
 * evaluator rates each goal of this round's plan instead of retyping it or finding last round's
 * ratings.
 */
@UsableInModels("Baris pencapaian tujuan untuk formulir evaluasi.")
@Component("goalAttainmentRows")
public class GoalAttainmentRows {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @UsableInModels("fromPlan(goals): satu baris per tujuan rencana intervensi (input mapping)")
  public JsonValue fromPlan(Object goals) {
    ArrayNode rows = MAPPER.createArrayNode();
    for (JsonNode goal : read(goals)) {
      String text = goal.path("goal").asText("").trim();
      if (!text.isEmpty()) {
        ObjectNode row = rows.addObject();
        row.put("goal", text);
      }
    }
    return SpinValues.jsonValue(rows.toString()).create();
  }

  /**
   * The plan's goals as a JSON array, whether the engine hands over a Spin node, a Json string or
   * nothing.
   */
  private static JsonNode read(Object goals) {
    if (goals == null) {
      return MAPPER.createArrayNode();
    }
    try {
      JsonNode node = MAPPER.readTree(goals.toString());
      return node != null && node.isArray() ? node : MAPPER.createArrayNode();
    } catch (JsonProcessingException e) {
      return MAPPER.createArrayNode();
    }
  }
}
