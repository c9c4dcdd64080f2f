package id.intervensi.cycle;

/**
 * Names of process variables the Java code reads that no feature computes: fields of the forms, and
 * variables the model writes. Also the two a case's closure (casefile) reads from termination,
 * which cannot live there since termination builds on casefile. A variable the server computes is
 * named by the feature that computes it ({@code casefile.CaseVariables}, {@code
 * termination.TerminationVariables}, {@code assessment.ScoreVariables}). All are described in
 * docs/process-variables.md.
 */
public final class CycleVariables {

  /** Written by the model at the end events of SubProcess_Intake. */
  public static final String ADMISSION_OUTCOME = "admissionOutcome";

  /** Written by termination.TerminationReasonRecorder; read when the case closes. */
  public static final String TERMINATION_REASON = "terminationReason";

  /** Carried by message ClientExited (termination.CaseTermination); read when the case closes. */
  public static final String EXIT_REASON = "exitReason";

  // fields of intake-interview
  public static final String DTSEN_NOT_REGISTERED = "dtsenNotRegistered";
  public static final String DTSEN_DECILE = "dtsenDecile";

  // fields of assessment and evaluation: who gave the information, and on which day
  public static final String ASSESSMENT_INFORMATION_DATE = "assessmentInformationDate";
  public static final String EVALUATION_INFORMATION_DATE = "evaluationInformationDate";

  // fields of evaluation
  public static final String EVALUATION_OUTCOME = "evaluationOutcome";
  public static final String OBSTACLES = "obstacles";
  public static final String EVALUATION_NOTES = "evaluationNotes";

  // fields of intervention-plan
  public static final String GOALS = "goals";
  public static final String ACTIVITIES = "activities";
  public static final String EVALUATION_INTERVAL = "evaluationInterval";

  // fields of termination
  public static final String AFTER_CARE_FOLLOW_UP = "afterCareFollowUp";
  public static final String AFTER_CARE_INTERVAL = "afterCareInterval";

  private CycleVariables() {}
}
