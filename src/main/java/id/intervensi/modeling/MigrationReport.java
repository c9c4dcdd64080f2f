package id.intervensi.modeling;

import java.util.List;

/**
 * What a migration of running cases to the newest version did, or would do (dry run): every running
 * case on an older version, whether it can move and, if not, why; and the batches started.
 */
public record MigrationReport(
    String processDefinitionKey,
    int targetVersion,
    boolean dryRun,
    List<CaseResult> cases,
    List<BatchStarted> batches) {

  /**
   * One running case: its case number (business key), the version it is on, and why it cannot move.
   */
  public record CaseResult(
      String caseNumber,
      String processInstanceId,
      int fromVersion,
      boolean movable,
      List<String> reasons) {}

  /**
   * A Camunda batch that moves the movable cases of one older version; createdBy is the manager.
   */
  public record BatchStarted(String id, int fromVersion, int cases, String createdBy) {}
}
