package id.intervensi.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The baseline of the benchmark: a bare Camunda 7.24 engine (no Spring, no app plugins) with the
 * repository's own models deployed (intervention-cycle, both decision tables, the forms), every
 * bean the models name replaced by one that does nothing but give the flow what it needs (the
 * decision tables' inputs the app's listeners would set; a due date). The Spin plugin is there
 * because the cycle's variables are JSON (goals, activities).
 */
public final class BareCycleEngine {

  private BareCycleEngine() {}

  /** Job executor settings, the same names as camunda.bpm.job-execution.*. */
  public record JobExecution(
      int corePoolSize,
      int maxPoolSize,
      int queueCapacity,
      int maxJobsPerAcquisition,
      int waitTimeInMillis,
      long maxWait) {

    /** The Spring Boot starter's defaults (JobExecutionProperty). */
    public static final JobExecution STARTER_DEFAULTS = new JobExecution(3, 10, 3, 3, 5000, 60000);

    /**
     * camunda.bpm.job-execution of application.yaml (the benchmark checks that the app's engine has
     * them: CycleBench.settings).
     */
    public static final JobExecution APPLICATION_YAML = new JobExecution(3, 10, 3, 3, 5000, 60000);

    public List<String> asAppArguments() {
      return List.of(
          "--camunda.bpm.job-execution.core-pool-size=" + corePoolSize,
          "--camunda.bpm.job-execution.max-pool-size=" + maxPoolSize,
          "--camunda.bpm.job-execution.queue-capacity=" + queueCapacity,
          "--camunda.bpm.job-execution.max-jobs-per-acquisition=" + maxJobsPerAcquisition,
          "--camunda.bpm.job-execution.wait-time-in-millis=" + waitTimeInMillis,
          "--camunda.bpm.job-execution.max-wait=" + maxWait);
    }

    @Override
    public String toString() {
      return "pool "
          + corePoolSize
          + "-"
          + maxPoolSize
          + ", queue "
          + queueCapacity
          + ", "
          + maxJobsPerAcquisition
          + " jobs per acquisition, wait "
          + waitTimeInMillis
          + " ms";
    }
  }

  /**
   * A bare engine on the given database with the cycle deployed; jobs null: no job executor.
   * historyLevel: full, audit, activity or none. The connections come from MyBatis' pool (the
   * whole-case rounds, in memory).
   */
  public static ProcessEngine start(
      String name,
      String jdbcUrl,
      String user,
      String password,
      String historyLevel,
      JobExecution jobs) {
    StandaloneProcessEngineConfiguration configuration = configuration(name, historyLevel, jobs);
    configuration
        .setJdbcUrl(jdbcUrl)
        .setJdbcUsername(user)
        .setJdbcPassword(password)
        .setJdbcDriver(
            jdbcUrl.startsWith("jdbc:postgresql") ? "org.postgresql.Driver" : "org.h2.Driver")
        .setDatabaseSchemaUpdate(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_CREATE_DROP);
    // a pool that keeps its connections (MyBatis' pool would close all but 5 idle ones)
    configuration.setJdbcMaxActiveConnections(20);
    configuration.setJdbcMaxIdleConnections(20);
    ProcessEngine engine = configuration.buildProcessEngine();
    deployModels(engine);
    return engine;
  }

  /**
   * A bare engine on a data source of the caller's (the timer storm: a Hikari pool set as the app's
   * is); deploy false: a second node on a database where the first has deployed the models.
   */
  public static ProcessEngine start(
      String name, DataSource dataSource, String historyLevel, JobExecution jobs, boolean deploy) {
    StandaloneProcessEngineConfiguration configuration = configuration(name, historyLevel, jobs);
    configuration.setDataSource(dataSource);
    // the first node creates the schema (true: as the starter's camunda.bpm.database.schema-update)
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    ProcessEngine engine = configuration.buildProcessEngine();
    if (deploy) {
      deployModels(engine);
    }
    return engine;
  }

  private static StandaloneProcessEngineConfiguration configuration(
      String name, String historyLevel, JobExecution jobs) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration
        .setProcessEngineName(name)
        .setHistory(historyLevel)
        .setJobExecutorActivate(jobs != null);
    // as the starter: JDBC batching on (camunda.bpm.database.jdbc-batch-processing, the default)
    configuration.setJdbcBatchProcessing(true);
    // ids as the Spring Boot starter makes them (camunda.bpm.id-generator: strong); the standalone
    // default takes blocks of ids from one database row, which job threads contend for
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setBeans(beans());
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    if (jobs != null) {
      DefaultJobExecutor executor = new DefaultJobExecutor();
      executor.setCorePoolSize(jobs.corePoolSize());
      executor.setMaxPoolSize(jobs.maxPoolSize());
      executor.setQueueSize(jobs.queueCapacity());
      executor.setMaxJobsPerAcquisition(jobs.maxJobsPerAcquisition());
      executor.setWaitTimeInMillis(jobs.waitTimeInMillis());
      executor.setMaxWait(jobs.maxWait());
      configuration.setJobExecutor(executor);
    }
    return configuration;
  }

  /** processes/ and forms/ from the classpath, in one deployment (formRefBinding deployment). */
  static void deployModels(ProcessEngine engine) {
    DeploymentBuilder deployment =
        engine.getRepositoryService().createDeployment().name("intervensi-models");
    try {
      for (String pattern : List.of("classpath*:processes/*.*", "classpath*:forms/*.form")) {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
          String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
          try (InputStream in = resource.getInputStream()) {
            deployment.addString(
                folder + resource.getFilename(),
                new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    deployment.deploy();
  }

  /** The beans the cycle's expressions name, each doing only what the flow needs. */
  static Map<Object, Object> beans() {
    Map<Object, Object> beans = new HashMap<>();
    beans.put("caseOpeningListener", new CaseOpening());
    beans.put("caseClosureListener", new Nothing());
    beans.put("terminationReasonRecorder", new TerminationReasons());
    beans.put("instrumentScoring", new Scoring());
    beans.put("goalAttainmentRows", new GoalRows());
    beans.put("dueDates", new Dates());
    return beans;
  }

  /** The admission table's inputs that the app's case-opening listener takes from the registry. */
  public static class CaseOpening implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      execution.setVariable("clientAge", 76L);
      execution.setVariable("clientSex", "F");
    }
  }

  /** A listener that does nothing (case closure). */
  public static class Nothing implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      // the baseline keeps no case files
    }
  }

  /** terminationReasonRecorder.record(execution, reason): nothing. */
  public static class TerminationReasons {
    public void record(DelegateExecution execution, String reason) {
      // the flow does not read the reason
    }
  }

  /** The functioning-level table's inputs (the walk's answers score 85, 6, 6). */
  public static class Scoring {
    public void scoreAssessment(DelegateTask task) {
      task.setVariable("barthelScore", 85L);
      task.setVariable("lawtonScore", 6L);
      task.setVariable("gdsScore", 6L);
    }

    public void scoreEvaluation(DelegateTask task) {
      // no table reads the evaluation's scores
    }
  }

  /** goalAttainmentRows.fromPlan(goals): no rows prefilled. */
  public static class GoalRows {
    public Object fromPlan(Object goals) {
      return null;
    }
  }

  /** dueDates.after(period): now. */
  public static class Dates {
    public Date after(String period) {
      return new Date();
    }
  }
}
