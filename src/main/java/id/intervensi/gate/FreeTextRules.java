package id.intervensi.gate;

import static id.intervensi.engine.CommandFields.field;
import static id.intervensi.engine.CommandFields.read;

import id.intervensi.forms.PlainText;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTenantCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The forms' rules for text hold for the text users type outside forms too: task comments,
 * attachment names, a task's name and description, user profiles, group and tenant names. Each
 * place that shows such text (Tasklist, Cockpit, Admin, exports) can then show it as it is.
 */
final class FreeTextRules {

  /** A comment is a note, not a document (the engine stores up to 4,000 characters). */
  static final int MAX_COMMENT = 4000;

  private static final Field COMMENT = field(AddCommentCmd.class, "message");
  private static final Field UPDATED_COMMENT = field(UpdateCommentCmd.class, "message");
  private static final Field ATTACHMENT_NAME = field(CreateAttachmentCmd.class, "attachmentName");
  private static final Field ATTACHMENT_DESCRIPTION =
      field(CreateAttachmentCmd.class, "attachmentDescription");
  private static final Field SAVED_TASK = field(SaveTaskCmd.class, "task");

  /** The task a SaveTaskCmd creates or updates (the command has no getter). */
  static TaskEntity savedTask(SaveTaskCmd command) {
    return (TaskEntity) read(SAVED_TASK, command);
  }

  private static final Field SAVED_USER = field(SaveUserCmd.class, "user");
  private static final Field SAVED_GROUP = field(SaveGroupCmd.class, "group");
  private static final Field SAVED_TENANT = field(SaveTenantCmd.class, "tenant");

  private FreeTextRules() {}

  /** What is wrong with the text this command carries, in Bahasa Indonesia; empty when nothing. */
  static List<String> problems(Command<?> command) {
    List<String> problems = new ArrayList<>();
    if (command instanceof AddCommentCmd) {
      comment((String) read(COMMENT, command), problems);
    } else if (command instanceof UpdateCommentCmd) {
      comment((String) read(UPDATED_COMMENT, command), problems);
    } else if (command instanceof CreateAttachmentCmd) {
      plain("Nama lampiran", (String) read(ATTACHMENT_NAME, command), problems);
      plain("Keterangan lampiran", (String) read(ATTACHMENT_DESCRIPTION, command), problems);
    } else if (command instanceof SaveTaskCmd) {
      TaskEntity task = savedTask((SaveTaskCmd) command);
      if (task != null) {
        plain("Nama tugas", task.getName(), problems);
        plain("Keterangan tugas", task.getDescription(), problems);
      }
    } else if (command instanceof SaveUserCmd) {
      User user = (User) read(SAVED_USER, command);
      if (user != null) {
        plain("Nama depan", user.getFirstName(), problems);
        plain("Nama belakang", user.getLastName(), problems);
        String email = user.getEmail();
        if (email != null && !email.isEmpty() && !PlainText.EMAIL.matcher(email).matches()) {
          problems.add("Email harus berupa alamat email yang valid, misalnya nama@contoh.id.");
        }
      }
    } else if (command instanceof SaveGroupCmd) {
      Group group = (Group) read(SAVED_GROUP, command);
      plain("Nama grup", group == null ? null : group.getName(), problems);
    } else if (command instanceof SaveTenantCmd) {
      Tenant tenant = (Tenant) read(SAVED_TENANT, command);
      plain("Nama tenant", tenant == null ? null : tenant.getName(), problems);
    }
    return problems;
  }

  private static void comment(String message, List<String> problems) {
    plain("Komentar", message, problems);
    if (message != null && message.length() > MAX_COMMENT) {
      problems.add("Komentar maksimal " + MAX_COMMENT + " karakter.");
    }
  }

  private static void plain(String label, String text, List<String> problems) {
    if (PlainText.hasMarkup(text)) {
      problems.add(label + " " + PlainText.MESSAGE + ".");
    }
  }
}
