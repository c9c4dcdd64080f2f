package id.intervensi.groupwork;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.intervensi.cycle.UsableInModels;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * {@code ${groupSessionParticipants.offer(task)}} when the attendance task is created: the cases
 * that can take part (those with an activity waiting for its report) become the options of the
 * attendance form's participant field. Only case numbers and planned activity names: no client
 * identity reaches the variables or their history.
 */
@UsableInModels("Peserta sesi kelompok: kasus dalam tahap intervensi (listener create).")
@Component("groupSessionParticipants")
public class GroupSessionParticipants {

  private final OpenActivities openActivities;
  private final ObjectMapper json = new ObjectMapper();

  GroupSessionParticipants(OpenActivities openActivities) {
    this.openActivities = openActivities;
  }

  @UsableInModels("offer(task): pilihan peserta sesi kelompok sebagai variabel lokal tugas")
  public void offer(DelegateTask task) {
    var options = json.createArrayNode();
    for (Map.Entry<String, List<Task>> entry : openActivities.byCase().entrySet()) {
      String activities =
          entry.getValue().stream()
              .map(t -> String.valueOf(openActivities.activity(t).get("name")))
              .distinct()
              .collect(Collectors.joining(", "));
      options
          .addObject()
          .put("value", entry.getKey())
          .put("label", entry.getKey() + " · " + activities);
    }
    task.setVariableLocal(
        GroupSession.PARTICIPANT_OPTIONS, SpinValues.jsonValue(options.toString()).create());
  }
}
