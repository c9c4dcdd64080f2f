package id.intervensi;

/**
 * Every hook the app adds to the Camunda engine, in the order the engine plugins run (each plugin
 * carries {@code @Order(EngineHooks.X)}; {@code EngineHooksTest} checks the running engine against
 * this list). Plugins run their {@code preInit} in this order, so hooks they append to the same
 * list (command interceptors, parse listeners, deployers) end up in this order too.
 *
 * <table>
 * <caption>Engine hooks</caption>
 * <tr><th>order</th><th>plugin</th><th>adds</th><th>why here</th></tr>
 * <tr><td>{@value #PRODUCTION_SETTINGS}</td><td>security.ProductionSettingsCheck (prod only)</td>
 *     <td>nothing; refuses to start</td><td>an unsafe production start stops before anything is built</td></tr>
 * <tr><td>{@value #MODEL_SANDBOX}</td><td>modeling.ModelSandboxPlugin</td>
 *     <td>expression manager, no script engines, parse and CMMN listeners</td>
 *     <td>every expression the engine evaluates goes through the model vocabulary</td></tr>
 * <tr><td>{@value #DEPLOYMENT_GUARD}</td><td>modeling.DeploymentGuardPlugin</td>
 *     <td>pre-deployer, first of all deployers</td><td>no deployment reaches the engine's deployers unchecked</td></tr>
 * <tr><td>{@value #HISTORY_RETENTION}</td><td>retention.RetentionOnDeployment</td>
 *     <td>post-deployer</td><td>every new process and decision definition keeps its history for
 *     intervensi.history.retention-days, whatever door deployed it</td></tr>
 * <tr><td>{@value #PERSONAL_DATA_HISTORY}</td><td>audit.PersonalDataHistoryPlugin</td>
 *     <td>history event handler</td><td>client identity never reaches the history tables</td></tr>
 * <tr><td>{@value #CASE_NUMBER_ON_TASKS}</td><td>casefile.CaseNumberOnTasks</td>
 *     <td>BPMN parse listener</td><td>tasks carry the case number before the form guards see them</td></tr>
 * <tr><td>{@value #CASE_PROGRESS}</td><td>casefile.CaseProgress</td>
 *     <td>BPMN parse listener (stage entered, scores recorded)</td><td>the case list and file read stage and scores from the app's tables</td></tr>
 * <tr><td>{@value #ASSIGNED_WORKER}</td><td>caseload.AssignedWorkerOnTasks</td>
 *     <td>BPMN parse listener (task create and admission listeners)</td><td>a case's tasks go to its own worker
 *     before anyone sees them in the group's list</td></tr>
 * <tr><td>{@value #COMMAND_GATE}</td><td>gate.CommandGatePlugin</td>
 *     <td>interceptor CommandGate</td><td>a user's command is refused before anything of it runs,
 *     whatever door it came through (fail closed: engine-commands.tsv)</td></tr>
 * <tr><td>{@value #FORM_VALIDATION}</td><td>forms.FormValidationPlugin</td>
 *     <td>parse listener (form guards), interceptors: ValidationExceptionUnwrapper (first of the
 *     chain), SubmittedVariables</td><td>every submission is validated, its refusal reaches the caller as it is</td></tr>
 * <tr><td>{@value #SECURITY}</td><td>security.SecurityEnginePlugin</td>
 *     <td>authorization provider, interceptor QueryExpressionGuard</td><td>after the submission is known, before queries run</td></tr>
 * <tr><td>{@value #INVALID_MODELS}</td><td>web.InvalidModels</td>
 *     <td>interceptor: unreadable models answer 400</td><td>close to the deployment command</td></tr>
 * <tr><td>{@value #TASK_CONFLICTS}</td><td>web.TaskConflicts</td>
 *     <td>interceptor: concurrent completions answer 409</td><td>closest to the command, where the conflict surfaces</td></tr>
 * </table>
 *
 * <p>Hooks that read Camunda's internal command fields ({@code engine.CommandFields}) look the
 * fields up when their class loads: a Camunda upgrade that renames one stops the app at start-up
 * instead of leaving a guard silently open.
 */
public final class EngineHooks {

  public static final int PRODUCTION_SETTINGS = 10;
  public static final int MODEL_SANDBOX = 20;
  public static final int DEPLOYMENT_GUARD = 30;
  public static final int HISTORY_RETENTION = 35;
  public static final int PERSONAL_DATA_HISTORY = 40;
  public static final int CASE_NUMBER_ON_TASKS = 50;
  public static final int CASE_PROGRESS = 51;
  public static final int ASSIGNED_WORKER = 52;
  public static final int COMMAND_GATE = 55;
  public static final int FORM_VALIDATION = 60;
  public static final int SECURITY = 70;
  public static final int INVALID_MODELS = 80;
  public static final int TASK_CONFLICTS = 90;

  private EngineHooks() {}
}
