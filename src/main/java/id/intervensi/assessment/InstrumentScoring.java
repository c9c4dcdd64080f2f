package id.intervensi.assessment;

import static id.intervensi.assessment.ScoreVariables.*;

import id.intervensi.cycle.UsableInModels;
import id.intervensi.forms.InvalidSubmissionException;
import id.intervensi.forms.VariableValues;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_AssessClient and Task_EvaluateIntervention: computes the Barthel,
 * Lawton and GDS-15 scores from the item answers and stores them, overwriting any score that was
 * submitted. GDS-15 items the client could not answer leave its score null (incomplete), with the
 * number of items assessed beside it. The assessment's scores are also kept as the baseline the
 * evaluation compares with.
 */
@UsableInModels("Skor instrumen asesmen dan evaluasi (Barthel, Lawton, GDS-15).")
@Component("instrumentScoring")
public class InstrumentScoring {

  /** Task_AssessClient. */
  @UsableInModels("scoreAssessment(task): skor asesmen, listener complete tugas asesmen")
  public void scoreAssessment(DelegateTask task) {
    Scores scores = score(task);
    task.setVariable(BASELINE_PREFIX + "BarthelScore", scores.barthel());
    task.setVariable(BASELINE_PREFIX + "LawtonScore", scores.lawton());
    task.setVariable(BASELINE_PREFIX + "GdsScore", scores.gds());
  }

  /** Task_EvaluateIntervention. */
  @UsableInModels("scoreEvaluation(task): skor evaluasi, listener complete tugas evaluasi")
  public void scoreEvaluation(DelegateTask task) {
    score(task);
  }

  private Scores score(DelegateTask task) {
    try {
      var answers = VariableValues.of(task);
      Instrument.Result gds = Instrument.GDS15.result(answers);
      Scores scores =
          new Scores(
              Instrument.BARTHEL.score(answers),
              Instrument.LAWTON.score(answers),
              gds.score() == null ? null : gds.score().longValue());
      task.setVariable(BARTHEL_SCORE, scores.barthel());
      task.setVariable(LAWTON_SCORE, scores.lawton());
      // null, not 0, when an item could not be assessed: the decision tables read it as unknown
      task.setVariable(GDS_SCORE, scores.gds());
      task.setVariable(GDS_ITEMS_ASSESSED, (long) gds.itemsAssessed());
      return scores;
    } catch (IllegalArgumentException e) {
      throw new InvalidSubmissionException(task.getTaskDefinitionKey(), List.of(e.getMessage()));
    }
  }

  private record Scores(long barthel, long lawton, Long gds) {}
}
