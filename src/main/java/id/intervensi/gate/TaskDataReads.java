package id.intervensi.gate;

import static id.intervensi.engine.CommandFields.field;
import static id.intervensi.engine.CommandFields.read;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
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

/**
 * The commands that read a case's data through one of its tasks (variables, form variables, the
 * rendered form, comments, attachments), with the field that holds the task's id. Being a candidate
 * of a task lets a worker see and claim it; these reads show the whole case, so the gate lets them
 * through only for whoever may read the case anyway (docs/roles.md).
 */
final class TaskDataReads {

  private static final Map<Class<?>, Field> TASK_ID =
      Map.ofEntries(
          Map.entry(GetTaskVariableCmd.class, field(GetTaskVariableCmd.class, "taskId")),
          Map.entry(GetTaskVariableCmdTyped.class, field(GetTaskVariableCmdTyped.class, "taskId")),
          Map.entry(GetTaskVariablesCmd.class, field(GetTaskVariablesCmd.class, "taskId")),
          Map.entry(
              GetTaskFormVariablesCmd.class,
              field(AbstractGetFormVariablesCmd.class, "resourceId")),
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
}
