package id.intervensi.casefile;

import static id.intervensi.cycle.InterventionCycle.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.intervensi.casefile.CaseFiles.WorkerChange;
import id.intervensi.casefile.CaseNotes.CaseNote;
import id.intervensi.casefile.ClientContacts.Contact;
import id.intervensi.engine.AsSystem;
import id.intervensi.refusal.Refusal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Service;

/**
 * The whole case in one answer, for the "Berkas kasus" tab of Tasklist: the client and family, the
 * stage and since when, the worker, the contract and consent, the plan, every activity report, the
 * scores of every assessment and evaluation, referrals, notes, evaluations and every task with who
 * and when. What happened since the last evaluation ({@code roundSince}; null before the first) is
 * the round the next evaluation looks at. Read from the app's tables and the engine's history (as
 * the app, once CaseApiAccess has let the user read the case), so a closed case reads the same as
 * an open one.
 */
@Service
public class CaseFileReader {

  /** Variables of the contract and consent (service-contract, admission-approval). */
  static final List<String> CONTRACT =
      List.of(
          "admissionComments",
          "admissionRefusalReason",
          "servicesAgreed",
          "contractStartDate",
          "consentGiven",
          "consentGivenBy",
          "consentGuardianId",
          "consentRefusalReason");

  /** Variables of the plan (intervention-plan, plan-approval). */
  static final List<String> PLAN =
      List.of("goals", "activities", "evaluationInterval", "planApproved", "planReviewComments");

  /** Variables of a referral (referral form). */
  static final List<String> REFERRAL =
      List.of("referralResourceType", "referralResourceName", "referralNotes");

  /** The client as the case file shows them. */
  public record ClientPart(
      long id,
      String fullName,
      String nik,
      LocalDate birthDate,
      Integer birthYearEstimate,
      int age,
      String sex,
      String address) {}

  /** The stage the case is in, since when and for how many days. */
  public record StagePart(String code, String label, LocalDateTime since, Long days) {}

  /** A delivered activity with its report. */
  public record ActivityReport(
      Object activity,
      Object activityDate,
      Object attendance,
      Object caseNote,
      String reportedBy,
      Date reportedAt,
      boolean sinceLastEvaluation) {}

  /** A round of evaluation: its outcome, notes and obstacles. */
  public record Evaluation(
      Date at, String by, Object outcome, Object goalAttainment, Object notes, Object obstacles) {}

  /**
   * A referral to another resource system during the services (service-referral form) and the
   * latest answer of its follow-ups (referral-follow-up form; null while none was recorded).
   */
  public record Referral(
      Date referredAt,
      String by,
      Object resourceType,
      Object resourceName,
      Object reason,
      Object referralDate,
      Object outcome,
      Object followUpNotes) {}

  /** A progress note of a periodic follow-up between evaluations (monitoring). */
  public record FollowUp(Date at, String by, Object followUpDate, Object progressNotes) {}

  /** A task of the case, open or done. */
  public record TaskPart(
      String id,
      String name,
      String taskDefinitionKey,
      String assignee,
      Date created,
      Date due,
      Date ended,
      String endReason) {}

  /** The case file. */
  public record CaseFileView(
      String caseNumber,
      String status,
      LocalDateTime openedAt,
      String openedBy,
      LocalDateTime closedAt,
      String closureReason,
      String exitReason,
      ClientPart client,
      List<Contact> contacts,
      Residencies.Residency residency,
      StagePart stage,
      String assignedWorker,
      List<WorkerChange> workerChanges,
      Map<String, Object> contract,
      Map<String, Object> plan,
      Map<String, Object> referral,
      List<Referral> referrals,
      Date roundSince,
      List<ActivityReport> activityReports,
      List<CaseScores.Round> scores,
      List<Evaluation> evaluations,
      List<FollowUp> followUps,
      List<CaseNote> notes,
      List<TaskPart> tasks) {}

  private final CaseFiles caseFiles;
  private final ClientRegistry clients;
  private final ClientContactRows contacts;
  private final Residencies residencies;
  private final CaseNotes notes;
  private final CaseScores scores;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final HomeSettings home;
  private final ObjectMapper json;

  CaseFileReader(
      CaseFiles caseFiles,
      ClientRegistry clients,
      ClientContactRows contacts,
      Residencies residencies,
      CaseNotes notes,
      CaseScores scores,
      HistoryService historyService,
      IdentityService identityService,
      HomeSettings home,
      ObjectMapper json) {
    this.caseFiles = caseFiles;
    this.clients = clients;
    this.contacts = contacts;
    this.residencies = residencies;
    this.notes = notes;
    this.scores = scores;
    this.historyService = historyService;
    this.identityService = identityService;
    this.home = home;
    this.json = json;
  }

  public CaseFileView read(String caseNumber) {
    CaseFile caseFile =
        caseFiles
            .find(caseNumber)
            .orElseThrow(() -> Refusal.notFound("Kasus " + caseNumber + " tidak ditemukan."));
    Client client = clients.findById(caseFile.clientId()).orElseThrow();
    LocalDate today = LocalDate.now(home.zoneId());
    return AsSystem.call(identityService, () -> assemble(caseFile, client, today));
  }

