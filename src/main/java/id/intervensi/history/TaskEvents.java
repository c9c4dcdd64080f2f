package id.intervensi.history;

import id.intervensi.history.Entry.Item;
import id.intervensi.history.Entry.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Every task of the case (created, claimed, reassigned, released, completed or cancelled, with who
 * and when) with the data submitted at each step, and every other change of a case variable, each
 * with its old and new value. Read from the engine's task history, identity link log and variable
 * details (history level full).
 */
@Component
class TaskEvents implements TimelinePart {

  /** The engine's own bookkeeping and the options of a select: no case data. */
  static final String CASE_NUMBER = "caseNumber";

  static final Set<String> BOOKKEEPING =
      Set.of(
          "nrOfInstances",
          "nrOfActiveInstances",
          "nrOfCompletedInstances",
          "loopCounter",
          "socialWorkerChoices");

  /** The suffix of the engine's activity that runs a multi-instance task. */
  static final String MULTI_INSTANCE = "#multiInstanceBody";

  private final HistoryService historyService;

  TaskEvents(HistoryService historyService) {
    this.historyService = historyService;
  }

  /** Values of one step: set as the task was created, or submitted as it was completed. */
  private record StepData(Changes atCreation, Changes submitted) {
    StepData() {
      this(new Changes(), new Changes());
    }
  }

  /** Changes made outside a task (a decision's result, a message's data) in one moment. */
  private record LooseChange(Instant at, String activityInstanceId, Changes items) {}

  /**
   * The changes of one step, a variable once: a value written twice in the step (a form's date
   * text, then the date it is stored as) shows its value before the step and after it.
   */
  private static final class Changes {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Item> items = new ArrayList<>();

    void add(String variableInstanceId, Item item) {
      Integer at = index.get(variableInstanceId);
      if (at == null) {
        index.put(variableInstanceId, items.size());
        items.add(item);
      } else {
        Item first = items.get(at);
        items.set(at, new Item(first.name(), first.before(), item.after()));
      }
    }

    /** What changed: a variable first set to nothing (an empty input mapping) is left out. */
    List<Item> shown() {
      return items.stream().filter(i -> i.before() != null || i.after() != null).toList();
    }
  }

