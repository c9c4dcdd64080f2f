package id.intervensi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.intervensi.cycle.CycleForms;
import id.intervensi.forms.UnknownVariables;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scores the server computes may come with the instruments' forms (which show them), and only
 * there.
 */
class ScoredFormsTest {

  private final ScoredForms scored = new ScoredForms();
  private final UnknownVariables unknown =
      new UnknownVariables(List.of(scored.assessmentScores(), scored.evaluationScores()));

  private static JsonNode schema(String formId) throws Exception {
    return new ObjectMapper()
        .readTree(
            "{\"id\":\""
                + formId
                + "\",\"components\":"
                + "[{\"type\":\"select\",\"key\":\"barthelFeeding\"}]}");
  }

  @Test
  void scoresMayComeWithTheAssessmentAndTheEvaluation() throws Exception {
    for (String formId : List.of(CycleForms.ASSESSMENT, CycleForms.EVALUATION)) {
      assertThat(
              unknown.check(
                  schema(formId),
                  List.of("barthelFeeding", "barthelScore", "lawtonScore", "gdsScore")))
          .as(formId)
          .isEmpty();
    }
  }

  @Test
  void baselinesAndOtherFormsAreRefused() throws Exception {
    assertThat(unknown.check(schema(CycleForms.ASSESSMENT), List.of("baselineBarthelScore")))
        .hasSize(1);
    assertThat(unknown.check(schema(CycleForms.INTAKE_INTERVIEW), List.of("barthelScore")))
        .hasSize(1);
  }
}
