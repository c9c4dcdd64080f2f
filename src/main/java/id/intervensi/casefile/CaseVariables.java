package id.intervensi.casefile;

/**
 * Process variables the case opening writes (CaseOpeningListener), described in
 * docs/process-variables.md.
 */
public final class CaseVariables {

  /**
   * The case number, also the business key; every user task carries it as a local variable too
   * (CaseNumberOnTasks).
   */
  public static final String CASE_NUMBER = "caseNumber";

  /** Id of the client in the client table. */
  public static final String CLIENT_ID = "clientId";

  /**
   * The client's sex, F or M, from the client record: an input of the eligibility table (a home may
   * admit women only). Same name as the start form's field, so never written to history.
   */
  public static final String CLIENT_SEX = "clientSex";

  /** Age in whole years on the opening day. */
  public static final String CLIENT_AGE = "clientAge";

  /**
   * Who opened the case: written by the engine as the start event's camunda:initiator, read by the
   * case opening.
   */
  public static final String CASE_OPENED_BY = "caseOpenedBy";

  private CaseVariables() {}
}
