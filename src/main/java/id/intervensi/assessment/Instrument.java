package id.intervensi.assessment;

import id.intervensi.forms.FieldValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scored assessment instrument: named items, each with the answers it accepts and the points each
 * answer gives. The server computes the total; a worker never types a score.
 */
public final class Instrument {

  /**
   * The answer of an item the client cannot answer (e.g. a resident with dementia asked the GDS-15
   * questions): it gives no points, and the instrument's score is then incomplete, not lower.
   */
  public static final String NOT_ASSESSABLE = "NOT_ASSESSABLE";

  private final String name;
  private final Map<String, Map<String, Integer>> items;
  private final boolean allowsNotAssessable;

  private Instrument(
      String name, Map<String, Map<String, Integer>> items, boolean allowsNotAssessable) {
    this.name = name;
    this.items = items;
    this.allowsNotAssessable = allowsNotAssessable;
  }

  /**
   * What an instrument's answers add up to: the points of the assessed items, how many items were
   * assessed, and how many there are.
   */
  public record Result(int points, int itemsAssessed, int items) {

    /** The score, or null when an item could not be assessed: an incomplete score is not zero. */
    public Integer score() {
      return itemsAssessed == items ? points : null;
    }
  }

  /**
   * Barthel Index of activities of daily living, 0-100 (Mahoney and Barthel 1965): answers are the
   * points themselves.
   */
  public static final Instrument BARTHEL =
      points(
          "Indeks Barthel",
          Map.ofEntries(
              Map.entry("barthelFeeding", List.of(0, 5, 10)),
              Map.entry("barthelBathing", List.of(0, 5)),
              Map.entry("barthelGrooming", List.of(0, 5)),
              Map.entry("barthelDressing", List.of(0, 5, 10)),
              Map.entry("barthelBowels", List.of(0, 5, 10)),
              Map.entry("barthelBladder", List.of(0, 5, 10)),
              Map.entry("barthelToilet", List.of(0, 5, 10)),
              Map.entry("barthelTransfers", List.of(0, 5, 10, 15)),
              Map.entry("barthelMobility", List.of(0, 5, 10, 15)),
              Map.entry("barthelStairs", List.of(0, 5, 10))));

  /** Lawton instrumental activities of daily living, 0-8: each item 0 or 1. */
  public static final Instrument LAWTON =
      points(
          "Skala IADL Lawton",
          Map.of(
              "lawtonTelephone", List.of(0, 1),
              "lawtonShopping", List.of(0, 1),
              "lawtonFoodPreparation", List.of(0, 1),
              "lawtonHousekeeping", List.of(0, 1),
              "lawtonLaundry", List.of(0, 1),
              "lawtonTransportation", List.of(0, 1),
              "lawtonMedication", List.of(0, 1),
              "lawtonFinances", List.of(0, 1)));

  /**
   * Geriatric Depression Scale, short form (Sheikh and Yesavage 1986), 0-15: one point for each
   * answer that suggests depression; "NO" counts on items 1, 5, 7, 11 and 13, "YES" on the others.
   * An item may be {@link #NOT_ASSESSABLE}: the score is then incomplete (null).
   */
  public static final Instrument GDS15 = gds();

  public String name() {
    return name;
  }

  public List<String> itemKeys() {
    return List.copyOf(items.keySet());
  }

  public int maximum() {
    return items.values().stream()
        .mapToInt(points -> points.values().stream().mapToInt(Integer::intValue).max().orElse(0))
        .sum();
  }

  /**
   * The total score; throws {@link IllegalArgumentException} naming every unanswered or invalid
   * item.
   */
  public int score(FieldValues answers) {
    Result result = result(answers);
    if (result.score() == null) {
      throw new IllegalArgumentException(name + ": skor tidak lengkap.");
    }
    return result.score();
  }

  /**
   * The points of the assessed items and their count; throws {@link IllegalArgumentException}
   * naming every unanswered or invalid item ({@link #NOT_ASSESSABLE} is valid only where the
   * instrument allows it).
   */
  public Result result(FieldValues answers) {
    int total = 0;
    int assessed = 0;
    StringBuilder problems = new StringBuilder();
    for (Map.Entry<String, Map<String, Integer>> item : items.entrySet()) {
      Object answer = answers.get(item.getKey());
      if (allowsNotAssessable && NOT_ASSESSABLE.equals(answer)) {
        continue;
      }
      Integer points = answer == null ? null : item.getValue().get(answer.toString());
      if (points == null) {
        problems.append(problems.isEmpty() ? "" : ", ").append(item.getKey());
      } else {
        total += points;
        assessed++;
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          name + ": butir belum dijawab atau jawabannya tidak valid: " + problems + ".");
    }
    return new Result(total, assessed, items.size());
  }

  private static Instrument points(String name, Map<String, List<Integer>> pointsByItem) {
    Map<String, Map<String, Integer>> items = new LinkedHashMap<>();
    pointsByItem.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              Map<String, Integer> answers = new LinkedHashMap<>();
              e.getValue().forEach(p -> answers.put(String.valueOf(p), p));
              items.put(e.getKey(), answers);
            });
    return new Instrument(name, items, false);
  }

  private static Instrument gds() {
    List<Integer> noCounts = List.of(1, 5, 7, 11, 13);
    Map<String, Map<String, Integer>> items = new LinkedHashMap<>();
    for (int i = 1; i <= 15; i++) {
      boolean noIsDepressive = noCounts.contains(i);
      items.put(
          String.format("gds%02d", i),
          Map.of("YES", noIsDepressive ? 0 : 1, "NO", noIsDepressive ? 1 : 0));
    }
    return new Instrument("GDS-15", items, true);
  }
}
