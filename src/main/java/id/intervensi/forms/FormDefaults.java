package id.intervensi.forms;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What Tasklist would have submitted for a field the caller left out: its default value, and {@code
 * false} for an untouched checkbox. Applied before validation, so a REST client gets the same
 * sensible defaults as a worker in Tasklist, and gateways never meet a missing decision. Whole
 * numbers of integer fields (decimalDigits 0) are stored as Long whichever JSON number type the
 * client sent (Tasklist sends untyped numbers, which would become Integer), so the history shows
 * one type per variable.
 */
@Component
public class FormDefaults {

  private final HideConditions hideConditions;

  public FormDefaults(HideConditions hideConditions) {
    this.hideConditions = hideConditions;
  }

  public void apply(JsonNode schema, VariableScope scope) {
    apply(schema.path("components"), scope, VariableValues.of(scope));
  }

  private void apply(JsonNode components, VariableScope scope, FieldValues values) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      if ("group".equals(type) && c.path("path").asText("").isEmpty()) {
        if (!hideConditions.isHidden(c.path("conditional").path("hide").asText(null), values)) {
          apply(c.path("components"), scope, values);
        }
        continue;
      }
      String key = c.path("key").asText("");
      if (key.isEmpty()
          || c.path("readonly").asBoolean(false)
          || c.path("disabled").asBoolean(false)) {
        continue;
      }
      Object current = scope.getVariable(key);
      if (current != null) {
        normalizeWholeNumber(c, type, key, current, scope);
        continue;
      }
      Object defaultValue = defaultValue(c, type);
      if (defaultValue != null
          && !hideConditions.isHidden(c.path("conditional").path("hide").asText(null), values)) {
        scope.setVariable(key, defaultValue);
      }
    }
  }

  private static void normalizeWholeNumber(
      JsonNode c, String type, String key, Object value, VariableScope scope) {
    if ("number".equals(type)
        && c.path("decimalDigits").asInt(-1) == 0
        && !(value instanceof Long)
        && value instanceof Number number
        && number.doubleValue() == Math.rint(number.doubleValue())
        && !Double.isInfinite(number.doubleValue())) {
      scope.setVariable(key, number.longValue());
    }
  }

  private static Object defaultValue(JsonNode c, String type) {
    JsonNode value = c.get("defaultValue");
    if (value == null || value.isNull()) {
      return "checkbox".equals(type) ? Boolean.FALSE : null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isIntegralNumber()) {
      return value.longValue();
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    return value.isTextual() ? value.textValue() : null;
  }
}
