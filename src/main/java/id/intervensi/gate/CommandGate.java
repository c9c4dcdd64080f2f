package id.intervensi.gate;

import id.intervensi.engine.CaseReaders;
import id.intervensi.security.Groups;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every command a logged-in user causes, through any door (REST API, Tasklist, Cockpit, Admin, the
 * app's own API), passes here before the engine runs it, and only if the table of engine commands
 * gives it a kind the user's role may use:
 *
 * <ul>
 *   <li>a command the table does not know is refused (fail closed);
 *   <li>case data reaches a case only through the form of its step ({@link CommandKind#FORM},
 *       checked by the form guards): writing or removing variables any other way is refused for
 *       every role ({@link CommandKind#CASE_DATA}), and so is moving a case with variables of its
 *       own ({@link CommandKind#CASE_CONTROL});
 *   <li>no standalone tasks: every task comes from a case's cycle;
 *   <li>a candidate of a group task sees of its case what the task list shows until they claim it,
 *       unless they may read the case anyway ({@link TaskDataReads});
 *   <li>auditors only read (and keep their own profile and password);
 *   <li>what the engine reports about itself (metrics, schema log) is for Cockpit's users;
 *   <li>text typed outside forms (comments, attachment names, profiles) follows the forms' text
 *       rules ({@link FreeTextRules});
 *   <li>everything else is left to the engine's authorizations (docs/roles.md).
 * </ul>
 *
 * Commands the engine runs for itself (job executor, the app's start-up) and commands nested in a
 * command already let through are not checked again.
 */
class CommandGate extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(CommandGate.class);

  static final String UNKNOWN =
      "Tindakan ini tidak dikenal oleh Intervensi dan ditolak demi keamanan data kasus.";
  static final String REFUSED = "Tindakan ini tidak tersedia di Intervensi.";
  static final String CASE_DATA =
      "Data kasus hanya dapat diisi atau diubah melalui formulir tahapannya, agar selalu "
          + "diperiksa. Untuk memperbaiki data, kembalikan kasus ke tahap tersebut.";
  static final String CASE_CONTROL_WITH_VARIABLES =
      "Kasus dapat dipindahkan tanpa variabel saja: data kasus hanya diisi melalui formulir "
          + "tahapannya.";
  static final String STANDALONE_TASK =
      "Tugas dibuat oleh siklus kasus, tidak secara manual; tugas lepas tidak dipakai di Intervensi.";
  static final String MONITORING =
      "Data pemantauan mesin (metrik, riwayat skema) hanya untuk manajer, auditor dan administrator.";
  static final List<String> COCKPIT_GROUPS =
      List.of(Groups.MANAGERS, Groups.AUDITORS, Groups.ADMINS);
  static final String READ_ONLY = "Auditor hanya dapat membaca; tindakan ini tidak diizinkan.";

  private final EngineCommands commands;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  CommandGate(
      EngineCommands commands,
      IdentityService identityService,
      TaskService taskService,
      AuthorizationService authorizationService) {
    this.commands = commands;
    this.identityService = identityService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @Override
  public <T> T execute(Command<T> command) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || Context.getCommandContext() != null) {
      return next.execute(command);
    }
    check(command, user);
    Optional<String> task = TaskDataReads.taskIdOf(command);
    if (task.isPresent() && !mayReadCaseOf(task.get(), user)) {
      return TaskDataReads.beforeClaim(command, next.execute(command));
    }
    return next.execute(command);
  }

  private boolean mayReadCaseOf(String taskId, Authentication user) {
    return CaseReaders.mayReadCaseOf(
        taskService, authorizationService, taskId, user.getUserId(), user.getGroupIds());
  }

  private void check(Command<?> command, Authentication user) {
    Optional<CommandKind> found = commands.kindOf(command);
    if (found.isEmpty()) {
      throw refuse(command, user, "not in " + EngineCommands.TABLE, UNKNOWN);
    }
    CommandKind kind = found.get();
    if (kind == CommandKind.READ) {
      return;
    }
    if (kind == CommandKind.REFUSED) {
      throw refuse(command, user, "no role needs it", REFUSED);
    }
    if (kind == CommandKind.MONITORING && !usesCockpit(user)) {
      throw refuse(command, user, "monitoring is for Cockpit users", MONITORING);
    }
    if (kind == CommandKind.CASE_DATA) {
      throw refuse(command, user, "case data outside a form", CASE_DATA);
    }
    if (kind == CommandKind.CASE_CONTROL && CarriedVariables.in(command)) {
      throw refuse(command, user, "moves a case with variables", CASE_CONTROL_WITH_VARIABLES);
    }
    if (command instanceof SaveTaskCmd save
        // SaveTaskCmd both creates and updates: a new task has revision 0
        && FreeTextRules.savedTask(save).getRevision() == 0) {
      throw refuse(command, user, "creates a standalone task", STANDALONE_TASK);
    }
    // a user's own profile and password: the engine lets each user change only their own
    if (isAuditorOnly(user) && !kind.onlyReads() && kind != CommandKind.IDENTITY) {
      throw refuse(command, user, "auditors only read", READ_ONLY);
    }
    List<String> textProblems = FreeTextRules.problems(command);
    if (!textProblems.isEmpty()) {
      LOG.info(
          "Command {} of user {} refused: {}",
          command.getClass().getName(),
          user.getUserId(),
          textProblems);
      throw new FreeTextRefusedException(textProblems);
    }
  }

  private static boolean usesCockpit(Authentication user) {
    List<String> groups = user.getGroupIds();
    return groups != null && groups.stream().anyMatch(COCKPIT_GROUPS::contains);
  }

  private static boolean isAuditorOnly(Authentication user) {
    List<String> groups = user.getGroupIds();
    return groups != null && !groups.isEmpty() && groups.stream().allMatch(Groups.AUDITORS::equals);
  }

  private static CommandRefusedException refuse(
      Command<?> command, Authentication user, String why, String message) {
    LOG.info(
        "Command {} of user {} refused: {}", command.getClass().getName(), user.getUserId(), why);
    return new CommandRefusedException(message);
  }
}
