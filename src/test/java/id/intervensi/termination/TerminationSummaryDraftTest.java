package id.intervensi.termination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The termination summary is drafted from what the case did, not retyped. */
class TerminationSummaryDraftTest {

  @Test
  void theDraftNamesGoalsActivitiesAndScores() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(
        "goals",
        "[{\"goal\":\"Aktif berkegiatan\",\"indicator\":\"hadir\",\"target\":\"4 kali sebulan\"}]");
    variables.put(
        "goalAttainment", "[{\"goal\":\"Aktif berkegiatan\",\"attainment\":\"ACHIEVED\"}]");
    variables.put("baselineBarthelScore", 80L);
    variables.put("baselineLawtonScore", 5L);
    variables.put("baselineGdsScore", null);
    variables.put("barthelScore", 90L);
    variables.put("lawtonScore", 6L);
    variables.put("gdsScore", 3L);

    String draft =
        TerminationSummaryDraft.compose(
            variables, List.of("Senam lansia", "Konseling", "Senam lansia"));

    assertThat(draft)
        .contains("- Aktif berkegiatan (sasaran: 4 kali sebulan): tercapai")
        .contains("Kegiatan terlaksana (3 laporan)")
        .contains("- Senam lansia (2 kali)")
        .contains("- Konseling")
        .contains(
            "Skor asesmen awal: Barthel (tingkat kemandirian) 80/100, Lawton 5/8, GDS-15 tidak lengkap")
        .contains(
            "Skor evaluasi terakhir: Barthel (tingkat kemandirian) 90/100, Lawton 6/8, GDS-15 3/15");
    assertThat(draft.length()).isLessThanOrEqualTo(TerminationSummaryDraft.MAX_LENGTH);
  }

  @Test
  void aCaseThatEndedAtIntakeHasNoDraft() {
    assertThat(TerminationSummaryDraft.compose(Map.of(), List.of())).isEmpty();
  }
}
