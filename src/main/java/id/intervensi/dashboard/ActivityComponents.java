package id.intervensi.dashboard;

import static id.intervensi.cycle.InterventionCycle.TASK_CARRY_OUT_ACTIVITY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.intervensi.planning.AtensiComponents;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Part C of the monthly report by ATENSI component: the activities carried out in the month and the
 * residents they served. A carried-out activity is a completed Task_CarryOutActivity; the planned
 * activity it carries out is its multi-instance element variable "activity" (a JSON copy of the
 * plan's row, local to the task's execution), whose atensiComponent names the component. Plans
 * drafted before the field existed count as {@link AtensiComponents#UNDETERMINED}.
 */
@Component
class ActivityComponents {

  /**
   * Execution ids per history query, one "activity" each: a month's activities in a few bounded IN
   * lists, each within the engine's query-max-results-limit (2000) for a logged-in user.
   */
  private static final int CHUNK = 500;

  private final JdbcClient jdbc;
  private final HistoryService history;
  private final ObjectMapper json;

  ActivityComponents(JdbcClient jdbc, HistoryService history, ObjectMapper json) {
    this.jdbc = jdbc;
    this.history = history;
    this.json = json;
  }

  /** Every component and "belum ditentukan", in the report's order, those with none too. */
  Map<String, MonthlyReport.Served> served(Timestamp start, Timestamp end) {
    Map<String, String> processOf = new HashMap<>();
    jdbc.sql(
            "select EXECUTION_ID_, PROC_INST_ID_ from ACT_HI_TASKINST where TASK_DEF_KEY_ = ?"
                + " and END_TIME_ >= ? and END_TIME_ < ? and DELETE_REASON_ = 'completed'")
        .params(TASK_CARRY_OUT_ACTIVITY, start, end)
        .query(
            rs -> {
              processOf.put(rs.getString("EXECUTION_ID_"), rs.getString("PROC_INST_ID_"));
            });
    Map<String, String> componentOf = new HashMap<>();
    List<String> executions = new ArrayList<>(processOf.keySet());
    for (int from = 0; from < executions.size(); from += CHUNK) {
      List<String> chunk = executions.subList(from, Math.min(from + CHUNK, executions.size()));
      for (HistoricVariableInstance v :
          history
              .createHistoricVariableInstanceQuery()
              .variableName("activity")
              .executionIdIn(chunk.toArray(String[]::new))
              .listPage(0, CHUNK)) {
        componentOf.put(v.getExecutionId(), component(v.getValue()));
      }
    }
    Map<String, Long> activities = new LinkedHashMap<>();
    Map<String, Set<String>> residents = new HashMap<>();
    processOf.forEach(
        (execution, process) -> {
          String code = componentOf.getOrDefault(execution, AtensiComponents.UNDETERMINED);
          activities.merge(code, 1L, Long::sum);
          residents.computeIfAbsent(code, k -> new HashSet<>()).add(process);
        });
    Map<String, MonthlyReport.Served> served = new LinkedHashMap<>();
    List<String> codes = new ArrayList<>(AtensiComponents.LABELS.keySet());
    codes.add(AtensiComponents.UNDETERMINED);
    for (String code : codes) {
      served.put(
          code,
          new MonthlyReport.Served(
              activities.getOrDefault(code, 0L), residents.getOrDefault(code, Set.of()).size()));
    }
    return served;
  }

  /** The component of a planned activity (a Spin JSON node, or its text), if a known one. */
  private String component(Object activity) {
    if (activity == null) {
      return AtensiComponents.UNDETERMINED;
    }
    try {
      JsonNode node = json.readTree(activity.toString());
      return AtensiComponents.codeOf(node.path(AtensiComponents.FIELD).asText(null));
    } catch (JsonProcessingException e) {
      return AtensiComponents.UNDETERMINED;
    }
  }
}
