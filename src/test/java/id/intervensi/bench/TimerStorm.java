package id.intervensi.bench;

import id.intervensi.CaseData;
import id.intervensi.cycle.InterventionCycle;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

  /** Cases started through the engine; the rest are copies of them (see {@link #copy}). */
  static final int TEMPLATES = 50;

  /**
   * Engine tables whose rows of the template cases are copied; parents before children (the foreign
   * keys), the rest in any order. The meter logs are the engine's counters, not a case's.
   */
  private static final List<String> FIRST_TABLES =
      List.of("ACT_GE_BYTEARRAY", "ACT_RU_EXECUTION", "ACT_RU_TASK");

  private static final Set<String> NOT_COPIED = Set.of("ACT_RU_METER_LOG", "ACT_RU_TASK_METER_LOG");

  /**
   * The columns that hold the id of a row of the same case (its executions, activity instances,
   * tasks, variables, byte arrays, jobs): a copy gets ids of its own there. Every other column (the
   * process definition, the job definition, activity ids, names, values) is copied as it is.
   */
  private static final Set<String> CASE_IDS =
      Set.of(
          "ID_",
          "PROC_INST_ID_",
          "PROCESS_INSTANCE_ID_",
          "ROOT_PROC_INST_ID_",
          "EXECUTION_ID_",
          "PARENT_ID_",
          "SUPER_EXEC_",
          "SUPER_PROCESS_INSTANCE_ID_",
          "ACT_INST_ID_",
          "PARENT_ACT_INST_ID_",
          "CALL_PROC_INST_ID_",
          "TASK_ID_",
          "PARENT_TASK_ID_",
          "BYTEARRAY_ID_",
          "VAR_INST_ID_",
          "VAR_SCOPE_",
          "JOB_ID_",
          "JOB_EXCEPTION_STACK_ID_",
          "EXCEPTION_STACK_ID_",
          "LAST_FAILURE_LOG_ID_",
          "CAUSE_INCIDENT_ID_",
          "ROOT_CAUSE_INCIDENT_ID_",
          "RESOURCE_ID_");

  /**
   * The cases: {@value #TEMPLATES} (or fewer) started directly at the intervention subprocess with
   * the plan's variables, in transactions of {@value #PER_TRANSACTION} on as many threads as there
   * are cores, then copied row by row in set-based SQL until there are {@code cases} (starting
   * 10,000 cases through the engine took minutes per side and database; copying takes seconds).
   */
  static void prepare(ProcessEngine engine, int cases) {
    int templates = Math.min(cases, TEMPLATES);
    DataSource dataSource = dataSource(engine);
    Map<String, Set<String>> before = cases > templates ? ids(dataSource) : Map.of();
    long started = System.nanoTime();
    start(engine, 0, templates);
    long copying = System.nanoTime();
    if (cases > templates) {
      copy(dataSource, before, cases / templates - 1);
      start(engine, templates * (cases / templates), cases);
    }
    System.out.printf(
        Locale.ROOT,
        "  %d cases started in %.1f s, copied to %d in %.1f s%n",
        templates,
        (copying - started) / 1e9,
        cases,
        (System.nanoTime() - copying) / 1e9);
  }

  /** Cases first..last-1 through the engine's API. */
  static void start(ProcessEngine engine, int first, int last) {
    Map<String, Object> plan = new HashMap<>(CaseData.plan());
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    ExecutorService threads =
        Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int from = first; from < last; from += PER_TRANSACTION) {
        int one = from;
        int end = Math.min(last, from + PER_TRANSACTION);
        batches.add(
            threads.submit(
                () ->
                    configuration
                        .getCommandExecutorTxRequired()
                        .execute(context -> startCases(engine, plan, one, end))));
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

  private static Void startCases(
      ProcessEngine engine, Map<String, Object> plan, int first, int last) {
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

  private static DataSource dataSource(ProcessEngine engine) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDataSource();
  }

  /** The engine's tables with an ID_ column, in the order they are filled. */
  private static List<String> tables(Connection sql) throws SQLException {
    DatabaseMetaData meta = sql.getMetaData();
    List<String> tables = new ArrayList<>();
    try (ResultSet columns = meta.getColumns(null, null, "%", "%")) {
      while (columns.next()) {
        String table = columns.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
        String schema = String.valueOf(columns.getString("TABLE_SCHEM"));
        if (columns.getString("COLUMN_NAME").equalsIgnoreCase("ID_")
            && !schema.equalsIgnoreCase("INFORMATION_SCHEMA")
            && !schema.equalsIgnoreCase("pg_catalog")
            && (table.startsWith("ACT_RU_")
                || table.startsWith("ACT_HI_")
                || table.equals("ACT_GE_BYTEARRAY"))
            && !NOT_COPIED.contains(table)) {
          tables.add(table);
        }
      }
    }
    tables.sort(
        Comparator.comparingInt(
                (String table) ->
                    FIRST_TABLES.contains(table)
                        ? FIRST_TABLES.indexOf(table)
                        : FIRST_TABLES.size())
            .thenComparing(table -> table));
    return tables;
  }

  private static List<String> columns(Connection sql, String table) throws SQLException {
    DatabaseMetaData meta = sql.getMetaData();
    String name = meta.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
    List<String> columns = new ArrayList<>();
    try (ResultSet rows = meta.getColumns(null, null, name, "%")) {
      while (rows.next()) {
        String schema = String.valueOf(rows.getString("TABLE_SCHEM"));
        if (!schema.equalsIgnoreCase("INFORMATION_SCHEMA")) {
          columns.add(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
        }
      }
    }
    return columns;
  }

  /** The ids in each engine table before the template cases are started. */
  private static Map<String, Set<String>> ids(DataSource dataSource) {
    Map<String, Set<String>> ids = new HashMap<>();
    try (Connection sql = dataSource.getConnection();
        Statement statement = sql.createStatement()) {
      for (String table : tables(sql)) {
        Set<String> seen = new HashSet<>();
        try (ResultSet rows = statement.executeQuery("select ID_ from " + table)) {
          while (rows.next()) {
            seen.add(rows.getString(1));
          }
        }
        ids.put(table, seen);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ids;
  }

  /**
   * Every row the template cases added to the engine's tables, {@code copies} times, in one INSERT
   * ... SELECT per table and one transaction: a copy's ids are the template's with the last five
   * characters replaced by {@code ~} and the copy's number (ids are UUIDs; the same id gets the
   * same copy id in every column, so the copy's rows point at each other as the template's do, and
   * the length stays within the columns').
   */
  static void copy(DataSource dataSource, Map<String, Set<String>> before, int copies) {
    if (copies <= 0) {
      return;
    }
    try (Connection sql = dataSource.getConnection();
        Statement statement = sql.createStatement()) {
      boolean h2 = sql.getMetaData().getDatabaseProductName().equals("H2");
      sql.setAutoCommit(false);
      if (h2) {
        // H2 checks a foreign key row by row: a copied execution may come before its parent's
        // copy in one INSERT (PostgreSQL checks at the statement's end)
        statement.execute("set referential_integrity false");
        // one large commit need not be written at once (WRITE_DELAY=0 also turns off H2's
        // background compaction); the storm itself runs with the URL's setting again
        statement.execute("set write_delay 500");
      }
      statement.execute("create table BENCH_COPY (C_ integer primary key)");
      statement.execute(
          "create table BENCH_TEMPLATE (TABLE_ varchar(64), ID_ varchar(255), primary key (TABLE_, ID_))");
      try (PreparedStatement copy = sql.prepareStatement("insert into BENCH_COPY values (?)")) {
        for (int c = 1; c <= copies; c++) {
          copy.setInt(1, c);
          copy.addBatch();
        }
        copy.executeBatch();
      }
      List<String> tables = tables(sql);
      try (PreparedStatement template =
          sql.prepareStatement("insert into BENCH_TEMPLATE values (?, ?)")) {
        for (String table : tables) {
          Set<String> seen = before.getOrDefault(table, Set.of());
          try (ResultSet rows = sql.createStatement().executeQuery("select ID_ from " + table)) {
            while (rows.next()) {
              if (!seen.contains(rows.getString(1))) {
                template.setString(1, table);
                template.setString(2, rows.getString(1));
                template.addBatch();
              }
            }
          }
        }
        template.executeBatch();
      }
      for (String table : tables) {
        List<String> columns = columns(sql, table);
        String values =
            columns.stream()
                .map(column -> CASE_IDS.contains(column) ? copyId("T." + column) : "T." + column)
                .collect(Collectors.joining(", "));
        long started = System.nanoTime();
        int copied =
            statement.executeUpdate(
                "insert into "
                    + table
                    + " ("
                    + String.join(", ", columns)
                    + ") select "
                    + values
                    + " from "
                    + table
                    + " T join BENCH_TEMPLATE B on B.TABLE_ = '"
                    + table
                    + "' and B.ID_ = T.ID_ cross join BENCH_COPY K");
        if (Boolean.getBoolean("bench.copyLog")) {
          System.out.printf(
              Locale.ROOT,
              "    %s: %d rows in %.1f s%n",
              table,
              copied,
              (System.nanoTime() - started) / 1e9);
        }
      }
      statement.execute("drop table BENCH_TEMPLATE");
      statement.execute("drop table BENCH_COPY");
      sql.commit();
      if (h2) {
        statement.execute("set referential_integrity true");
        statement.execute("set write_delay " + writeDelay(dataSource));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("copying the storm's cases failed", e);
    }
  }

  /** The URL's WRITE_DELAY (H2's default 500 when it sets none). */
  private static int writeDelay(DataSource dataSource) throws SQLException {
    try (Connection sql = dataSource.getConnection()) {
      Matcher delay = Pattern.compile(";WRITE_DELAY=(\\d+)").matcher(sql.getMetaData().getURL());
      return delay.find() ? Integer.parseInt(delay.group(1)) : 500;
    }
  }

  /** SQL: the copy K's id for the id in {@code column} (null and short values stay). */
  private static String copyId(String column) {
    return "case when length("
        + column
        + ") > 20 then substr("
        + column
        + ", 1, length("
        + column
        + ") - 5) || '~' || lpad(cast(K.C_ as varchar(4)), 4, '0') else "
        + column
        + " end";
  }

  /**
   * Timers per second from the moment they fall due until the last follow-up task exists; nodes:
   * the engines on the database (each with its job executor), woken at once.
   */
  static double storm(List<ProcessEngine> nodes, int cases) {
    DataSource dataSource = dataSource(nodes.get(0));
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
      for (ProcessEngine node : nodes) {
        ((ProcessEngineConfigurationImpl) node.getProcessEngineConfiguration())
            .getJobExecutor()
            .jobWasAdded();
      }
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
