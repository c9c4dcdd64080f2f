package id.intervensi.casefile;

import java.time.LocalDateTime;

/**
 * A case: its number, client, process instance, whether (and why) it is closed, its own social
 * worker (null: the group's) and the stage of the cycle it is in since when (CaseStages).
 */
public record CaseFile(
    String caseNumber,
    long clientId,
    String processInstanceId,
    LocalDateTime openedAt,
    String openedBy,
    String status,
    String closureReason,
    String exitReason,
    LocalDateTime closedAt,
    String assignedWorker,
    String stage,
    LocalDateTime stageSince) {

  public static final String OPEN = "OPEN";
  public static final String CLOSED = "CLOSED";

  public boolean isClosed() {
    return CLOSED.equals(status);
  }
}
