package id.intervensi.bench;

import org.camunda.bpm.engine.ProcessEngine;

/** Opens CycleWalk (package-private, test sources) to bench/src's DashboardBenchmark. */
public final class TimelineWalk {

  private TimelineWalk() {}

  public static void walk(ProcessEngine engine, int cases) {
    CycleWalk.walk(engine, cases);
  }
}
