package id.intervensi.casefile;

import id.intervensi.forms.NoMarkup;
import id.intervensi.refusal.Refusal;
import id.intervensi.security.Groups;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's family and guardians: several contacts per person, each possibly the responsible
 * family member (penanggung jawab) or the legal guardian (wali). Added by the social worker of one
 * of the client's cases or a supervisor, ended (never deleted) with a reason; every addition and
 * ending is recorded in the client's changes.
 */
@Service
public class ClientContacts {

  /** Who reads every client's contacts. */
  static final List<String> READERS =
      List.of(Groups.SUPERVISORS, Groups.MANAGERS, Groups.AUDITORS, Groups.ADMINS);

  /** Who adds and ends contacts of every client; social workers on their cases' clients. */
  static final List<String> KEEPERS = List.of(Groups.SUPERVISORS, Groups.ADMINS);

  /** A contact of a client. */
  public record Contact(
      long id,
      String name,
      String relation,
      String phone,
      String address,
      boolean responsible,
      boolean guardian,
      LocalDateTime createdAt,
      String createdBy,
      LocalDateTime endedAt,
      String endReason) {

    public boolean active() {
      return endedAt == null;
    }
  }

  /** A new contact. */
  public record NewContact(
      @NotBlank(message = "wajib diisi")
          @Size(max = 200, message = "maksimal 200 karakter")
          @NoMarkup
          String name,
      @Size(max = 100, message = "maksimal 100 karakter") @NoMarkup String relation,
      @Pattern(regexp = "^(\\+62|0)[1-9][0-9]{6,12}$", message = "bukan nomor telepon Indonesia")
          String phone,
      @Size(max = 500, message = "maksimal 500 karakter") @NoMarkup String address,
      boolean responsible,
      boolean guardian) {}

  private final ClientContactRows rows;
  private final ClientRegistry clients;
  private final CaseFiles caseFiles;
  private final IdentityService identityService;
  private final HistoryService historyService;

  ClientContacts(
      ClientContactRows rows,
      ClientRegistry clients,
      CaseFiles caseFiles,
      IdentityService identityService,
      HistoryService historyService) {
    this.rows = rows;
    this.clients = clients;
    this.caseFiles = caseFiles;
    this.identityService = identityService;
    this.historyService = historyService;
  }

  /** Every contact of a client, active ones first. */
  public List<Contact> of(long clientId) {
    access(clientId, READERS);
    return rows.list(clientId);
  }

  @Transactional
  public Contact add(long clientId, NewContact contact) {
    String user = access(clientId, KEEPERS);
    long id = rows.insert(clientId, contact, user);
    clients.recordDecision(
        clientId,
        "contact",
        "#" + id + " " + contact.name().strip() + roles(contact.responsible(), contact.guardian()),
        user,
        "Kontak keluarga ditambahkan");
    return rows.list(clientId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
  }

  @Transactional
  public Contact end(long clientId, long contactId, String reason) {
    String user = access(clientId, KEEPERS);
    if (reason == null || reason.isBlank()) {
      throw Refusal.invalid("Alasan wajib diisi.");
    }
    Contact contact =
        rows.list(clientId).stream()
            .filter(c -> c.id() == contactId)
            .findFirst()
            .orElseThrow(() -> Refusal.notFound("Kontak " + contactId + " tidak ditemukan."));
    if (!contact.active()) {
      throw Refusal.conflict("Kontak " + contactId + " sudah diakhiri.");
    }
    rows.end(contactId, user, reason.strip());
    clients.recordDecision(
        clientId, "contact", "#" + contactId + " diakhiri", user, reason.strip());
    return rows.list(clientId).stream().filter(c -> c.id() == contactId).findFirst().orElseThrow();
  }

  private static String roles(boolean responsible, boolean guardian) {
    if (responsible && guardian) {
      return " (penanggung jawab, wali)";
    }
    return responsible ? " (penanggung jawab)" : guardian ? " (wali)" : "";
  }

  /**
   * The user, if they may act on this client: one of {@code groups}, or a social worker who may
   * read one of the client's cases (opened it or worked on it).
   */
  private String access(long clientId, List<String> groups) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null) {
      throw Refusal.notAllowed("Login diperlukan.");
    }
    clients
        .findById(clientId)
        .orElseThrow(() -> Refusal.notFound("Klien " + clientId + " tidak ditemukan."));
    List<String> userGroups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (userGroups.stream().anyMatch(groups::contains)) {
      return user.getUserId();
    }
    boolean worksOnACase =
        userGroups.contains(Groups.SOCIAL_WORKERS)
            && caseFiles.casesOf(clientId).stream()
                .anyMatch(
                    c ->
                        historyService
                                .createHistoricProcessInstanceQuery()
                                .processInstanceId(c.processInstanceId())
                                .count()
                            > 0);
    if (!worksOnACase) {
      throw Refusal.notAllowed(
          "Kontak keluarga klien ini hanya untuk pekerja sosial kasusnya dan supervisor.");
    }
    return user.getUserId();
  }
}
