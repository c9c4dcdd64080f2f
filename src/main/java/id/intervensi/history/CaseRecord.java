package id.intervensi.history;

import id.intervensi.casefile.CaseFile;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/**
 * What the timeline's parts read of one case, loaded once: the case file and the engine's history
 * of its process instance (null when the history is gone, e.g. removed by cleanup).
 */
record CaseRecord(
    CaseFile caseFile,
    HistoricProcessInstance instance,
    List<HistoricActivityInstance> activities,
    List<HistoricTaskInstance> tasks,
    List<UserOperationLogEntry> operations,
    ZoneId zone) {

  String processInstanceId() {
    return caseFile.processInstanceId();
  }

  /** The activity instances by their id. */
  Map<String, HistoricActivityInstance> activitiesById() {
    return activities.stream()
        .collect(
            Collectors.toMap(HistoricActivityInstance::getId, Function.identity(), (a, b) -> a));
  }

  /** The name of an activity of the model (its id when it has none). */
  String activityName(String activityId) {
    return activities.stream()
        .filter(a -> activityId != null && activityId.equals(a.getActivityId()))
        .map(a -> a.getActivityName() == null ? a.getActivityId() : a.getActivityName())
        .findFirst()
        .orElse(activityId);
  }
}
