package id.intervensi.forms;

import java.util.Map;

/**
 * Read access to the data a form is validated against: plain Java values (String, Number, Boolean,
 * List, Map, Date).
 */
@FunctionalInterface
public interface FieldValues {

  /** The value stored under {@code key}, or null when there is none. */
  Object get(String key);

  static FieldValues of(Map<String, ?> values) {
    return values::get;
  }

  /** Values of one dynamic-list item or nested group, falling back to the enclosing values. */
  default FieldValues nested(Map<?, ?> inner) {
    FieldValues outer = this;
    return key -> inner.containsKey(key) ? inner.get(key) : outer.get(key);
  }
}
