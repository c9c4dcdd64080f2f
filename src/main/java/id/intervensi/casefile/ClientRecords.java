package id.intervensi.casefile;

import id.intervensi.engine.CurrentUser;
import id.intervensi.forms.NoMarkup;
import id.intervensi.refusal.Refusal;
import id.intervensi.security.Groups;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's record in the registry, with their cases and every change of their data; and the
 * deliberate correction of a stored identity, by a supervisor, recorded field by field.
 */
@Service
public class ClientRecords {

  /** Who reads a client's record: those who see every case. */
  static final List<String> READERS =
      List.of(Groups.SUPERVISORS, Groups.MANAGERS, Groups.AUDITORS, Groups.ADMINS);

  /** Who corrects a stored identity. */
  static final List<String> CORRECTORS = List.of(Groups.SUPERVISORS, Groups.ADMINS);

  /** A client as the registry holds them, their cases and the changes of their data. */
  public record ClientRecord(
      Client client, List<CaseFile> cases, List<ClientRegistry.Change> changes) {}

  /** A correction: null leaves a field as it is; the reason is required. */
  public record Correction(
      String nik,
      @Size(min = 2, max = 200, message = "2 sampai 200 karakter") @NoMarkup String fullName,
      LocalDate birthDate,
      Integer birthYearEstimate,
      String sex,
      @Size(max = 500, message = "maksimal 500 karakter") @NoMarkup String address,
      @Size(max = 200, message = "maksimal 200 karakter") @NoMarkup String familyContactName,
      @Size(max = 100, message = "maksimal 100 karakter") @NoMarkup String familyContactRelation,
      @Pattern(regexp = "^(\\+62|0)[1-9][0-9]{6,12}$", message = "bukan nomor telepon Indonesia")
          String familyContactPhone,
      @NotBlank(message = "wajib diisi: mengapa data ini diperbaiki")
          @Size(max = 500, message = "maksimal 500 karakter")
          @NoMarkup
          String reason) {}

  private final ClientRegistry clients;
  private final CaseFiles caseFiles;
  private final IdentityService identityService;

  ClientRecords(ClientRegistry clients, CaseFiles caseFiles, IdentityService identityService) {
    this.clients = clients;
    this.caseFiles = caseFiles;
    this.identityService = identityService;
  }

  /** Who looks a NIK up: whoever opens cases. */
  static final List<String> LOOKERS =
      List.of(Groups.SOCIAL_WORKERS, Groups.SUPERVISORS, Groups.MANAGERS, Groups.ADMINS);

  /** What the start form shows of a registered NIK: who it is and their cases. */
  public record Lookup(
      boolean found,
      Long clientId,
      String fullName,
      LocalDate birthDate,
      Integer birthYearEstimate,
      String sex,
      List<CaseFile> cases) {}

  public Lookup lookup(String nik) {
    requireGroup(LOOKERS, "Pencarian NIK untuk petugas yang membuka kasus.");
    if (nik == null || !nik.matches("\\d{16}")) {
      throw Refusal.invalid("NIK harus terdiri dari tepat 16 digit angka.");
    }
    return clients
        .findByNik(nik)
        .map(
            c ->
                new Lookup(
                    true,
                    c.id(),
                    c.fullName(),
                    c.birthDate(),
                    c.birthYearEstimate(),
                    c.sex(),
                    caseFiles.casesOf(c.id())))
        .orElseGet(() -> new Lookup(false, null, null, null, null, null, List.of()));
  }

  public ClientRecord read(long clientId) {
    requireGroup(READERS, "Data klien hanya dapat dibaca oleh supervisor, manajer dan auditor.");
    Client client = find(clientId);
    return new ClientRecord(client, caseFiles.casesOf(clientId), clients.changesOf(clientId));
  }

  @Transactional
  public ClientRecord correct(long clientId, Correction correction) {
    String user =
        requireGroup(CORRECTORS, "Identitas klien hanya dapat diperbaiki oleh supervisor.");
    Client stored = find(clientId);
    String nik = or(correction.nik(), stored.nik());
    // an exact birth date replaces an estimate; a NIK found later replaces the reason it was
    // missing
    LocalDate birthDate = or(correction.birthDate(), stored.birthDate());
    Client corrected =
        new Client(
            stored.id(),
            nik,
            or(trimmed(correction.fullName()), stored.fullName()),
            birthDate,
            or(correction.sex(), stored.sex()),
            or(trimmed(correction.address()), stored.address()),
            or(correction.familyContactName(), stored.familyContactName()),
            or(correction.familyContactRelation(), stored.familyContactRelation()),
            or(correction.familyContactPhone(), stored.familyContactPhone()),
            birthDate != null
                ? null
                : or(correction.birthYearEstimate(), stored.birthYearEstimate()),
            nik != null ? null : stored.nikMissingReason());
    List<String> problems = new ArrayList<>(nik == null ? List.of() : Nik.problems(nik));
    if (nik != null && problems.isEmpty()) {
      problems.addAll(
          Nik.disagreements(
              nik, corrected.birthDate(), corrected.birthYearEstimate(), corrected.sex()));
    }
    if (!List.of(Nik.FEMALE, Nik.MALE).contains(corrected.sex())) {
      problems.add("Jenis kelamin harus F (perempuan) atau M (laki-laki).");
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid("Perbaikan tidak disimpan: " + String.join(" ", problems));
    }
    clients
        .findByNik(nik)
        .filter(other -> !other.id().equals(stored.id()))
        .ifPresent(
            other -> {
              throw Refusal.conflict(
                  "NIK "
                      + corrected.nik()
                      + " sudah dipakai klien lain; perbaikan tidak disimpan.");
            });
    List<ClientRegistry.Field> fields = new ArrayList<>(ClientRegistry.IDENTITY);
    fields.addAll(ClientRegistry.CONTACT);
    clients.change(stored, corrected, fields, user, correction.reason().strip());
    return read(clientId);
  }

  private Client find(long clientId) {
    return clients
        .findById(clientId)
        .orElseThrow(() -> Refusal.notFound("Klien " + clientId + " tidak ditemukan."));
  }

  private String requireGroup(List<String> groups, String refusal) {
    return CurrentUser.inGroups(identityService, groups, refusal).getUserId();
  }

  private static <T> T or(T value, T otherwise) {
    return value == null ? otherwise : value;
  }

  private static String trimmed(String text) {
    return text == null ? null : text.strip();
  }
}
