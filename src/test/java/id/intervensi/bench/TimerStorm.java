package id.intervensi.bench;

import id.intervensi.CaseData;
import id.intervensi.cycle.InterventionCycle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * N cases waiting in their intervention activities, each with its evaluation timer
 * (BoundaryEvent_EvaluationDue, R/P30D); all timers are made due at one moment (one UPDATE of the
 * job table) and the job executor is woken; the storm is over when every case has its follow-up
 * task (Task_EvaluationFollowUp). The same on the app and on the bare engine.
 */
final class TimerStorm {

  static final String EVALUATION_TIMER = "BoundaryEvent_EvaluationDue";

  private TimerStorm() {}

  /** Cases started per transaction while preparing (one commit per case would take minutes). */
  static final int PER_TRANSACTION = 250;

  /**
   * The cases, started directly at the intervention subprocess with the plan's variables, in
   * transactions of {@value #PER_TRANSACTION}, on as many threads as there are cores.
   */
  static void prepare(ProcessEngine engine, int cases) {
    Map<String, Object> plan = new HashMap<>(CaseData.plan());
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    ExecutorService threads =
        Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int from = 0; from < cases; from += PER_TRANSACTION) {
        int first = from;
        int last = Math.min(cases, from + PER_TRANSACTION);
        batches.add(
            threads.submit(
                () ->
                    configuration
                        .getCommandExecutorTxRequired()
                        .execute(context -> start(engine, plan, first, last))));
      }
      for (Future<?> batch : batches) {
        batch.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("preparing the storm's cases failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      threads.shutdown();
    }
  }

  private static Void start(ProcessEngine engine, Map<String, Object> plan, int first, int last) {
    for (int i = first; i < last; i++) {
      Map<String, Object> variables = new HashMap<>(plan);
      variables.put("caseNumber", "STORM-" + i);
      engine
          .getRuntimeService()
          .createProcessInstanceByKey(InterventionCycle.PROCESS_ID)
          .businessKey("STORM-" + i)
          .setVariables(variables)
          .startBeforeActivity("SubProcess_Intervention")
          .execute();
    }
    return null;
  }

  /** Timers per second from the moment they fall due until the last follow-up task exists. */
  static double storm(ProcessEngine engine, int cases) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    DataSource dataSource = configuration.getDataSource();
    try (Connection sql = dataSource.getConnection()) {
      sql.setAutoCommit(true);
      long start = System.nanoTime();
      try (PreparedStatement due =
          sql.prepareStatement(
              "update ACT_RU_JOB set DUEDATE_ = ? where JOB_DEF_ID_ in"
                  + " (select ID_ from ACT_RU_JOBDEF where ACT_ID_ = ?)")) {
        due.setTimestamp(1, new Timestamp(System.currentTimeMillis() - 1_000));
        due.setString(2, EVALUATION_TIMER);
        int updated = due.executeUpdate();
        if (updated != cases) {
          throw new IllegalStateException(updated + " timers for " + cases + " cases");
        }
      }
      configuration.getJobExecutor().jobWasAdded();
      long deadline = start + 1_200_000_000_000L;
      while (followUps(sql) < cases) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the timer storm did not end in 20 minutes");
        }
        Thread.sleep(20);
      }
      return cases / ((System.nanoTime() - start) / 1e9);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long followUps(Connection sql) throws SQLException {
    try (PreparedStatement count =
            sql.prepareStatement("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = ?");
        ResultSet rows = setting(count, InterventionCycle.TASK_EVALUATION_FOLLOW_UP)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static ResultSet setting(PreparedStatement statement, String value) throws SQLException {
    statement.setString(1, value);
    return statement.executeQuery();
  }
}
