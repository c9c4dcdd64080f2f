package id.intervensi.assessment;

import id.intervensi.cycle.CycleForms;
import id.intervensi.forms.ComputedFields;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The forms whose step InstrumentScoring scores: they show the scores, so their submissions may
 * carry them; the scoring overwrites them.
 */
@Configuration(proxyBeanMethods = false)
class ScoredForms {

  private record Scores(String formId, Set<String> names) implements ComputedFields {}

  /** Task_AssessClient. */
  @Bean
  ComputedFields assessmentScores() {
    return new Scores(CycleForms.ASSESSMENT, ScoreVariables.SCORES);
  }

  /** Task_EvaluateIntervention. */
  @Bean
  ComputedFields evaluationScores() {
    return new Scores(CycleForms.EVALUATION, ScoreVariables.SCORES);
  }
}
