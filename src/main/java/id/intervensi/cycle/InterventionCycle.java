package id.intervensi.cycle;

/**
 * Stable ids of the intervention cycle (processes/intervention-cycle.bpmn). Other systems, the
 * tests and Tasklist filters depend on them: change them only together with the model.
 */
public final class InterventionCycle {

  public static final String PROCESS_ID = "intervention-cycle";

  public static final String START_CASE_OPENED = "StartEvent_CaseOpened";
  public static final String TASK_INTAKE_INTERVIEW = "Task_IntakeInterview";
  public static final String TASK_DECIDE_ELIGIBILITY = "Task_DecideEligibility";
  public static final String TASK_APPROVE_ADMISSION = "Task_ApproveAdmission";
  public static final String TASK_SIGN_SERVICE_CONTRACT = "Task_SignServiceContract";
  public static final String TASK_REFER_TO_OTHER_RESOURCE = "Task_ReferToOtherResource";
  public static final String TASK_ASSESS_CLIENT = "Task_AssessClient";
  public static final String TASK_DETERMINE_FUNCTIONING_LEVEL = "Task_DetermineFunctioningLevel";
  public static final String TASK_PLAN_INTERVENTION = "Task_PlanIntervention";
  public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
  public static final String TASK_CARRY_OUT_ACTIVITY = "Task_CarryOutActivity";
  public static final String TASK_EVALUATION_FOLLOW_UP = "Task_EvaluationFollowUp";
  public static final String TASK_REVIEW_OVERDUE_EVALUATION = "Task_ReviewOverdueEvaluation";
  public static final String TASK_EVALUATE_INTERVENTION = "Task_EvaluateIntervention";
  public static final String TASK_TERMINATE = "Task_Terminate";
  public static final String TASK_AFTER_CARE_FOLLOW_UP = "Task_AfterCareFollowUp";
  public static final String TASK_REFER_TO_RESOURCE_SYSTEM = "Task_ReferToResourceSystem";
  public static final String TASK_REFERRAL_FOLLOW_UP = "Task_ReferralFollowUp";

  public static final String SUBPROCESS_INTAKE = "SubProcess_Intake";
  public static final String SUBPROCESS_SERVICES = "SubProcess_Services";
  public static final String SUBPROCESS_INTERVENTION = "SubProcess_Intervention";
  public static final String TIMER_EVALUATION_DUE = "BoundaryEvent_EvaluationDue";
  public static final String TIMER_EVALUATION_OVERDUE = "BoundaryEvent_EvaluationOverdue";
  public static final String TIMER_AFTER_CARE_DUE = "Event_AfterCareDue";
  public static final String SUBPROCESS_REFERRAL = "SubProcess_Referral";
  public static final String TIMER_REFERRAL_FOLLOW_UP_DUE = "Event_ReferralFollowUpDue";

  public static final String MESSAGE_TERMINATION_REQUESTED = "TerminationRequested";
  public static final String MESSAGE_CLIENT_EXITED = "ClientExited";

  /** A referral to another resource system, at any stage of the services (non-interrupting). */
  public static final String MESSAGE_REFERRAL_REQUESTED = "ReferralRequested";

  public static final String DECISION_ADMISSION_ELIGIBILITY = "admission-eligibility";
  public static final String DECISION_FUNCTIONING_LEVEL = "functioning-level";

  private InterventionCycle() {}
}
