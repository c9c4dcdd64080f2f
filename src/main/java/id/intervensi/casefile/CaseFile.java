package id.intervensi.casefile;

import java.time.LocalDateTime;

/** A case: its number, client, process instance and whether (and why) it is closed. */
public record CaseFile(
    String caseNumber,
    long clientId,
    String processInstanceId,
    LocalDateTime openedAt,
    String openedBy,
    String status,
    String closureReason,
    String exitReason,
    LocalDateTime closedAt) {

  public static final String OPEN = "OPEN";
  public static final String CLOSED = "CLOSED";

  public boolean isClosed() {
    return CLOSED.equals(status);
  }
}
