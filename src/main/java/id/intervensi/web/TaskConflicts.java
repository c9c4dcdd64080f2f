package id.intervensi.web;

import static id.intervensi.engine.CommandFields.field;
import static id.intervensi.engine.CommandFields.read;

import id.intervensi.EngineHooks;
import id.intervensi.refusal.WordedForUsers;
import jakarta.ws.rs.core.Response.Status;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetIdentityLinksForTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two people working the same task at the same moment. The database lets exactly one completion (or
 * claim) through: the task row is deleted (or updated) only at the revision the attempt read. The
 * other attempt fails, and how depends on the moment it read the rows: an
 * OptimisticLockingException, "task not found", a missing authorization (the task's grants went
 * with it), or an error further along a process it saw half moved on. Camunda's REST API turns
 * these into a 500 or a 403 with an English message. This interceptor (outside the transaction,
 * after the rollback) answers the loser with 409 Conflict and a message in Bahasa Indonesia
 * instead, in /engine-rest and in Tasklist alike: it throws Camunda's own {@link RestException},
 * whose status the task endpoints pass on. Nothing of the losing attempt is saved, so no next task
 * can appear twice.
 */
@Component
@Order(EngineHooks.TASK_CONFLICTS)
public class TaskConflicts extends AbstractProcessEnginePlugin {

  static final String COMPLETED_BY_OTHER =
      "Tugas ini sudah diselesaikan oleh pengguna lain. Muat ulang daftar tugas; data Anda tidak disimpan.";
  static final String CLAIMED_BY_OTHER =
      "Tugas ini sudah diambil oleh pengguna lain. Muat ulang daftar tugas.";

  static final String TASK_GONE = "Tugas ini sudah selesai atau dihapus. Muat ulang daftar tugas.";

  /**
   * The commands that complete or claim a task, with the field holding its id (they have no
   * getter).
   */
  private static final Map<Class<?>, Field> TASK_COMMANDS =
      Map.of(
          CompleteTaskCmd.class, field(CompleteTaskCmd.class, "taskId"),
          SubmitTaskFormCmd.class, field(SubmitTaskFormCmd.class, "taskId"),
          ClaimTaskCmd.class, field(ClaimTaskCmd.class, "taskId"));

  private static final Field IDENTITY_LINKS_TASK =
      field(GetIdentityLinksForTaskCmd.class, "taskId");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Translator());
  }

  /** 409 Conflict with a message for the user; the REST API keeps the status. */
  public static class TaskConflictException extends RestException implements WordedForUsers {
    TaskConflictException(String message, Exception cause) {
      super(Status.CONFLICT, cause, message);
    }
  }

  /**
   * 404 Not Found: the task went while the REST API was reading it. Tasklist asks for the task it
   * has just completed while the completion commits; the API reads the task, then its identity
   * links in a second command, which then finds no task (Camunda answers 500).
   */
  public static class TaskGoneException extends RestException implements WordedForUsers {
    TaskGoneException(Exception cause) {
      super(Status.NOT_FOUND, cause, TASK_GONE);
    }
  }

  static class Translator extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof GetIdentityLinksForTaskCmd) {
        try {
          return next.execute(command);
        } catch (NullValueException e) {
          if (isFinished((String) read(IDENTITY_LINKS_TASK, command))) {
            throw new TaskGoneException(e);
          }
          throw e;
        }
      }
      Field taskId = TASK_COMMANDS.get(command.getClass());
      if (taskId == null) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        // Whatever the losing attempt ran into, if the task is finished now, someone else
        // completed it: the attempt was rolled back and the answer is the same conflict.
        if (isFinished((String) read(taskId, command))) {
          throw new TaskConflictException(COMPLETED_BY_OTHER, e);
        }
        if (command instanceof ClaimTaskCmd
            && (causedBy(e, OptimisticLockingException.class)
                || causedBy(e, TaskAlreadyClaimedException.class))) {
          throw new TaskConflictException(CLAIMED_BY_OTHER, e);
        }
        if (causedBy(e, OptimisticLockingException.class)) {
          throw new TaskConflictException(COMPLETED_BY_OTHER, e);
        }
        throw e;
      }
    }

    private boolean isFinished(String taskId) {
      if (taskId == null) {
        return false;
      }
      HistoricTaskInstance task =
          next.execute(
              context ->
                  context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId));
      return task != null && task.getEndTime() != null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (type.isInstance(t)) {
          return true;
        }
      }
      return false;
    }
  }
}
