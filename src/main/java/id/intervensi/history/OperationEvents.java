package id.intervensi.history;

import id.intervensi.history.Entry.Item;
import id.intervensi.history.Entry.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * What users did to the case outside its forms, from Camunda's user operation log: suspensions,
 * modifications, job and incident changes, comments, and migrations to another version of the
 * process. Claims, assignments and completions are shown with their tasks (TaskEvents), the start
 * as the opening; they are not repeated here.
 */
@Component
class OperationEvents implements TimelinePart {

  /** Task operations TaskEvents shows from the identity link log and the task history. */
  static final Set<String> SHOWN_WITH_TASKS =
      Set.of(
          UserOperationLogEntry.OPERATION_TYPE_CLAIM,
          UserOperationLogEntry.OPERATION_TYPE_ASSIGN,
          UserOperationLogEntry.OPERATION_TYPE_SET_OWNER,
          UserOperationLogEntry.OPERATION_TYPE_COMPLETE);

  /** Migrations may run in batches; the log keeps them per process definition. */
  static final int MIGRATIONS_READ = 2000;

  private final HistoryService historyService;

  OperationEvents(HistoryService historyService) {
    this.historyService = historyService;
  }

  @Override
  public List<Entry> entries(CaseRecord record) {
    Map<String, List<UserOperationLogEntry>> operations = new LinkedHashMap<>();
    for (UserOperationLogEntry op : record.operations()) {
      if (EntityTypes.TASK.equals(op.getEntityType())
              && SHOWN_WITH_TASKS.contains(op.getOperationType())
          || UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(op.getOperationType())
              && EntityTypes.PROCESS_INSTANCE.equals(op.getEntityType())) {
        continue;
      }
      String key = op.getOperationId() == null ? op.getId() : op.getOperationId();
      operations.computeIfAbsent(key, k -> new ArrayList<>()).add(op);
    }
    List<Entry> entries = new ArrayList<>();
    for (List<UserOperationLogEntry> operation : operations.values()) {
      UserOperationLogEntry first = operation.get(0);
      entries.add(
          Entry.of(
              first.getTimestamp().toInstant(),
              Kind.OPERATION,
              Words.operation(first.getOperationType()),
              first.getUserId(),
              first.getAnnotation(),
              properties(operation)));
    }
    entries.addAll(migrations(record));
    return entries;
  }

  private static List<Item> properties(List<UserOperationLogEntry> operation) {
    List<Item> items = new ArrayList<>();
    for (UserOperationLogEntry op : operation) {
      if (op.getProperty() != null && (op.getOrgValue() != null || op.getNewValue() != null)) {
        items.add(new Item(op.getProperty(), op.getOrgValue(), op.getNewValue()));
      }
    }
    return items;
  }

  /**
   * Migrations of this case. Camunda logs a migration once for the cases of a process definition
   * (without their ids); one moved this case when the case has run on both its source and its
   * target version (the versions of its activities) and it came in the case's life.
   */
  private List<Entry> migrations(CaseRecord record) {
    Set<String> versions = new HashSet<>();
    versions.add(record.instance().getProcessDefinitionId());
    for (HistoricActivityInstance activity : record.activities()) {
      versions.add(activity.getProcessDefinitionId());
    }
    if (versions.size() < 2) {
      return List.of();
    }
    List<Entry> entries = new ArrayList<>();
    for (UserOperationLogEntry op :
        historyService
            .createUserOperationLogQuery()
            .processDefinitionKey(record.instance().getProcessDefinitionKey())
            .operationType(UserOperationLogEntry.OPERATION_TYPE_MIGRATE)
            .afterTimestamp(record.instance().getStartTime())
            .orderByTimestamp()
            .asc()
            .listPage(0, MIGRATIONS_READ)) {
      if ("processDefinitionId".equals(op.getProperty())
          && versions.contains(op.getOrgValue())
          && versions.contains(op.getNewValue())) {
        entries.add(
            Entry.of(
                op.getTimestamp().toInstant(),
                Kind.MIGRATION,
                "Kasus dipindahkan ke versi proses "
                    + version(op.getNewValue())
                    + " (dari versi "
                    + version(op.getOrgValue())
                    + ")",
                op.getUserId(),
                op.getAnnotation(),
                List.of(new Item("definisi proses", op.getOrgValue(), op.getNewValue()))));
      }
    }
    return entries;
  }

  /** The version in a process definition id ("key:version:uuid"). */
  static String version(String processDefinitionId) {
    String[] parts = processDefinitionId.split(":");
    return parts.length == 3 ? parts[1] : processDefinitionId;
  }
}
