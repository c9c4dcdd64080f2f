package id.intervensi.history;

import id.intervensi.casefile.CaseFile;
import id.intervensi.casefile.CaseStage;
import id.intervensi.casefile.Client;
import id.intervensi.casefile.ClientRegistry;
import id.intervensi.casefile.HomeSettings;
import id.intervensi.engine.AsSystem;
import id.intervensi.refusal.Refusal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * One case's timeline: the events of every {@link TimelinePart} in the order they happened (events
 * of one moment in the order the engine produces them, Entry.Kind). Read as the app, after
 * HistoryReaders has let the user read the case: the engine's per-user checks would hide parts of
 * it (another worker's tasks) from a supervisor or an auditor.
 */
@Service
public class CaseTimeline {

  private final List<TimelinePart> parts;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final ClientRegistry clients;
  private final HomeSettings home;

  CaseTimeline(
      List<TimelinePart> parts,
      HistoryService historyService,
      IdentityService identityService,
      ClientRegistry clients,
      HomeSettings home) {
    this.parts = parts;
    this.historyService = historyService;
    this.identityService = identityService;
    this.clients = clients;
    this.home = home;
  }

  public CaseHistory read(CaseFile caseFile) {
    String clientName = clients.findById(caseFile.clientId()).map(Client::fullName).orElse(null);
    return AsSystem.call(identityService, () -> assemble(caseFile, clientName, home.zoneId()));
  }

  private CaseHistory assemble(CaseFile caseFile, String clientName, ZoneId zone) {
    String pi = caseFile.processInstanceId();
    HistoricProcessInstance instance =
        historyService.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult();
    if (instance == null) {
      throw Refusal.notFound(
          "Riwayat mesin kasus " + caseFile.caseNumber() + " tidak ada lagi (sudah dibersihkan).");
    }
    CaseRecord record =
        new CaseRecord(
            caseFile,
            instance,
            historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pi)
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .orderPartiallyByOccurrence()
                .asc()
                .list(),
            historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceId(pi)
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .list(),
            historyService
                .createUserOperationLogQuery()
                .processInstanceId(pi)
                .orderByTimestamp()
                .asc()
                .list(),
            zone);
    List<Entry> entries = new ArrayList<>();
    for (TimelinePart part : parts) {
      entries.addAll(part.entries(record));
    }
    // stable: events of one moment and kind stay in the order their part gave them
    entries.sort(Comparator.comparing(Entry::at).thenComparing(Entry::rank));
    Instant end = instance.getEndTime() == null ? null : instance.getEndTime().toInstant();
    return new CaseHistory(
        caseFile.caseNumber(),
        clientName,
        caseFile.status(),
        Words.STATUSES.getOrDefault(caseFile.status(), caseFile.status()),
        instance.getStartTime().toInstant(),
        caseFile.openedBy(),
        end,
        caseFile.closureReason(),
        Words.closureReason(caseFile.closureReason()),
        caseFile.exitReason(),
        Words.exitReason(caseFile.exitReason()),
        caseFile.assignedWorker(),
        caseFile.isClosed() ? "CLOSED" : caseFile.stage(),
        CaseStage.labelOf(caseFile.stage(), caseFile.isClosed()),
        OperationEvents.version(instance.getProcessDefinitionId()),
        StageTimes.of(record.activities(), end, Instant.now()),
        List.copyOf(entries));
  }
}
