package id.intervensi.cycle;

/** Names of the process variables the Java code reads or writes; all are described in docs/process-variables.md. */
public final class CycleVariables {

  public static final String CASE_NUMBER = "caseNumber";
  public static final String CLIENT_ID = "clientId";
  public static final String CLIENT_AGE = "clientAge";
  public static final String CASE_OPENED_BY = "caseOpenedBy";
  public static final String ADMISSION_OUTCOME = "admissionOutcome";
  public static final String TERMINATION_REASON = "terminationReason";
  public static final String TERMINATION_REQUEST_NOTE = "terminationRequestNote";
  public static final String TERMINATION_REQUESTED_BY = "terminationRequestedBy";
  public static final String EXIT_REASON = "exitReason";
  public static final String EXIT_NOTE = "exitNote";
  public static final String EXIT_REPORTED_BY = "exitReportedBy";
  public static final String BARTHEL_SCORE = "barthelScore";
  public static final String LAWTON_SCORE = "lawtonScore";
  public static final String GDS_SCORE = "gdsScore";
  public static final String BASELINE_PREFIX = "baseline";
  public static final String GOALS = "goals";
  public static final String ACTIVITIES = "activities";
  public static final String EVALUATION_INTERVAL = "evaluationInterval";
  public static final String AFTER_CARE_FOLLOW_UP = "afterCareFollowUp";
  public static final String AFTER_CARE_INTERVAL = "afterCareInterval";

  private CycleVariables() {}
}
