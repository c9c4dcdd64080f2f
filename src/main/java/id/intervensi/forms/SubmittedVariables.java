package id.intervensi.forms;

import static id.intervensi.engine.CommandFields.field;
import static id.intervensi.engine.CommandFields.read;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The names of the variables a task completion was submitted with. The form guard sees only the
 * task's variable scope, which also holds every variable of the case: to refuse a variable that is
 * not a field of the form it must know what the caller sent. This interceptor reads it from the
 * completion command and keeps it for the thread while the command runs.
 */
class SubmittedVariables extends CommandInterceptor {

  private static final ThreadLocal<Deque<Set<String>>> CURRENT =
      ThreadLocal.withInitial(ArrayDeque::new);
  private static final Field SUBMITTED_FORM = field(SubmitTaskFormCmd.class, "properties");
  private static final Field COMPLETED_WITH = field(CompleteTaskCmd.class, "variables");

  /**
   * The names submitted with the task completion running on this thread, or null outside of one.
   */
  static Set<String> current() {
    return CURRENT.get().peek();
  }

  @Override
  public <T> T execute(Command<T> command) {
    Field variables =
        command instanceof SubmitTaskFormCmd
            ? SUBMITTED_FORM
            : command instanceof CompleteTaskCmd ? COMPLETED_WITH : null;
    if (variables == null) {
      return next.execute(command);
    }
    Map<?, ?> submitted = (Map<?, ?>) read(variables, command);
    Deque<Set<String>> stack = CURRENT.get();
    stack.push(
        submitted == null
            ? Set.of()
            : submitted.keySet().stream()
                .map(String::valueOf)
                .collect(Collectors.toUnmodifiableSet()));
    try {
      return next.execute(command);
    } finally {
      stack.pop();
      if (stack.isEmpty()) {
        CURRENT.remove();
      }
    }
  }
}
