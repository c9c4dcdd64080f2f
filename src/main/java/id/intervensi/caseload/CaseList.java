package id.intervensi.caseload;

import id.intervensi.casefile.CaseStage;
import id.intervensi.casefile.RecordRows;
import id.intervensi.engine.AsSystem;
import id.intervensi.engine.CurrentUser;
import id.intervensi.refusal.Refusal;
import id.intervensi.security.Groups;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The case list of Tasklist's top bar: "Kasus saya" (the cases a social worker is assigned to, or
 * holds a task of) and, for supervisors, managers and auditors, every open case; searched by name,
 * NIK or case number; each row with the stage, the next due date and what is overdue.
 */
@Service
public class CaseList {

  private static final RecordRows<Found> FOUND_ROWS = RecordRows.of(Found.class);

  /** Which cases: the user's own, or every open one. */
  public enum Scope {
    MINE,
    ALL
  }

  /** Who sees every open case. */
  public static final List<String> EVERY_CASE =
      List.of(Groups.SUPERVISORS, Groups.MANAGERS, Groups.AUDITORS, Groups.ADMINS);

  /** Who has cases of their own. */
  public static final List<String> OWN_CASES = List.of(Groups.SOCIAL_WORKERS, Groups.SUPERVISORS);

  static final int MAX_PAGE = 200;

  /** One case in the list. */
  public record CaseRow(
      String caseNumber,
      String clientName,
      String nik,
      Integer age,
      String stage,
      String stageLabel,
      LocalDateTime stageSince,
      String assignedWorker,
      int openTasks,
      Date nextDue,
      int overdueTasks) {}

  /** A page of the list and how many cases match in all. */
  public record CasePage(long total, int firstResult, List<CaseRow> rows) {}

  private final JdbcClient jdbc;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final IdentityService identityService;

  CaseList(
      JdbcClient jdbc,
      TaskService taskService,
      ManagementService managementService,
      IdentityService identityService) {
    this.jdbc = jdbc;
    this.taskService = taskService;
    this.managementService = managementService;
    this.identityService = identityService;
  }

  public CasePage list(Scope scope, String query, int firstResult, int maxResults, ZoneId zone) {
    if (firstResult < 0 || maxResults < 1 || maxResults > MAX_PAGE) {
      throw Refusal.invalid(
          "Daftar kasus diminta per halaman: firstResult 0 atau lebih, maxResults 1 sampai "
              + MAX_PAGE
              + ".");
    }
    Authentication user =
        CurrentUser.inGroups(
            identityService,
            scope == Scope.ALL ? EVERY_CASE : OWN_CASES,
            scope == Scope.ALL
                ? "Semua kasus aktif hanya dapat dilihat oleh supervisor, manajer dan auditor."
                : "Daftar \"Kasus saya\" untuk pekerja sosial dan supervisor.");
    StringBuilder where = new StringBuilder(" where f.status = 'OPEN'");
    MapSqlParameterSource params = new MapSqlParameterSource();
    if (scope == Scope.MINE) {
      // the cases assigned to the user and those where they hold a task: read from the task table
      // in the same query, not through an authorized engine task query (at 10,000 open cases that
      // query took seconds: bench/RESULTS.md, bench/scale), since only the user's own tasks count
      where.append(
          " and (f.assigned_worker = :user or exists (select 1 from act_ru_task t"
              + " where t.proc_inst_id_ = f.process_instance_id and t.assignee_ = :user))");
      params.addValue("user", user.getUserId());
    }
    String text = query == null ? "" : query.strip();
    if (!text.isEmpty()) {
      where.append(
          " and (upper(f.case_number) like :prefix or c.nik like :prefix"
              + " or lower(c.full_name) like :contains)");
      params.addValue("prefix", text.toUpperCase(Locale.ROOT) + "%");
      params.addValue("contains", "%" + text.toLowerCase(Locale.ROOT) + "%");
    }
    String from = " from case_file f join client c on c.id = f.client_id";
    long total =
        jdbc.sql("select count(*)" + from + where).paramSource(params).query(Long.class).single();
    params.addValue("first", firstResult);
    params.addValue("max", maxResults);
    List<Found> found =
        jdbc.sql(
                "select f.case_number, f.process_instance_id, f.stage, f.stage_since,"
                    + " f.assigned_worker, c.full_name, c.nik, c.birth_date,"
                    + " c.birth_year_estimate"
                    + from
                    + where
                    + " order by f.opened_at desc, f.case_number desc"
                    + " offset :first rows fetch next :max rows only")
            .paramSource(params)
            .query(FOUND_ROWS)
            .list();
    return new CasePage(total, firstResult, rows(found, zone));
  }

  /** A case_file row with its client's name and birth. */
  record Found(
      String caseNumber,
      String processInstanceId,
      String stage,
      LocalDateTime stageSince,
      String assignedWorker,
      String fullName,
      String nik,
      LocalDate birthDate,
      Integer birthYearEstimate) {}

  private List<CaseRow> rows(List<Found> found, ZoneId zone) {
    if (found.isEmpty()) {
      return List.of();
    }
    Set<String> instances =
        found.stream().map(Found::processInstanceId).collect(Collectors.toSet());
    Map<String, List<Task>> tasks = new HashMap<>();
    Map<String, List<Job>> timers = new HashMap<>();
    AsSystem.run(
        identityService,
        () -> {
          for (Task task :
              taskService
                  .createTaskQuery()
                  .processInstanceIdIn(instances.toArray(String[]::new))
                  .list()) {
            tasks.computeIfAbsent(task.getProcessInstanceId(), k -> new ArrayList<>()).add(task);
          }
          for (Job job :
              managementService.createJobQuery().processInstanceIds(instances).timers().list()) {
            timers.computeIfAbsent(job.getProcessInstanceId(), k -> new ArrayList<>()).add(job);
          }
        });
    Date now = new Date();
    LocalDate today = LocalDate.now(zone);
    List<CaseRow> rows = new ArrayList<>();
    for (Found r : found) {
      String instance = r.processInstanceId();
      List<Task> open = tasks.getOrDefault(instance, List.of());
      Date nextDue =
          Stream.concat(
                  open.stream().map(Task::getDueDate),
                  timers.getOrDefault(instance, List.of()).stream().map(Job::getDuedate))
              .filter(Objects::nonNull)
              .min(Comparator.naturalOrder())
              .orElse(null);
      int overdue =
          (int)
              open.stream()
                  .filter(t -> t.getDueDate() != null && t.getDueDate().before(now))
                  .count();
      rows.add(
          new CaseRow(
              r.caseNumber(),
              r.fullName(),
              r.nik(),
              age(r, today),
              r.stage(),
              CaseStage.labelOf(r.stage(), false),
              r.stageSince(),
              r.assignedWorker(),
              open.size(),
              nextDue,
              overdue));
    }
    return rows;
  }

  private static Integer age(Found row, LocalDate today) {
    if (row.birthDate() != null) {
      return Period.between(row.birthDate(), today).getYears();
    }
    return row.birthYearEstimate() == null ? null : today.getYear() - row.birthYearEstimate();
  }
}
