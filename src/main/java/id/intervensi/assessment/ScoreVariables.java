package id.intervensi.assessment;

import java.util.Set;

/** The scores InstrumentScoring computes, described in docs/process-variables.md. */
public final class ScoreVariables {

  public static final String BARTHEL_SCORE = "barthelScore";
  public static final String LAWTON_SCORE = "lawtonScore";
  public static final String GDS_SCORE = "gdsScore";

  /**
   * How many of the 15 GDS-15 items the client could answer; below 15 the gdsScore is null
   * (incomplete).
   */
  public static final String GDS_ITEMS_ASSESSED = "gdsItemsAssessed";

  /**
   * The assessment's scores are also kept as baselineBarthelScore, baselineLawtonScore,
   * baselineGdsScore.
   */
  public static final String BASELINE_PREFIX = "baseline";

  /**
   * The three scores, computed on the step that submits their items and overwriting whatever was
   * submitted.
   */
  static final Set<String> SCORES =
      Set.of(BARTHEL_SCORE, LAWTON_SCORE, GDS_SCORE, GDS_ITEMS_ASSESSED);

  private ScoreVariables() {}
}
