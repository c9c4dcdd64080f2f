package id.intervensi.groupwork;

/**
 * Stable ids and variables of processes/group-session.bpmn: one group-work session (bimbingan
 * sosial kelompok) recorded once, whose attendance list becomes the activity report of each
 * participant's case.
 */
public final class GroupSession {

  public static final String PROCESS_ID = "group-session";

  public static final String START_SESSION_HELD = "StartEvent_GroupSessionHeld";
  public static final String TASK_RECORD_ATTENDANCE = "Task_RecordGroupAttendance";
  public static final String TASK_REPORT_ACTIVITIES = "Task_ReportActivityOfParticipants";
  public static final String END_SESSION_RECORDED = "EndEvent_GroupSessionRecorded";

  /** Start form: EXERCISE, PRAYER, SKILLS or OTHER. */
  public static final String KIND = "groupSessionKind";

  public static final String DATE = "groupSessionDate";
  public static final String FACILITATOR = "groupSessionFacilitator";
  public static final String TOPIC = "groupSessionTopic";

  /** Who started the session's record (camunda:initiator); its attendance task is theirs. */
  public static final String RECORDED_BY = "groupSessionRecordedBy";

  /** Task-local: the cases that can take part, as select options of the attendance form. */
  public static final String PARTICIPANT_OPTIONS = "participantOptions";

  /** Attendance form: one row per participant (participantCase, participantAttendance, ...). */
  public static final String PARTICIPANTS = "participants";

  public static final String PARTICIPANT_CASE = "participantCase";
  public static final String PARTICIPANT_ATTENDANCE = "participantAttendance";
  public static final String PARTICIPANT_NOTE = "participantNote";
  public static final String NOTES = "groupSessionNotes";

  /** Written by the service task: the case numbers whose activity report the session became. */
  public static final String REPORTED_CASES = "groupSessionReportedCases";

  private GroupSession() {}
}
