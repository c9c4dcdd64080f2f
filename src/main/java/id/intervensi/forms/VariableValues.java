package id.intervensi.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Process variables seen as plain Java values: Json variables become Maps and Lists, as a form sees
 * them.
 */
public final class VariableValues {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private VariableValues() {}

  public static FieldValues of(VariableScope scope) {
    return key -> plain(scope.getVariableTyped(key, true));
  }

  /**
   * As {@link #of}, each variable read (and a Json variable parsed) once: for a reader that only
   * reads, such as a submission's validation, where every rule and hide condition asks again.
   */
  public static FieldValues readOnce(VariableScope scope) {
    FieldValues values = of(scope);
    Map<String, Object> read = new HashMap<>();
    return key -> {
      if (read.containsKey(key)) {
        return read.get(key);
      }
      Object value = values.get(key);
      read.put(key, value);
      return value;
    };
  }

  public static Object plain(TypedValue typed) {
    if (typed == null || typed.getValue() == null) {
      return null;
    }
    Object value = typed.getValue();
    if (value instanceof SpinJsonNode json) {
      return readJson(json.toString());
    }
    if (typed instanceof SerializableValue serializable
        && "json".equals(typed.getType().getName())) {
      return readJson(serializable.getValueSerialized());
    }
    return value;
  }

  private static Object readJson(String json) {
    try {
      return json == null ? null : MAPPER.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Variable is not valid JSON", e);
    }
  }
}
