package id.intervensi.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressionReferencesTest {

  @Test
  void findsEveryExpressionInAText() {
    assertThat(ExpressionReferences.expressionsIn("Laksanakan: ${activity.prop('name')} dan #{x}"))
        .containsExactly("activity.prop('name')", "x");
    assertThat(ExpressionReferences.expressionsIn("R/${evaluationInterval}")).containsExactly("evaluationInterval");
    assertThat(ExpressionReferences.expressionsIn("${a == '}'}")).containsExactly("a == '}'");
    assertThat(ExpressionReferences.expressionsIn("no expression, just $ and { }")).isEmpty();
  }

  @Test
  void aNameCalledAsAnObjectIsABeanCandidate() {
    assertThat(ExpressionReferences.callTargets("terminationReasonRecorder.record(execution, 'OTHER_FACTORS')"))
        .containsExactly("terminationReasonRecorder");
    assertThat(ExpressionReferences.callTargets("decisionResult.getSingleResult().get('eligible')"))
        .containsExactly("decisionResult");
    assertThat(ExpressionReferences.callTargets("a.b(c.d(), e)")).containsExactly("a", "c");
  }

  @Test
  void variablesPropertiesFunctionsAndStringsAreNotBeanCandidates() {
    assertThat(ExpressionReferences.callTargets("eligible")).isEmpty();
    assertThat(ExpressionReferences.callTargets("!admissionApproved")).isEmpty();
    assertThat(ExpressionReferences.callTargets("evaluationOutcome == 'GOALS_REACHED'")).isEmpty();
    assertThat(ExpressionReferences.callTargets("client.address")).isEmpty();
    assertThat(ExpressionReferences.callTargets("dateTime().plusDays(7).toDate()")).isEmpty();
    assertThat(ExpressionReferences.callTargets("S(json).prop('x')")).isEmpty();
    assertThat(ExpressionReferences.callTargets("'bean.call()' == x")).isEmpty();
  }

  @Test
  void onlyABareDelegateExpressionNamesABean() {
    assertThat(ExpressionReferences.bareName("${caseClosureListener}")).contains("caseClosureListener");
    assertThat(ExpressionReferences.bareName(" #{ listener } ")).contains("listener");
    assertThat(ExpressionReferences.bareName("${factory.create()}")).isEmpty();
    assertThat(ExpressionReferences.bareName("")).isEmpty();
  }
}
