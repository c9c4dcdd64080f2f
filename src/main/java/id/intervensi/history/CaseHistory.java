package id.intervensi.history;

import java.time.Instant;
import java.util.List;

/**
 * A case's history as auditors read it: the case, its client by name (from the client table: the
 * engine's history holds no identity), how long it spent in each stage, why and when it ended, and
 * every event in order.
 */
public record CaseHistory(
    String caseNumber,
    String clientName,
    String status,
    String statusLabel,
    Instant openedAt,
    String openedBy,
    Instant closedAt,
    String closureReason,
    String closureReasonLabel,
    String exitReason,
    String exitReasonLabel,
    String assignedWorker,
    String stage,
    String stageLabel,
    String processVersion,
    StageTimes stageTimes,
    List<Entry> entries) {}
