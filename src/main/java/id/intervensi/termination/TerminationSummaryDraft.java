package id.intervensi.termination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.intervensi.cycle.InterventionCycle;
import id.intervensi.engine.AsSystem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * The first draft of the termination summary, written from what the case holds (the plan's goals
 * and their targets, the last goal attainment, the activities carried out, the scores of the first
 * assessment and of the last evaluation) so that the worker edits it instead of retyping the case.
 * Filled when the case heads for termination; a summary already written is kept.
 */
final class TerminationSummaryDraft {

  static final String TERMINATION_SUMMARY = "terminationSummary";

  /** The summary field holds 4000 characters; the draft leaves room for the worker's words. */
  static final int MAX_LENGTH = 3000;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ACTIVITY_TASK_PREFIX = "Laksanakan kegiatan: ";
  private static final Map<String, String> ATTAINMENT =
      Map.of(
          "ACHIEVED", "tercapai", "PARTIAL", "tercapai sebagian", "NOT_ACHIEVED", "belum tercapai");

  private TerminationSummaryDraft() {}

  /** Writes the draft into the case unless a summary is already there. */
  static void fill(DelegateExecution execution) {
    if (execution.getVariable(TERMINATION_SUMMARY) != null) {
      return;
    }
    List<String> done =
        AsSystem.call(
            execution.getProcessEngineServices().getIdentityService(),
            () -> activitiesDone(execution));
    String draft = compose(execution.getVariables(), done);
    if (!draft.isEmpty()) {
      execution.setVariable(TERMINATION_SUMMARY, draft);
    }
  }

  /** Names of the activities whose report was completed, in the order they were done. */
  private static List<String> activitiesDone(DelegateExecution execution) {
    List<String> names = new ArrayList<>();
    for (HistoricTaskInstance task :
        execution
            .getProcessEngineServices()
            .getHistoryService()
            .createHistoricTaskInstanceQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(InterventionCycle.TASK_CARRY_OUT_ACTIVITY)
            .finished()
            .orderByHistoricTaskInstanceEndTime()
            .asc()
            .list()) {
      if ("completed".equals(task.getDeleteReason()) && task.getName() != null) {
        String name = task.getName();
        names.add(
            name.startsWith(ACTIVITY_TASK_PREFIX)
                ? name.substring(ACTIVITY_TASK_PREFIX.length())
                : name);
      }
    }
    return names;
  }

  /** The draft from the case's variables and the activities done; empty when there is nothing. */
  static String compose(Map<String, Object> variables, List<String> activitiesDone) {
    StringBuilder text = new StringBuilder();
    Map<String, String> attainment = new LinkedHashMap<>();
    for (JsonNode row : array(variables.get("goalAttainment"))) {
      attainment.put(
          row.path("goal").asText(""),
          ATTAINMENT.getOrDefault(row.path("attainment").asText(""), ""));
    }
    JsonNode goals = array(variables.get("goals"));
    if (!goals.isEmpty()) {
      text.append("Tujuan rencana intervensi:\n");
      for (JsonNode goal : goals) {
        String name = goal.path("goal").asText("");
        text.append("- ").append(name);
        String target = goal.path("target").asText("");
        if (!target.isEmpty()) {
          text.append(" (sasaran: ").append(target).append(")");
        }
        String rating = attainment.getOrDefault(name, "");
        if (!rating.isEmpty()) {
          text.append(": ").append(rating);
        }
        text.append('\n');
      }
    }
    if (!activitiesDone.isEmpty()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      activitiesDone.forEach(a -> counts.merge(a, 1, Integer::sum));
      text.append("Kegiatan terlaksana (").append(activitiesDone.size()).append(" laporan):\n");
      counts.forEach(
          (name, n) ->
              text.append("- ").append(name).append(n > 1 ? " (" + n + " kali)" : "").append('\n'));
    } else if (!goals.isEmpty()) {
      text.append("Belum ada kegiatan yang dilaporkan terlaksana.\n");
    }
    String baseline =
        scores(
            variables.get("baselineBarthelScore"),
            variables.get("baselineLawtonScore"),
            variables.get("baselineGdsScore"));
    if (!baseline.isEmpty()) {
      text.append("Skor asesmen awal: ").append(baseline).append('\n');
      String last =
          scores(
              variables.get("barthelScore"),
              variables.get("lawtonScore"),
              variables.get("gdsScore"));
      if (!last.equals(baseline)) {
        text.append("Skor evaluasi terakhir: ").append(last).append('\n');
      }
    }
    String result = text.toString().trim();
    return result.length() > MAX_LENGTH ? result.substring(0, MAX_LENGTH - 1) + "…" : result;
  }

  private static String scores(Object barthel, Object lawton, Object gds) {
    if (barthel == null && lawton == null && gds == null) {
      return "";
    }
    return "Barthel (tingkat kemandirian) "
        + (barthel == null ? "-" : barthel)
        + "/100, Lawton "
        + (lawton == null ? "-" : lawton)
        + "/8, GDS-15 "
        + (gds == null ? "tidak lengkap" : gds + "/15");
  }

  private static JsonNode array(Object value) {
    if (value == null) {
      return MAPPER.createArrayNode();
    }
    try {
      JsonNode node = MAPPER.readTree(value.toString());
      return node != null && node.isArray() ? node : MAPPER.createArrayNode();
    } catch (JsonProcessingException e) {
      return MAPPER.createArrayNode();
    }
  }
}
