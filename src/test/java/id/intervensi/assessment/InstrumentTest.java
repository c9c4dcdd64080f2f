package id.intervensi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.intervensi.forms.FieldValues;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstrumentTest {

  static Map<String, Object> answers(Instrument instrument, String answer) {
    Map<String, Object> answers = new HashMap<>();
    instrument.itemKeys().forEach(key -> answers.put(key, answer));
    return answers;
  }

  @Test
  void barthelRangesFromZeroToHundred() {
    assertThat(Instrument.BARTHEL.itemKeys()).hasSize(10);
    assertThat(Instrument.BARTHEL.maximum()).isEqualTo(100);
    assertThat(Instrument.BARTHEL.score(FieldValues.of(answers(Instrument.BARTHEL, "0")))).isZero();

    Map<String, Object> mixed = answers(Instrument.BARTHEL, "5");
    mixed.put("barthelTransfers", "15");
    mixed.put("barthelMobility", "10");
    assertThat(Instrument.BARTHEL.score(FieldValues.of(mixed))).isEqualTo(8 * 5 + 15 + 10);
  }

  @Test
  void barthelRefusesAnAnswerTheItemDoesNotHave() {
    Map<String, Object> answers = answers(Instrument.BARTHEL, "5");
    answers.put("barthelBathing", "10");
    answers.remove("barthelStairs");
    assertThatThrownBy(() -> Instrument.BARTHEL.score(FieldValues.of(answers)))
        .hasMessageContaining("barthelBathing")
        .hasMessageContaining("barthelStairs");
  }

  @Test
  void lawtonCountsEachAbilityOnce() {
    assertThat(Instrument.LAWTON.maximum()).isEqualTo(8);
    Map<String, Object> answers = answers(Instrument.LAWTON, "1");
    answers.put("lawtonFinances", "0");
    assertThat(Instrument.LAWTON.score(FieldValues.of(answers))).isEqualTo(7);
  }

  @Test
  void gdsCountsNoOnPositiveItemsAndYesOnTheOthers() {
    assertThat(Instrument.GDS15.maximum()).isEqualTo(15);
    // all "YES": 10 depressive answers (items 2,3,4,6,8,9,10,12,14,15)
    assertThat(Instrument.GDS15.score(FieldValues.of(answers(Instrument.GDS15, "YES"))))
        .isEqualTo(10);
    // all "NO": 5 depressive answers (items 1,5,7,11,13)
    assertThat(Instrument.GDS15.score(FieldValues.of(answers(Instrument.GDS15, "NO"))))
        .isEqualTo(5);
    Map<String, Object> worst = answers(Instrument.GDS15, "YES");
    for (String item : new String[] {"gds01", "gds05", "gds07", "gds11", "gds13"}) {
      worst.put(item, "NO");
    }
    assertThat(Instrument.GDS15.score(FieldValues.of(worst))).isEqualTo(15);
  }

  @Test
  void gdsItemsThatCannotBeAssessedLeaveTheScoreIncompleteNotZero() {
    Map<String, Object> answers = answers(Instrument.GDS15, "NO");
    answers.put("gds02", Instrument.NOT_ASSESSABLE);
    answers.put("gds03", Instrument.NOT_ASSESSABLE);

    Instrument.Result result = Instrument.GDS15.result(FieldValues.of(answers));

    assertThat(result.score()).isNull();
    assertThat(result.itemsAssessed()).isEqualTo(13);
    assertThat(result.points()).isEqualTo(5);
    assertThatThrownBy(() -> Instrument.GDS15.score(FieldValues.of(answers)))
        .hasMessageContaining("tidak lengkap");

    Map<String, Object> none = answers(Instrument.GDS15, Instrument.NOT_ASSESSABLE);
    assertThat(Instrument.GDS15.result(FieldValues.of(none)).itemsAssessed()).isZero();
    assertThat(Instrument.GDS15.result(FieldValues.of(none)).score()).isNull();
  }

  @Test
  void onlyTheGdsAcceptsNotAssessable() {
    Map<String, Object> answers = answers(Instrument.BARTHEL, "5");
    answers.put("barthelFeeding", Instrument.NOT_ASSESSABLE);
    assertThatThrownBy(() -> Instrument.BARTHEL.result(FieldValues.of(answers)))
        .hasMessageContaining("barthelFeeding");
  }
}
