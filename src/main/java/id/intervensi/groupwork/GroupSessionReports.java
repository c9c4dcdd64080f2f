package id.intervensi.groupwork;

import id.intervensi.cycle.UsableInModels;
import id.intervensi.engine.AsSystem;
import id.intervensi.engine.CurrentUser;
import id.intervensi.forms.FormDates;
import id.intervensi.forms.VariableValues;
import id.intervensi.refusal.Refusal;
import id.intervensi.security.Groups;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * {@code ${groupSessionReports}} after the attendance is recorded: the session becomes the activity
 * report of each participant's case, by completing the case's waiting activity task with the
 * session's day, the participant's attendance and a case note, exactly as the activity-report form
 * would (its server-side validation runs on each completion). All participants or none: everything
 * runs in the transaction of the attendance task, so one refusal rolls the whole session back.
 * Participants' cases may belong to other workers: the app checks that the recorder is a social
 * worker or supervisor, then completes the other cases' tasks as itself.
 */
@UsableInModels("Laporan kegiatan tiap peserta sesi kelompok (service task).")
@Component("groupSessionReports")
public class GroupSessionReports implements JavaDelegate {

  static final List<String> RECORDERS = List.of(Groups.SOCIAL_WORKERS, Groups.SUPERVISORS);

  private final OpenActivities openActivities;
  private final TaskService taskService;
  private final IdentityService identityService;

  GroupSessionReports(
      OpenActivities openActivities, TaskService taskService, IdentityService identityService) {
    this.openActivities = openActivities;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(GroupSession.REPORTED_CASES) != null) {
      return; // already reported: a session counts once
    }
    Authentication recorder = identityService.getCurrentAuthentication();
    if (recorder != null && !CurrentUser.isIn(recorder, RECORDERS)) {
      throw Refusal.notAllowed(
          "Hanya pekerja sosial dan supervisor yang dapat mencatat sesi kelompok.");
    }
    String recordedBy =
        recorder != null
            ? recorder.getUserId()
            : (String) execution.getVariable(GroupSession.RECORDED_BY);
    LocalDate day = FormDates.day(execution.getVariable(GroupSession.DATE));
    String sessionNote = sessionNote(execution, day);
    List<String> reported = new ArrayList<>();
    for (Map<?, ?> row : rows(execution)) {
      String caseNumber = String.valueOf(row.get(GroupSession.PARTICIPANT_CASE));
      Task activity =
          openActivities
              .forSession(caseNumber)
              .orElseThrow(
                  () ->
                      Refusal.conflict(
                          "Kasus "
                              + caseNumber
                              + " tidak lagi dalam tahap intervensi; sesi kelompok tidak"
                              + " dicatat."));
      Map<String, Object> report = new HashMap<>();
      report.put("activityDate", day == null ? null : day.toString());
      report.put("attendance", row.get(GroupSession.PARTICIPANT_ATTENDANCE));
      report.put("caseNote", caseNote(sessionNote, row.get(GroupSession.PARTICIPANT_NOTE)));
      AsSystem.run(
          identityService,
          () -> {
            if (recordedBy != null) {
              taskService.setAssignee(activity.getId(), recordedBy);
            }
            taskService.complete(activity.getId(), report);
          });
      reported.add(caseNumber);
    }
    execution.setVariable(
        GroupSession.REPORTED_CASES, SpinValues.jsonValue(toJson(reported)).create());
  }

  private static String sessionNote(DelegateExecution execution, LocalDate day) {
    return "Sesi bimbingan sosial kelompok: "
        + SessionKind.labelOf(execution.getVariable(GroupSession.KIND))
        + (day == null ? "" : ", " + FormDates.SHOWN.format(day))
        + ". Topik: "
        + execution.getVariable(GroupSession.TOPIC)
        + ". Fasilitator: "
        + execution.getVariable(GroupSession.FACILITATOR)
        + ". "
        + execution.getVariable(GroupSession.NOTES);
  }

  private static String caseNote(String sessionNote, Object participantNote) {
    return participantNote == null || String.valueOf(participantNote).isBlank()
        ? sessionNote
        : sessionNote + "\nCatatan peserta: " + participantNote;
  }

  private static List<Map<?, ?>> rows(DelegateExecution execution) {
    Object value =
        VariableValues.plain(execution.getVariableTyped(GroupSession.PARTICIPANTS, true));
    List<Map<?, ?>> rows = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          rows.add(map);
        }
      }
    }
    return rows;
  }

  private static String toJson(List<String> caseNumbers) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < caseNumbers.size(); i++) {
      json.append(i == 0 ? "" : ",").append('"').append(caseNumbers.get(i)).append('"');
    }
    return json.append(']').toString();
  }
}
