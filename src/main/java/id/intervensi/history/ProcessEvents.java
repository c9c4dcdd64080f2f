package id.intervensi.history;

import id.intervensi.casefile.CaseFile;
import id.intervensi.casefile.CaseStage;
import id.intervensi.history.Entry.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The case's course through the model: its opening, each stage entered, messages received, timers
 * fired and other events caught, incidents, and its end with the reason. From the engine's process,
 * activity and incident history and the case file's closure reason.
 */
@Component
class ProcessEvents implements TimelinePart {

  /** Events that start when they are triggered (boundary and start events). */
  static final Set<String> TRIGGERED_AT_START =
      Set.of(
          ActivityTypes.BOUNDARY_MESSAGE,
          ActivityTypes.START_EVENT_MESSAGE,
          ActivityTypes.BOUNDARY_TIMER,
          ActivityTypes.START_EVENT_TIMER,
          ActivityTypes.BOUNDARY_SIGNAL,
          ActivityTypes.START_EVENT_SIGNAL,
          ActivityTypes.BOUNDARY_ERROR,
          ActivityTypes.START_EVENT_ERROR,
          ActivityTypes.BOUNDARY_ESCALATION,
          ActivityTypes.START_EVENT_ESCALATION,
          ActivityTypes.BOUNDARY_CONDITIONAL,
          ActivityTypes.START_EVENT_CONDITIONAL,
          ActivityTypes.BOUNDARY_COMPENSATION);

  /** Events that wait and are triggered when they end. */
  static final Set<String> TRIGGERED_AT_END =
      Set.of(
          ActivityTypes.INTERMEDIATE_EVENT_MESSAGE,
          ActivityTypes.TASK_RECEIVE_TASK,
          ActivityTypes.INTERMEDIATE_EVENT_TIMER,
          ActivityTypes.INTERMEDIATE_EVENT_SIGNAL,
          ActivityTypes.INTERMEDIATE_EVENT_CONDITIONAL);

  static final Set<String> MESSAGES =
      Set.of(
          ActivityTypes.BOUNDARY_MESSAGE,
          ActivityTypes.START_EVENT_MESSAGE,
          ActivityTypes.INTERMEDIATE_EVENT_MESSAGE,
          ActivityTypes.TASK_RECEIVE_TASK);

  static final Set<String> TIMERS =
      Set.of(
          ActivityTypes.BOUNDARY_TIMER,
          ActivityTypes.START_EVENT_TIMER,
          ActivityTypes.INTERMEDIATE_EVENT_TIMER);

  private final HistoryService historyService;

  ProcessEvents(HistoryService historyService) {
    this.historyService = historyService;
  }

  @Override
  public List<Entry> entries(CaseRecord record) {
    List<Entry> entries = new ArrayList<>();
    HistoricProcessInstance instance = record.instance();
    CaseFile caseFile = record.caseFile();
    entries.add(
        Entry.of(
            instance.getStartTime().toInstant(),
            Kind.CASE_OPENED,
            "Kasus " + caseFile.caseNumber() + " dibuka",
            instance.getStartUserId(),
            "proses "
                + instance.getProcessDefinitionKey()
                + " versi "
                + instance.getProcessDefinitionVersion()));
    for (HistoricActivityInstance activity : record.activities()) {
      entries.addAll(activityEntries(activity));
    }
    for (HistoricIncident incident :
        historyService
            .createHistoricIncidentQuery()
            .processInstanceId(record.processInstanceId())
            .list()) {
      String where = record.activityName(incident.getActivityId());
      entries.add(
          Entry.of(
              incident.getCreateTime().toInstant(),
              Kind.INCIDENT,
              "Insiden pada " + where + " (" + incident.getIncidentType() + ")",
              null,
              incident.getIncidentMessage()));
      if (incident.getEndTime() != null) {
        entries.add(
            Entry.of(
                incident.getEndTime().toInstant(),
                Kind.INCIDENT_RESOLVED,
                (incident.isResolved() ? "Insiden diselesaikan pada " : "Insiden dihapus pada ")
                    + where,
                null,
                null));
      }
    }
    if (instance.getEndTime() != null) {
      entries.add(ending(record, instance));
    }
    return entries;
  }

  private static List<Entry> activityEntries(HistoricActivityInstance activity) {
    List<Entry> entries = new ArrayList<>();
    String name =
        activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName();
    CaseStage.startedBy(activity.getActivityId())
        .ifPresent(
            stage ->
                entries.add(
                    Entry.of(
                        activity.getStartTime().toInstant(),
                        Kind.STAGE_ENTERED,
                        "Tahap " + stage.label(),
                        null,
                        null)));
    String type = activity.getActivityType();
    Instant at = null;
    if (TRIGGERED_AT_START.contains(type)) {
      at = activity.getStartTime().toInstant();
    } else if (TRIGGERED_AT_END.contains(type)
        && activity.getEndTime() != null
        && !activity.isCanceled()) {
      at = activity.getEndTime().toInstant();
    }
    if (at != null) {
      Kind kind =
          MESSAGES.contains(type) ? Kind.MESSAGE : TIMERS.contains(type) ? Kind.TIMER : Kind.EVENT;
      String title =
          switch (kind) {
            case MESSAGE -> "Pesan diterima: " + name;
            case TIMER -> "Waktu tercapai: " + name;
            default -> "Peristiwa: " + name;
          };
      entries.add(Entry.of(at, kind, title, null, activity.getActivityId()));
    }
    return entries;
  }

  private static Entry ending(CaseRecord record, HistoricProcessInstance instance) {
    CaseFile caseFile = record.caseFile();
    List<String> why = new ArrayList<>();
    if (caseFile.closureReason() != null) {
      why.add("alasan: " + Words.closureReason(caseFile.closureReason()));
    }
    if (caseFile.exitReason() != null) {
      why.add("klien keluar: " + Words.exitReason(caseFile.exitReason()));
    }
    if (HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(instance.getState())) {
      why.add("dihentikan dari luar siklus: " + instance.getDeleteReason());
    }
    String end =
        instance.getEndActivityId() == null
            ? null
            : record.activityName(instance.getEndActivityId());
    return Entry.of(
        instance.getEndTime().toInstant(),
        Kind.CASE_ENDED,
        "Kasus berakhir" + (end == null ? "" : ": " + end),
        null,
        why.isEmpty() ? null : String.join("; ", why));
  }
}
