package id.intervensi.gate;

/**
 * What an engine command does to a case, as {@code engine-commands.tsv} lists it for every command
 * class of Camunda. {@link CommandGate} decides by the kind, never by the endpoint that sent it.
 */
enum CommandKind {
  /** reads only */
  READ,
  /** submits a task's form or starts a case at its start event: the form guards check the data */
  FORM,
  /** works a user task (claim, assignee, comments) without writing case variables */
  TASK,
  /** writes or removes case variables outside a form: refused, case data comes from the forms */
  CASE_DATA,
  /** moves or changes running cases (modification, migration, suspension): never with variables */
  CASE_CONTROL,
  /** deployments and definitions (checked by the deployment guard) */
  MODELING,
  /** users, groups, memberships, tenants, authorizations, passwords */
  IDENTITY,
  /** deletes or changes history */
  HISTORY,
  /** operates the engine: batches, job definitions, properties, filters */
  OPERATION,
  /**
   * reads about the engine, not about cases (metrics, schema log, telemetry, license): for the
   * users of Cockpit only (managers, auditors, administrators)
   */
  MONITORING,
  /** no user of Intervensi needs it and it writes: refused for everyone */
  REFUSED;

  /** Whether commands of this kind only read. */
  boolean onlyReads() {
    return this == READ || this == MONITORING;
  }
}
