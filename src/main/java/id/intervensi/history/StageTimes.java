package id.intervensi.history;

import id.intervensi.casefile.CaseStage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricActivityInstance;

/**
 * The time the case spent in each stage: a stage lasts from the moment the engine entered its first
 * element (CaseStage) to the next stage, the case's end, or now while it is in it. A stage entered
 * again (a plan sent back, a new round of evaluation) counts every visit.
 *
 * @param visits each stage in order, with its start, end (null: the case is still in it) and length
 * @param totals per stage: how often it was entered and how long it lasted in all
 */
public record StageTimes(List<Visit> visits, List<Total> totals) {

  /** One stay in a stage. */
  public record Visit(
      String stage, String label, Instant from, Instant to, long minutes, String duration) {}

  /** All stays in one stage. */
  public record Total(String stage, String label, int visits, long minutes, String duration) {}

  static StageTimes of(List<HistoricActivityInstance> activities, Instant end, Instant now) {
    List<HistoricActivityInstance> starts =
        activities.stream()
            .filter(a -> CaseStage.startedBy(a.getActivityId()).isPresent())
            .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
            .toList();
    List<Visit> visits = new ArrayList<>();
    Map<CaseStage, long[]> totals = new LinkedHashMap<>();
    for (int i = 0; i < starts.size(); i++) {
      CaseStage stage = CaseStage.startedBy(starts.get(i).getActivityId()).orElseThrow();
      Instant from = starts.get(i).getStartTime().toInstant();
      Optional<Instant> next =
          i + 1 < starts.size()
              ? Optional.of(starts.get(i + 1).getStartTime().toInstant())
              : Optional.ofNullable(end);
      Duration lasted = Duration.between(from, next.orElse(now));
      visits.add(
          new Visit(
              stage.name(),
              stage.label(),
              from,
              next.orElse(null),
              lasted.toMinutes(),
              Words.duration(lasted)));
      long[] total = totals.computeIfAbsent(stage, s -> new long[2]);
      total[0]++;
      total[1] += lasted.toMinutes();
    }
    List<Total> summed = new ArrayList<>();
    totals.forEach(
        (stage, t) ->
            summed.add(
                new Total(
                    stage.name(),
                    stage.label(),
                    (int) t[0],
                    t[1],
                    Words.duration(Duration.ofMinutes(t[1])))));
    return new StageTimes(visits, summed);
  }
}