  @Override
  public List<Entry> entries(CaseRecord record) {
    Map<String, HistoricTaskInstance> byActivityInstance = new HashMap<>();
    Map<String, HistoricTaskInstance> byId = new HashMap<>();
    for (HistoricTaskInstance task : record.tasks()) {
      byId.put(task.getId(), task);
      if (task.getActivityInstanceId() != null) {
        byActivityInstance.put(task.getActivityInstanceId(), task);
      }
    }
    Map<String, StepData> steps = new HashMap<>();
    List<LooseChange> loose = new ArrayList<>();
    readVariables(record, byId, byActivityInstance, steps, loose);

    Map<String, String> completedBy = new HashMap<>();
    Map<String, List<UserOperationLogEntry>> assignedBy = new HashMap<>();
    for (UserOperationLogEntry op : record.operations()) {
      if (op.getTaskId() == null) {
        continue;
      }
      if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(op.getOperationType())) {
        completedBy.put(op.getTaskId(), op.getUserId());
      } else if (UserOperationLogEntry.OPERATION_TYPE_ASSIGN.equals(op.getOperationType())) {
        assignedBy.computeIfAbsent(op.getTaskId(), k -> new ArrayList<>()).add(op);
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (HistoricTaskInstance task : record.tasks()) {
      StepData data = steps.getOrDefault(task.getId(), new StepData());
      List<HistoricIdentityLinkLog> links =
          historyService
              .createHistoricIdentityLinkLogQuery()
              .taskId(task.getId())
              .orderByTime()
              .asc()
              .list();
      entries.add(created(task, links, data, record));
      entries.addAll(assignments(task, links, assignedBy.getOrDefault(task.getId(), List.of())));
      if (task.getEndTime() != null) {
        entries.add(ended(task, data, completedBy));
      }
    }
    Map<String, HistoricActivityInstance> activities = record.activitiesById();
    for (LooseChange change : loose) {
      HistoricActivityInstance activity = activities.get(change.activityInstanceId());
      String where =
          activity == null
              ? ""
              : " · " + record.activityName(activity.getActivityId().replace(MULTI_INSTANCE, ""));
      entries.add(
          Entry.of(
              change.at(),
              Kind.DATA_CHANGED,
              (change.activityInstanceId().equals(record.processInstanceId())
                      && !change.at().isAfter(opened(record))
                  ? "Data formulir pembukaan kasus"
                  : "Data kasus diubah" + where),
              null,
              null,
              change.items().shown()));
    }
    return entries;
  }

  private void readVariables(
      CaseRecord record,
      Map<String, HistoricTaskInstance> byId,
      Map<String, HistoricTaskInstance> byActivityInstance,
      Map<String, StepData> steps,
      List<LooseChange> loose) {
    List<HistoricDetail> details =
        historyService
            .createHistoricDetailQuery()
            .processInstanceId(record.processInstanceId())
            .variableUpdates()
            .disableBinaryFetching()
            .orderPartiallyByOccurrence()
            .asc()
            .list();
    Map<String, String> lastValue = new HashMap<>();
    for (HistoricDetail detail : details) {
      if (!(detail instanceof HistoricVariableUpdate update)) {
        continue;
      }
      String after = Values.text(update.getValue(), record.zone());
      String before = lastValue.put(update.getVariableInstanceId(), after);
      if (BOOKKEEPING.contains(update.getVariableName())) {
        continue;
      }
      Item item = new Item(update.getVariableName(), before, after);
      HistoricTaskInstance task =
          update.getTaskId() != null
              ? byId.get(update.getTaskId())
              : byActivityInstance.get(update.getActivityInstanceId());
      // the start form's values are written just before the engine stamps the instance's start
      Instant at = later(update.getTime().toInstant(), opened(record));
      if (task != null) {
        if (CASE_NUMBER.equals(update.getVariableName())) {
          continue; // the case number each task carries for Tasklist (casefile/CaseNumberOnTasks)
        }
        StepData data = steps.computeIfAbsent(task.getId(), k -> new StepData());
        (atCompletion(task, at) ? data.submitted() : data.atCreation())
            .add(update.getVariableInstanceId(), item);
      } else if (!Objects.equals(before, after)) {
        LooseChange last = loose.isEmpty() ? null : loose.get(loose.size() - 1);
        String activityInstance =
            update.getActivityInstanceId() == null
                ? record.processInstanceId()
                : update.getActivityInstanceId();
        if (last != null
            && last.activityInstanceId().equals(activityInstance)
            && Math.abs(last.at().toEpochMilli() - at.toEpochMilli()) < 1000) {
          last.items().add(update.getVariableInstanceId(), item);
        } else {
          Changes items = new Changes();
          items.add(update.getVariableInstanceId(), item);
          loose.add(new LooseChange(at, activityInstance, items));
        }
      }
    }
  }

  private static Instant opened(CaseRecord record) {
    return record.instance().getStartTime().toInstant();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * Whether a value of a task's scope was written as it ended (its form's data), not as it began
   * (input mappings): the nearer of the two moments.
   */
  private static boolean atCompletion(HistoricTaskInstance task, Instant at) {
    if (task.getEndTime() == null) {
      return false;
    }
    long fromStart = Math.abs(at.toEpochMilli() - task.getStartTime().getTime());
    long fromEnd = Math.abs(task.getEndTime().getTime() - at.toEpochMilli());
    return fromEnd <= fromStart;
  }

  private static Entry created(
      HistoricTaskInstance task,
      List<HistoricIdentityLinkLog> links,
      StepData data,
      CaseRecord record) {
    Set<String> groups = new LinkedHashSet<>();
    for (HistoricIdentityLinkLog link : links) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && "add".equals(link.getOperationType())
          && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    List<String> details = new ArrayList<>();
    if (!groups.isEmpty()) {
      details.add("kelompok: " + String.join(", ", groups));
    }
    if (task.getDueDate() != null) {
      details.add("tenggat: " + Values.time(task.getDueDate().toInstant(), record.zone()));
    }
    return Entry.of(
        task.getStartTime().toInstant(),
        Kind.TASK_CREATED,
        "Tugas dibuat: " + task.getName(),
        null,
        details.isEmpty() ? null : String.join("; ", details),
        data.atCreation().shown());
  }

  /**
   * Claims, assignments and releases, from the identity link log: a removal followed at once by a
   * new assignee is one reassignment. An assignment a user made (a supervisor's reassignment) is in
   * the user operation log too; one that is not was the app's: the case's own worker given the task
   * as it was created (caseload/AssignedWorkerOnTasks), within the step of whoever ended the
   * previous one.
   */
  private static List<Entry> assignments(
      HistoricTaskInstance task,
      List<HistoricIdentityLinkLog> links,
      List<UserOperationLogEntry> assignedByUsers) {
    List<HistoricIdentityLinkLog> assignee =
        links.stream().filter(l -> IdentityLinkType.ASSIGNEE.equals(l.getType())).toList();
    List<Entry> entries = new ArrayList<>();
    String current = null;
    for (int i = 0; i < assignee.size(); i++) {
      HistoricIdentityLinkLog link = assignee.get(i);
      Instant at = link.getTime().toInstant();
      if ("add".equals(link.getOperationType())) {
        String user = link.getUserId();
        String by = link.getAssignerId();
        List<Item> items = List.of(new Item("penanggung jawab tugas", current, user));
        boolean byUser =
            assignedByUsers.stream()
                .anyMatch(
                    op ->
                        Objects.equals(user, op.getNewValue())
                            && Math.abs(op.getTimestamp().getTime() - link.getTime().getTime())
                                < 1000);
        if (user != null && user.equals(by)) {
          entries.add(
              Entry.of(
                  at, Kind.TASK_CLAIMED, "Tugas diklaim: " + task.getName(), user, null, items));
        } else if (byUser) {
          entries.add(
              Entry.of(
                  at,
                  Kind.TASK_ASSIGNED,
                  "Tugas ditugaskan kepada " + user + ": " + task.getName(),
                  by,
                  null,
                  items));
        } else {
          entries.add(
              Entry.of(
                  at,
                  Kind.TASK_ASSIGNED,
                  "Tugas diberikan kepada " + user + ": " + task.getName(),
                  null,
                  "otomatis: pekerja sosial pendamping kasus",
                  items));
        }
        current = user;
      } else {
        HistoricIdentityLinkLog next = i + 1 < assignee.size() ? assignee.get(i + 1) : null;
        boolean replaced =
            next != null
                && "add".equals(next.getOperationType())
                && next.getTime().getTime() - link.getTime().getTime() < 1000;
        if (!replaced) {
          entries.add(
              Entry.of(
                  at,
                  Kind.TASK_RELEASED,
                  "Tugas dilepas: " + task.getName(),
                  link.getAssignerId(),
                  null,
                  List.of(new Item("penanggung jawab tugas", current, null))));
          current = null;
        }
      }
    }
    return entries;
  }

  private static Entry ended(
      HistoricTaskInstance task, StepData data, Map<String, String> completedBy) {
    Instant at = task.getEndTime().toInstant();
    if ("completed".equals(task.getDeleteReason())) {
      return Entry.of(
          at,
          Kind.TASK_COMPLETED,
          "Tugas selesai: " + task.getName(),
          completedBy.getOrDefault(task.getId(), task.getAssignee()),
          data.submitted().shown().isEmpty() ? null : "data yang dikirim:",
          data.submitted().shown());
    }
    return Entry.of(
        at,
        Kind.TASK_CANCELLED,
        "Tugas dibatalkan: " + task.getName(),
        null,
        "deleted".equals(task.getDeleteReason())
            ? "dibatalkan oleh jalannya kasus (pesan, pengatur waktu atau akhir tahap)"
            : task.getDeleteReason(),
        data.submitted().shown());
  }
}
