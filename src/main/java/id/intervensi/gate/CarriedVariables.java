package id.intervensi.gate;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.ModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.RestartProcessInstanceBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.migration.MigrationPlanExecutionBuilderImpl;

/**
 * Whether a command that moves cases (modification, start at chosen activities, restart, migration)
 * brings variables of its own. Such variables would reach a case past every form, so the gate
 * refuses them; the same command without variables is left to the engine's authorizations. The
 * commands keep their builder in a field without a getter: this finds it by its type, once per
 * class.
 */
final class CarriedVariables {

  private static final ClassValue<List<Field>> BUILDER_FIELDS =
      new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
          List<Field> fields = new ArrayList<>();
          for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
              if (!Modifier.isStatic(field.getModifiers()) && isBuilder(field.getType())) {
                field.setAccessible(true);
                fields.add(field);
              }
            }
          }
          return List.copyOf(fields);
        }
      };

  private CarriedVariables() {}

  static boolean in(Command<?> command) {
    for (Field field : BUILDER_FIELDS.get(command.getClass())) {
      try {
        if (carry(field.get(command))) {
          return true;
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return false;
  }

  private static boolean isBuilder(Class<?> type) {
    return type == ProcessInstanceModificationBuilderImpl.class
        || type == ModificationBuilderImpl.class
        || type == RestartProcessInstanceBuilderImpl.class
        || type == ProcessInstantiationBuilderImpl.class
        || type == MigrationPlanExecutionBuilderImpl.class;
  }

  private static boolean carry(Object builder) {
    if (builder instanceof ProcessInstantiationBuilderImpl start) {
      return notEmpty(start.getVariables()) || carry(start.getModificationBuilder());
    }
    if (builder instanceof ProcessInstanceModificationBuilderImpl modification) {
      return notEmpty(modification.getProcessVariables())
          || carry(modification.getModificationOperations());
    }
    if (builder instanceof ModificationBuilderImpl modification) {
      return carry(modification.getInstructions());
    }
    if (builder instanceof MigrationPlanExecutionBuilderImpl migration) {
      return migration.getMigrationPlan() != null
          && notEmpty(migration.getMigrationPlan().getVariables());
    }
    if (builder instanceof RestartProcessInstanceBuilderImpl restart) {
      return carry(restart.getInstructions());
    }
    return false;
  }

  private static boolean carry(Collection<AbstractProcessInstanceModificationCommand> steps) {
    if (steps == null) {
      return false;
    }
    for (AbstractProcessInstanceModificationCommand step : steps) {
      if (step instanceof AbstractInstantiationCmd instantiation
          && (notEmpty(instantiation.getVariables())
              || notEmpty(instantiation.getVariablesLocal()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean notEmpty(Map<String, Object> variables) {
    return variables != null && !variables.isEmpty();
  }
}
