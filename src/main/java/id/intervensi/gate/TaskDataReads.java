package id.intervensi.gate;

import static id.intervensi.engine.CommandFields.field;
import static id.intervensi.engine.CommandFields.read;

import id.intervensi.casefile.CaseVariables;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetRenderedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The commands that read a case's data through one of its tasks (variables, form variables, the
 * rendered form, comments, attachments). Being a candidate of a group task lets a social worker see
 * the task and claim it; these reads would show the whole case. Until the worker holds the task (or
 * may read the case anyway), they get what the task list shows of it, the case number and the
 * client's age, and no comments or attachments (docs/roles.md).
 */
final class TaskDataReads {

  /** What a candidate sees of a case before claiming its task: what the task card shows. */
  static final Set<String> BEFORE_CLAIM =
      Set.of(CaseVariables.CASE_NUMBER, CaseVariables.CLIENT_AGE);

  private static final Field FORM_RESOURCE = field(AbstractGetFormVariablesCmd.class, "resourceId");
  private static final Field VARIABLE_NAME = field(GetTaskVariableCmd.class, "variableName");
  private static final Field TYPED_VARIABLE_NAME =
      field(GetTaskVariableCmdTyped.class, "variableName");

  private static final Map<Class<?>, Field> TASK_ID =
      Map.ofEntries(
          Map.entry(GetTaskVariableCmd.class, field(GetTaskVariableCmd.class, "taskId")),
          Map.entry(GetTaskVariableCmdTyped.class, field(GetTaskVariableCmdTyped.class, "taskId")),
          Map.entry(GetTaskVariablesCmd.class, field(GetTaskVariablesCmd.class, "taskId")),
          Map.entry(GetTaskFormVariablesCmd.class, FORM_RESOURCE),
          Map.entry(GetRenderedTaskFormCmd.class, field(GetRenderedTaskFormCmd.class, "taskId")),
          Map.entry(GetTaskCommentsCmd.class, field(GetTaskCommentsCmd.class, "taskId")),
          Map.entry(GetTaskCommentCmd.class, field(GetTaskCommentCmd.class, "taskId")),
          Map.entry(GetTaskAttachmentsCmd.class, field(GetTaskAttachmentsCmd.class, "taskId")),
          Map.entry(GetTaskAttachmentCmd.class, field(GetTaskAttachmentCmd.class, "taskId")),
          Map.entry(
              GetTaskAttachmentContentCmd.class,
              field(GetTaskAttachmentContentCmd.class, "taskId")));

  private TaskDataReads() {}

  /** The id of the task whose case data this command reads; empty for any other command. */
  static Optional<String> taskIdOf(Command<?> command) {
    Field taskId = TASK_ID.get(command.getClass());
    return taskId == null ? Optional.empty() : Optional.ofNullable((String) read(taskId, command));
  }

  /**
   * The part of a command's result that a candidate may see before claiming: the card's variables
   * of a variable map, a single variable only if it is one of them, no comments, attachments or
   * rendered form (the REST API answers an empty list or "not found").
   */
  @SuppressWarnings("unchecked")
  static <T> T beforeClaim(Command<T> command, T result) {
    if (result instanceof VariableMap variables) {
      VariableMap shown = Variables.createVariables();
      for (String name : BEFORE_CLAIM) {
        if (variables.containsKey(name)) {
          shown.putValueTyped(name, variables.getValueTyped(name));
        }
      }
      return (T) shown;
    }
    if (command instanceof GetTaskVariableCmd) {
      return BEFORE_CLAIM.contains((String) read(VARIABLE_NAME, command)) ? result : null;
    }
    if (command instanceof GetTaskVariableCmdTyped) {
      return BEFORE_CLAIM.contains((String) read(TYPED_VARIABLE_NAME, command)) ? result : null;
    }
    if (result instanceof List<?>) {
      return (T) List.of();
    }
    return null;
  }
}
