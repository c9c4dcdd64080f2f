package id.intervensi.history;

import id.intervensi.history.Entry.Item;
import id.intervensi.history.Entry.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Every decision the case's decision tables took: the inputs they read, the rule that matched (its
 * number and the annotation a manager wrote beside it) and the outputs, from the engine's decision
 * history.
 */
@Component
class DecisionEvents implements TimelinePart {

  private final HistoryService historyService;
  private final RepositoryService repositoryService;

  DecisionEvents(HistoryService historyService, RepositoryService repositoryService) {
    this.historyService = historyService;
    this.repositoryService = repositoryService;
  }

  @Override
  public List<Entry> entries(CaseRecord record) {
    List<HistoricDecisionInstance> decisions =
        historyService
            .createHistoricDecisionInstanceQuery()
            .processInstanceId(record.processInstanceId())
            .includeInputs()
            .includeOutputs()
            .disableBinaryFetching()
            .orderByEvaluationTime()
            .asc()
            .list();
    Map<String, DmnModelInstance> models = new HashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (HistoricDecisionInstance decision : decisions) {
      List<Item> items = new ArrayList<>();
      for (HistoricDecisionInputInstance input : decision.getInputs()) {
        items.add(
            new Item(
                "masukan: " + nameOr(input.getClauseName(), input.getClauseId()),
                null,
                Values.text(input.getValue(), record.zone())));
      }
      Map<String, Integer> rules = new LinkedHashMap<>();
      for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
        rules.putIfAbsent(output.getRuleId(), output.getRuleOrder());
        items.add(
            new Item(
                "keluaran: " + nameOr(output.getVariableName(), output.getClauseName()),
                null,
                Values.text(output.getValue(), record.zone())));
      }
      DmnModelInstance model =
          models.computeIfAbsent(
              decision.getDecisionDefinitionId(), repositoryService::getDmnModelInstance);
      entries.add(
          Entry.of(
              decision.getEvaluationTime().toInstant(),
              Kind.DECISION,
              "Keputusan: "
                  + nameOr(
                      decision.getDecisionDefinitionName(), decision.getDecisionDefinitionKey()),
              null,
              matched(rules, model),
              items));
    }
    return entries;
  }

  private static String matched(Map<String, Integer> rules, DmnModelInstance model) {
    if (rules.isEmpty()) {
      return "tidak ada aturan yang cocok";
    }
    List<String> described = new ArrayList<>();
    rules.forEach(
        (ruleId, order) -> {
          String text = "aturan " + order + " (" + ruleId + ")";
          ModelElementInstance element = model == null ? null : model.getModelElementById(ruleId);
          if (element instanceof Rule rule
              && rule.getDescription() != null
              && rule.getDescription().getTextContent() != null
              && !rule.getDescription().getTextContent().isBlank()) {
            text += ": " + rule.getDescription().getTextContent().strip();
          }
          described.add(text);
        });
    return "aturan yang cocok: " + String.join("; ", described);
  }

  private static String nameOr(String name, String fallback) {
    return name == null || name.isBlank() ? fallback : name;
  }
}
