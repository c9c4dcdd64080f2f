package id.intervensi.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of both decision tables in processes/, by the rule that matched and its outputs. */
class DecisionTableTest {

  private static DmnEngine engine;
  private static final List<String> MATCHED_RULES = new ArrayList<>();

  @BeforeAll
  static void buildEngine() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DefaultDmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(
        List.of(
            (DmnDecisionTableEvaluationListener)
                (DmnDecisionTableEvaluationEvent event) -> {
                  MATCHED_RULES.clear();
                  event.getMatchingRules().forEach(rule -> MATCHED_RULES.add(rule.getId()));
                }));
    engine = configuration.buildEngine();
  }

  private static DmnDecisionResultEntries evaluate(
      String decisionId, Map<String, Object> variables) {
    try (InputStream in =
        DecisionTableTest.class.getResourceAsStream("/processes/" + decisionId + ".dmn")) {
      DmnDecision decision = engine.parseDecision(decisionId, in);
      return engine.evaluateDecision(decision, Variables.fromMap(variables)).getSingleResult();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(
      name =
          "eligibility: age {0}, neglected {1}, caregiver {2}, decile {3}, disease {4}, intensive {5} -> rule {6}")
  @CsvSource({
    "59, true,  false, 1, false, false, 01, false",
    "72, true,  false, 1, true,  false, 02, false",
    "72, true,  false, 1, false, true,  03, false",
    "72, false, true,  1, false, false, 04, false",
    "72, true,  false, 7, false, false, 05, false",
    "72, true,  false, 5, false, false, 06, true",
    "60, false, false, 2, false, false, 06, true",
    "90, true,  true,  1, false, false, 06, true",
  })
  void admissionEligibility(
      long age,
      boolean neglected,
      boolean caregiver,
      long decile,
      boolean disease,
      boolean intensive,
      String rule,
      boolean eligible) {
    DmnDecisionResultEntries result =
        evaluate(
            "admission-eligibility",
            Map.of(
                "clientAge",
                age,
                "neglected",
                neglected,
                "hasAbleCaregiver",
                caregiver,
                "dtsenDecile",
                decile,
                "communicableDisease",
                disease,
                "needsIntensiveCare",
                intensive,
                "clientSex",
                age % 2 == 0 ? "F" : "M"));

    assertThat(MATCHED_RULES).containsExactly("Rule_AdmissionEligibility_" + rule);
    assertThat(result.<Boolean>getEntry("eligible")).isEqualTo(eligible);
    assertThat(result.<String>getEntry("eligibilityReason")).isNotBlank();
  }

  /** A client not registered in DTSEN has no decile: the means test is done by the home visit. */
  @Test
  void admissionEligibilityWithoutADtsenDecile() {
    HashMap<String, Object> variables = new HashMap<>();
    variables.put("clientAge", 75L);
    variables.put("neglected", true);
    variables.put("hasAbleCaregiver", false);
    variables.put("dtsenDecile", null);
    variables.put("communicableDisease", false);
    variables.put("needsIntensiveCare", false);
    variables.put("clientSex", "F");
    DmnDecisionResultEntries result = evaluate("admission-eligibility", variables);

    assertThat(MATCHED_RULES).containsExactly("Rule_AdmissionEligibility_07");
    assertThat(result.<Boolean>getEntry("eligible")).isTrue();
    assertThat(result.<String>getEntry("eligibilityReason")).contains("tidak terdaftar di DTSEN");

    variables.put("hasAbleCaregiver", true);
    variables.put("neglected", false);
    evaluate("admission-eligibility", variables);
    assertThat(MATCHED_RULES)
        .as("not neglected comes first")
        .containsExactly("Rule_AdmissionEligibility_04");
  }

  /** GDS-15 items that could not be assessed leave the score null: never read as no depression. */
  @ParameterizedTest(name = "functioning: Barthel {0}, GDS incomplete -> rule {1}")
  @CsvSource({
    "10,  01, TOTAL_DEPENDENCE,    HIGH",
    "50,  02, SEVERE_DEPENDENCE,   HIGH",
    "80,  04, MODERATE_DEPENDENCE, MEDIUM",
    "95,  13, SLIGHT_DEPENDENCE,   MEDIUM",
    "100, 14, INDEPENDENT,         MEDIUM",
  })
  void functioningLevelWithAnIncompleteGds(long barthel, String rule, String level, String risk) {
    HashMap<String, Object> variables = new HashMap<>();
    variables.put("barthelScore", barthel);
    variables.put("lawtonScore", 8L);
    variables.put("gdsScore", null);
    DmnDecisionResultEntries result = evaluate("functioning-level", variables);

    assertThat(MATCHED_RULES).containsExactly("Rule_FunctioningLevel_" + rule);
    assertThat(result.<String>getEntry("functioningLevel")).isEqualTo(level);
    assertThat(result.<String>getEntry("riskLevel")).isEqualTo(risk);
  }

  @ParameterizedTest(name = "functioning: Barthel {0}, Lawton {1}, GDS {2} -> rule {3}")
  @CsvSource({
    "0,   0, 0,  01, TOTAL_DEPENDENCE,    HIGH",
    "20,  8, 0,  01, TOTAL_DEPENDENCE,    HIGH",
    "21,  8, 0,  02, SEVERE_DEPENDENCE,   HIGH",
    "60,  8, 15, 02, SEVERE_DEPENDENCE,   HIGH",
    "61,  8, 9,  03, MODERATE_DEPENDENCE, HIGH",
    "90,  8, 8,  04, MODERATE_DEPENDENCE, MEDIUM",
    "91,  8, 9,  05, SLIGHT_DEPENDENCE,   HIGH",
    "95,  8, 5,  06, SLIGHT_DEPENDENCE,   MEDIUM",
    "99,  4, 0,  07, SLIGHT_DEPENDENCE,   MEDIUM",
    "99,  5, 4,  08, SLIGHT_DEPENDENCE,   LOW",
    "100, 8, 12, 09, INDEPENDENT,         HIGH",
    "100, 8, 5,  10, INDEPENDENT,         MEDIUM",
    "100, 4, 4,  11, INDEPENDENT,         MEDIUM",
    "100, 8, 0,  12, INDEPENDENT,         LOW",
  })
  void functioningLevel(
      long barthel, long lawton, long gds, String rule, String level, String risk) {
    DmnDecisionResultEntries result =
        evaluate(
            "functioning-level",
            Map.of("barthelScore", barthel, "lawtonScore", lawton, "gdsScore", gds));

    assertThat(MATCHED_RULES).containsExactly("Rule_FunctioningLevel_" + rule);
    assertThat(result.<String>getEntry("functioningLevel")).isEqualTo(level);
    assertThat(result.<String>getEntry("riskLevel")).isEqualTo(risk);
  }

  @Test
  void everyRuleOfBothTablesIsCoveredAbove() throws Exception {
    String eligibility =
        new String(
            getClass().getResourceAsStream("/processes/admission-eligibility.dmn").readAllBytes());
    String functioning =
        new String(
            getClass().getResourceAsStream("/processes/functioning-level.dmn").readAllBytes());
    assertThat(eligibility.split("<rule ").length - 1).isEqualTo(7);
    assertThat(functioning.split("<rule ").length - 1).isEqualTo(14);
  }
}
