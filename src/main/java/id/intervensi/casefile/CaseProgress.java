package id.intervensi.casefile;

import static id.intervensi.cycle.InterventionCycle.*;

import id.intervensi.EngineHooks;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps what the case list and the case file show of a case's progress in the app's tables, in the
 * engine's transaction, so that they need no look into the engine per case:
 *
 * <ul>
 *   <li>the stage and since when (case_file), as the engine enters the first element of a stage
 *       (CaseStage);
 *   <li>the scores of each assessment and evaluation (case_score), with who gave the information,
 *       on which day and how many GDS-15 items the client could answer, as the engine leaves the
 *       task (its listeners have scored it by then), and the functioning level the decision table
 *       gives after the assessment (recorded as the plan is drawn up).
 * </ul>
 *
 * A manager's redesign keeps both as long as it keeps those element ids (docs/managers-guide.md).
 */
@Component
@Order(EngineHooks.CASE_PROGRESS)
public class CaseProgress extends AbstractProcessEnginePlugin {

  static final String BARTHEL_SCORE = "barthelScore";
  static final String LAWTON_SCORE = "lawtonScore";
  static final String GDS_SCORE = "gdsScore";
  static final String FUNCTIONING_LEVEL = "functioningLevel";
  static final String RISK_LEVEL = "riskLevel";
  static final String GDS_ITEMS_ASSESSED = "gdsItemsAssessed";
  static final String ASSESSMENT_INFORMANT = "assessmentInformant";
  static final String ASSESSMENT_INFORMATION_DATE = "assessmentInformationDate";
  static final String EVALUATION_INFORMANT = "evaluationInformant";
  static final String EVALUATION_INFORMATION_DATE = "evaluationInformationDate";

  private final CaseFiles caseFiles;
  private final CaseScores scores;
  private final HomeSettings home;

  CaseProgress(CaseFiles caseFiles, CaseScores scores, HomeSettings home) {
    this.caseFiles = caseFiles;
    this.scores = scores;
    this.home = home;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration
        .getCustomPreBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                track(activity);
              }

              @Override
              public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
                track(activity);
              }

              @Override
              public void parseIntermediateCatchEvent(
                  Element element, ScopeImpl scope, ActivityImpl activity) {
                track(activity);
              }
            });
  }

  private void track(ActivityImpl activity) {
    CaseStage.startedBy(activity.getId())
        .ifPresent(
            stage ->
                activity.addBuiltInListener(
                    ExecutionListener.EVENTNAME_START,
                    (ExecutionListener)
                        execution ->
                            caseFiles.enterStage(execution.getProcessInstanceId(), stage.name())));
    switch (activity.getId()) {
      case TASK_ASSESS_CLIENT ->
          activity.addBuiltInListener(
              ExecutionListener.EVENTNAME_END,
              (ExecutionListener)
                  execution ->
                      recordScores(
                          execution,
                          CaseScores.ASSESSMENT,
                          ASSESSMENT_INFORMANT,
                          ASSESSMENT_INFORMATION_DATE));
      case TASK_EVALUATE_INTERVENTION ->
          activity.addBuiltInListener(
              ExecutionListener.EVENTNAME_END,
              (ExecutionListener)
                  execution ->
                      recordScores(
                          execution,
                          CaseScores.EVALUATION,
                          EVALUATION_INFORMANT,
                          EVALUATION_INFORMATION_DATE));
      // the decision's output mapping has run by the time the plan is drawn up (not yet when the
      // business rule task's end listeners run); a re-plan leaves a recorded level as it is
      case TASK_PLAN_INTERVENTION ->
          activity.addBuiltInListener(
              ExecutionListener.EVENTNAME_START,
              (ExecutionListener)
                  execution ->
                      scores.recordLevel(
                          execution.getProcessBusinessKey(),
                          text(execution, FUNCTIONING_LEVEL),
                          text(execution, RISK_LEVEL)));
      default -> {}
    }
  }

  private void recordScores(
      DelegateExecution execution, String kind, String informant, String informationDate) {
    // a task cancelled by a boundary event (the client left) was not scored
    if (execution.isCanceled()) {
      return;
    }
    scores.record(
        execution.getProcessBusinessKey(),
        kind,
        new CaseScores.Scored(
            number(execution, BARTHEL_SCORE),
            number(execution, LAWTON_SCORE),
            number(execution, GDS_SCORE),
            number(execution, GDS_ITEMS_ASSESSED),
            text(execution, informant),
            execution.getVariable(informationDate) instanceof Date date
                ? date.toInstant().atZone(home.zoneId()).toLocalDate()
                : null));
  }

  private static Integer number(DelegateExecution execution, String name) {
    return execution.getVariable(name) instanceof Number n ? n.intValue() : null;
  }

  private static String text(DelegateExecution execution, String name) {
    return execution.getVariable(name) instanceof String s ? s : null;
  }
}
