package id.intervensi.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.forms.FieldValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client not in DTSEN has no decile; one registered has one (the form's required rule). */
class IntakeInterviewRulesTest {

  final IntakeInterviewRules rules = new IntakeInterviewRules();

  List<String> check(Boolean notRegistered, Long decile) {
    Map<String, Object> values = new HashMap<>();
    values.put("dtsenNotRegistered", notRegistered);
    values.put("dtsenDecile", decile);
    List<String> violations = new ArrayList<>();
    rules.check(FieldValues.of(values), violations);
    return violations;
  }

  @Test
  void eitherADecileOrNotRegistered() {
    assertThat(check(false, 2L)).isEmpty();
    assertThat(check(null, 2L)).isEmpty();
    assertThat(check(true, null)).isEmpty();
    assertThat(check(true, 2L))
        .containsExactly(
            "«Desil DTSEN» harus dikosongkan bila klien tidak terdaftar di DTSEN: pilih salah satu.");
  }
}
