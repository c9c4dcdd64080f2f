package id.intervensi.termination;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.forms.FieldValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The after-care follow-up is due after one of the offered spans, named in words. */
class TerminationRulesTest {

  final TerminationRules rules = new TerminationRules();

  List<String> check(boolean followUp, String span) {
    Map<String, Object> values = new HashMap<>();
    values.put("afterCareFollowUp", followUp);
    values.put("afterCareInterval", span);
    List<String> violations = new ArrayList<>();
    rules.check(FieldValues.of(values), violations);
    return violations;
  }

  @Test
  void anOfferedSpanPasses() {
    assertThat(check(true, "P90D")).isEmpty();
    assertThat(check(true, "P365D")).isEmpty();
  }

  @Test
  void aCodeThatIsNotOfferedOrNoSpanIsRefused() {
    assertThat(check(true, "P2Y"))
        .singleElement()
        .asString()
        .startsWith(
            "«Jangka waktu tindak lanjut pasca-layanan» harus salah satu jangka waktu yang tersedia:")
        .contains("3 bulan");
    assertThat(check(true, null))
        .containsExactly(
            "«Jangka waktu tindak lanjut pasca-layanan» wajib diisi bila tindak lanjut dijadwalkan.");
  }

  @Test
  void withoutAFollowUpTheSpanIsNotRead() {
    assertThat(check(false, "P2Y")).isEmpty();
  }
}