  private CaseFileView assemble(CaseFile caseFile, Client client, LocalDate today) {
    String pi = caseFile.processInstanceId();
    List<HistoricVariableInstance> variables =
        historyService.createHistoricVariableInstanceQuery().processInstanceId(pi).list();
    Map<String, Object> processScope = new HashMap<>();
    // a task's own variables (input mappings, the multi-instance element) live on its execution
    Map<String, Map<String, Object>> byExecution = new HashMap<>();
    for (HistoricVariableInstance v : variables) {
      Object value = plain(v.getValue());
      if (pi.equals(v.getExecutionId())) {
        processScope.put(v.getName(), value);
      } else if (v.getExecutionId() != null) {
        byExecution
            .computeIfAbsent(v.getExecutionId(), k -> new HashMap<>())
            .put(v.getName(), value);
      }
    }
    List<HistoricTaskInstance> tasks =
        historyService
            .createHistoricTaskInstanceQuery()
            .processInstanceId(pi)
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list();
    List<HistoricActivityInstance> activities =
        historyService
            .createHistoricActivityInstanceQuery()
            .processInstanceId(pi)
            .activityType("userTask")
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list();
    Date lastEvaluation =
        activities.stream()
            .filter(a -> TASK_EVALUATE_INTERVENTION.equals(a.getActivityId()))
            .map(HistoricActivityInstance::getEndTime)
            .filter(t -> t != null)
            .max(Comparator.naturalOrder())
            .orElse(null);
    List<ActivityReport> reports = new ArrayList<>();
    List<Evaluation> evaluations = new ArrayList<>();
    List<FollowUp> followUps = new ArrayList<>();
    List<Referral> referrals = new ArrayList<>();
    // who completed a task: its history's assignee (a group session reassigns an activity to the
    // worker who recorded it in the same step, which the activity's history does not show)
    Map<String, String> completedBy = new HashMap<>();
    tasks.stream()
        .filter(t -> t.getActivityInstanceId() != null && t.getAssignee() != null)
        .forEach(t -> completedBy.put(t.getActivityInstanceId(), t.getAssignee()));
    for (HistoricActivityInstance a : activities) {
      if (a.getEndTime() == null || a.isCanceled()) {
        continue;
      }
      Map<String, Object> local = byExecution.getOrDefault(a.getExecutionId(), Map.of());
      switch (a.getActivityId()) {
        case TASK_CARRY_OUT_ACTIVITY ->
            reports.add(
                new ActivityReport(
                    local.get("activity"),
                    local.get("activityDate"),
                    local.get("attendance"),
                    local.get("caseNote"),
                    completedBy.getOrDefault(a.getId(), a.getAssignee()),
                    a.getEndTime(),
                    lastEvaluation == null || a.getEndTime().after(lastEvaluation)));
        case TASK_EVALUATE_INTERVENTION ->
            evaluations.add(
                new Evaluation(
                    a.getEndTime(),
                    a.getAssignee(),
                    local.get("evaluationOutcome"),
                    local.get("goalAttainment"),
                    local.get("evaluationNotes"),
                    local.get("obstacles")));
        case TASK_EVALUATION_FOLLOW_UP ->
            followUps.add(
                new FollowUp(
                    a.getEndTime(),
                    a.getAssignee(),
                    local.get("followUpDate"),
                    local.get("progressNotes")));
        // the referral's variables live in its own scope (SubProcess_Referral): the latest
        // follow-up's outcome is read there too
        case TASK_REFER_TO_RESOURCE_SYSTEM ->
            referrals.add(
                new Referral(
                    a.getEndTime(),
                    a.getAssignee(),
                    local.get("serviceReferralResourceType"),
                    local.get("serviceReferralResourceName"),
                    local.get("serviceReferralReason"),
                    local.get("serviceReferralDate"),
                    local.get("referralOutcome"),
                    local.get("referralFollowUpNotes")));
        default -> {}
      }
    }
    List<TaskPart> taskParts =
        tasks.stream()
            .map(
                t ->
                    new TaskPart(
                        t.getId(),
                        t.getName(),
                        t.getTaskDefinitionKey(),
                        t.getAssignee(),
                        t.getStartTime(),
                        t.getDueDate(),
                        t.getEndTime(),
                        t.getDeleteReason()))
            .toList();
    LocalDateTime since = caseFile.stageSince();
    StagePart stage =
        new StagePart(
            caseFile.isClosed() ? "CLOSED" : caseFile.stage(),
            CaseStage.labelOf(caseFile.stage(), caseFile.isClosed()),
            caseFile.isClosed() ? caseFile.closedAt() : since,
            since == null || caseFile.isClosed()
                ? null
                : Duration.between(since, LocalDateTime.now()).toDays());
    return new CaseFileView(
        caseFile.caseNumber(),
        caseFile.status(),
        caseFile.openedAt(),
        caseFile.openedBy(),
        caseFile.closedAt(),
        caseFile.closureReason(),
        caseFile.exitReason(),
        new ClientPart(
            client.id(),
            client.fullName(),
            client.nik(),
            client.birthDate(),
            client.birthYearEstimate(),
            client.ageOn(today),
            client.sex(),
            client.address()),
        contacts.list(client.id()).stream().filter(Contact::active).toList(),
        residencies.current(caseFile.caseNumber()),
        stage,
        caseFile.assignedWorker(),
        caseFiles.workerChanges(caseFile.caseNumber()),
        pick(processScope, CONTRACT),
        pick(processScope, PLAN),
        pick(processScope, REFERRAL),
        referrals,
        lastEvaluation,
        reports,
        scores.of(caseFile.caseNumber()),
        evaluations,
        followUps,
        notes.of(caseFile.caseNumber()),
        taskParts);
  }

  private static Map<String, Object> pick(Map<String, Object> values, List<String> names) {
    Map<String, Object> picked = new LinkedHashMap<>();
    for (String name : names) {
      if (values.get(name) != null) {
        picked.put(name, values.get(name));
      }
    }
    return picked;
  }

  /** A variable's value as plain JSON: a Json (Spin) value is read as a tree. */
  private Object plain(Object value) {
    if (value instanceof SpinJsonNode node) {
      try {
        return json.readTree(node.toString());
      } catch (JsonProcessingException e) {
        return node.toString();
      }
    }
    return value;
  }
}
