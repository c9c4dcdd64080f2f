package id.intervensi.cycle;

/**
 * Stable ids of the cycle's Camunda Forms (forms/*.form, the {@code id} of each file), which the
 * models reference by {@code camunda:formRef}. The rules of a form, the tests and
 * docs/process-variables.md name them: change them only together with the form and the model.
 */
public final class CycleForms {

  /** The start form of StartEvent_CaseOpened. */
  public static final String CASE_OPENING = "case-opening";

  public static final String INTAKE_INTERVIEW = "intake-interview";
  public static final String ADMISSION_APPROVAL = "admission-approval";
  public static final String SERVICE_CONTRACT = "service-contract";
  public static final String REFERRAL = "referral";
  public static final String ASSESSMENT = "assessment";
  public static final String INTERVENTION_PLAN = "intervention-plan";
  public static final String PLAN_APPROVAL = "plan-approval";
  public static final String ACTIVITY_REPORT = "activity-report";
  public static final String EVALUATION_FOLLOW_UP = "evaluation-follow-up";
  public static final String OVERDUE_EVALUATION_REVIEW = "overdue-evaluation-review";
  public static final String EVALUATION = "evaluation";
  public static final String TERMINATION = "termination";
  public static final String AFTER_CARE_FOLLOW_UP = "after-care-follow-up";
  public static final String SERVICE_REFERRAL = "service-referral";
  public static final String REFERRAL_FOLLOW_UP = "referral-follow-up";

  /** The start form of the group-session process (processes/group-session.bpmn). */
  public static final String GROUP_SESSION_START = "group-session-start";

  /** The attendance form of a group session. */
  public static final String GROUP_SESSION = "group-session";

  private CycleForms() {}
}
