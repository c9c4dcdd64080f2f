package id.intervensi.engine;

import java.lang.reflect.Field;

/**
 * Reads the protected fields of Camunda's internal command classes (the variables a command
 * submits, the query a filter runs), which have no getters. A Camunda upgrade that renames one
 * fails at start-up with the class and field named, not silently.
 */
public final class CommandFields {

  private CommandFields() {}

  public static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(
          "Camunda changed " + type.getName() + ": no field " + name, e);
    }
  }

  public static Object read(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
