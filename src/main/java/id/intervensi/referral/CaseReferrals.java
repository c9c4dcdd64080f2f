package id.intervensi.referral;

import static id.intervensi.cycle.InterventionCycle.MESSAGE_REFERRAL_REQUESTED;
import static id.intervensi.cycle.InterventionCycle.TASK_REFER_TO_RESOURCE_SYSTEM;

import id.intervensi.casefile.CaseFile;
import id.intervensi.casefile.CaseFiles;
import id.intervensi.engine.AsSystem;
import id.intervensi.engine.CurrentUser;
import id.intervensi.refusal.Refusal;
import id.intervensi.security.Groups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Starts a referral to another resource system while the case is in its services (assessment to
 * evaluation), without stopping them: the message ReferralRequested opens SubProcess_Referral,
 * whose task Task_ReferToResourceSystem asks which resource system, why and when, and whose
 * follow-up asks for the outcome. Social workers and supervisors may ask for it on the cases they
 * may read (CaseApiAccess); the app checks the group and correlates as itself.
 */
@Service
public class CaseReferrals {

  private static final Logger LOG = LoggerFactory.getLogger(CaseReferrals.class);

  static final List<String> REFERRERS = List.of(Groups.SOCIAL_WORKERS, Groups.SUPERVISORS);

  private final CaseFiles caseFiles;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;

  public CaseReferrals(
      CaseFiles caseFiles,
      RuntimeService runtimeService,
      TaskService taskService,
      IdentityService identityService) {
    this.caseFiles = caseFiles;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /** The referral task the request opened. */
  public record ReferralStarted(String caseNumber, String taskId) {}

  public ReferralStarted request(String caseNumber) {
    String user =
        CurrentUser.inGroups(
                identityService,
                REFERRERS,
                "Hanya pekerja sosial dan supervisor yang dapat merujuk klien.")
            .getUserId();
    CaseFile caseFile =
        caseFiles
            .find(caseNumber)
            .orElseThrow(() -> Refusal.notFound("Kasus " + caseNumber + " tidak ditemukan."));
    if (caseFile.isClosed()) {
      throw Refusal.conflict("Kasus " + caseNumber + " sudah ditutup dan tidak dapat diubah lagi.");
    }
    return AsSystem.call(
        identityService,
        () -> {
          try {
            runtimeService
                .createMessageCorrelation(MESSAGE_REFERRAL_REQUESTED)
                .processInstanceBusinessKey(caseNumber)
                .correlateWithResult();
          } catch (MismatchingMessageCorrelationException e) {
            throw Refusal.conflict(
                "Kasus "
                    + caseNumber
                    + ": rujukan selama layanan hanya dapat dibuat setelah klien diterima dan"
                    + " sebelum tahap terminasi (calon klien yang tidak diterima dirujuk pada"
                    + " tahap intake).");
          }
          LOG.info("Case {}: referral requested by {}", caseNumber, user);
          Task task =
              taskService
                  .createTaskQuery()
                  .processInstanceId(caseFile.processInstanceId())
                  .taskDefinitionKey(TASK_REFER_TO_RESOURCE_SYSTEM)
                  .orderByTaskCreateTime()
                  .desc()
                  .listPage(0, 1)
                  .stream()
                  .findFirst()
                  .orElseThrow();
          return new ReferralStarted(caseNumber, task.getId());
        });
  }
}
