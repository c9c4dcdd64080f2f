package id.intervensi.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.forms.FieldValues;
import id.intervensi.forms.FormDates;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The birth date is checked however it arrives: text from a form or a Date from the Java API. */
class CaseOpeningRulesTest {

  final CaseOpeningRules rules = new CaseOpeningRules(new HomeSettings("Panti", "Asia/Jakarta"));
  final LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

  List<String> check(Object birthDate) {
    List<String> violations = new ArrayList<>();
    rules.check(FieldValues.of(Map.of(ClientIdentityFields.BIRTH_DATE, birthDate)), violations);
    return violations;
  }

  @Test
  void aFutureBirthDateIsRefusedAsTextAndAsDate() {
    assertThat(check(today.plusDays(2).toString()))
        .containsExactly("Tanggal lahir tidak boleh di masa depan.");
    assertThat(check(FormDates.date(today.plusDays(2))))
        .containsExactly("Tanggal lahir tidak boleh di masa depan.");
  }

  @Test
  void anImplausibleBirthDateIsRefusedAsDate() {
    assertThat(check(FormDates.date(today.minusYears(131)))).hasSize(1);
  }

  @Test
  void aPlausibleBirthDatePasses() {
    assertThat(check("1950-03-12")).isEmpty();
    assertThat(check(FormDates.date(LocalDate.of(1950, 3, 12)))).isEmpty();
  }
}
