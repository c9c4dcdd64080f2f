package id.intervensi.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressionReferencesTest {

  @Test
  void findsEveryExpressionInAText() {
    assertThat(ExpressionReferences.expressionsIn("Laksanakan: ${activity.prop('name')} dan #{x}"))
        .containsExactly("activity.prop('name')", "x");
    assertThat(ExpressionReferences.expressionsIn("R/${evaluationInterval}"))
        .containsExactly("evaluationInterval");
    assertThat(ExpressionReferences.expressionsIn("${a == '}'}")).containsExactly("a == '}'");
    assertThat(ExpressionReferences.expressionsIn("no expression, just $ and { }")).isEmpty();
  }

  @Test
  void onlyABareDelegateExpressionNamesABean() {
    assertThat(ExpressionReferences.bareName("${caseClosureListener}"))
        .contains("caseClosureListener");
    assertThat(ExpressionReferences.bareName(" #{ listener } ")).contains("listener");
    assertThat(ExpressionReferences.bareName("${factory.create()}")).isEmpty();
    assertThat(ExpressionReferences.bareName("")).isEmpty();
  }
}
