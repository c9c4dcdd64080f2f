package id.intervensi.casefile;

import id.intervensi.cycle.CycleForms;
import id.intervensi.forms.InvalidSubmissionException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who the person of a new case is: a returning client found by NIK (never another identity under
 * that NIK), a client the worker confirmed among the likely duplicates, or a new registration. A
 * likely duplicate (same birth date or year, a similar name: {@link NameVariants}) stops the
 * opening until the worker decides: the same person (their client number) or not (recorded).
 */
@Component
class ClientIntake {

  /** A client for a new case, and whether they were registered before. */
  record Admission(Client client, boolean returning) {}

  private final ClientRegistry clients;
  private final CandidateDescriptions descriptions;

  ClientIntake(ClientRegistry clients, CandidateDescriptions descriptions) {
    this.clients = clients;
    this.descriptions = descriptions;
  }

  Admission admit(Client entered, Long knownClientId, boolean notADuplicate, String userId) {
    if (knownClientId != null && notADuplicate) {
      throw refused(
          "Pilih salah satu: isi «Nomor klien terdaftar» bila orang yang sama, atau centang "
              + "«Bukan orang yang sama», tidak keduanya.");
    }
    Optional<Client> byNik = clients.findByNik(entered.nik());
    if (byNik.isPresent()) {
      List<String> differing = ReturningClient.identityDifferences(byNik.get(), entered);
      if (!differing.isEmpty()) {
        throw refused(ReturningClient.refusal(byNik.get(), differing));
      }
      return new Admission(byNik.get(), true);
    }
    List<Client> candidates = clients.likelyDuplicates(entered);
    if (knownClientId != null) {
      Client known =
          candidates.stream()
              .filter(candidate -> candidate.id().equals(knownClientId))
              .findFirst()
              .orElseThrow(
                  () ->
                      refused(
                          "Klien #"
                              + knownClientId
                              + " bukan kemungkinan orang yang sama (tanggal atau tahun lahir dan"
                              + " nama harus mirip); periksa nomor klien."));
      return new Admission(confirmed(known, entered, userId), true);
    }
    if (!candidates.isEmpty() && !notADuplicate) {
      throw refused(
          "Kemungkinan orang yang sama sudah terdaftar: "
              + descriptions.of(candidates)
              + ". Bila orang yang sama, isi «Nomor klien terdaftar» dengan nomornya; bila bukan,"
              + " centang «Bukan orang yang sama dengan klien terdaftar».");
    }
    Client registered = clients.insert(entered, userId);
    if (!candidates.isEmpty()) {
      clients.recordDecision(
          registered.id(),
          "duplicateCheck",
          "bukan orang yang sama dengan "
              + candidates.stream().map(c -> "#" + c.id()).collect(Collectors.joining(", ")),
          userId,
          "Dikonfirmasi saat pembukaan kasus");
    }
    return new Admission(registered, false);
  }

  /**
   * The worker confirmed the person is this registered client: the stored identity stays; a NIK the
   * record lacked is added (recorded), a different one refused.
   */
  private Client confirmed(Client known, Client entered, String userId) {
    if (entered.nik() == null || entered.nik().equals(known.nik())) {
      return known;
    }
    if (known.nik() != null) {
      throw refused(
          "Klien #"
              + known.id()
              + " terdaftar dengan NIK lain; bila NIK yang tersimpan keliru, supervisor dapat "
              + "memperbaikinya.");
    }
    Client withNik =
        new Client(
            known.id(),
            entered.nik(),
            known.fullName(),
            known.birthDate(),
            known.sex(),
            known.address(),
            known.familyContactName(),
            known.familyContactRelation(),
            known.familyContactPhone(),
            known.birthYearEstimate(),
            null);
    clients.change(
        known,
        withNik,
        ClientRegistry.IDENTITY,
        userId,
        "NIK ditemukan saat pembukaan kasus; dikonfirmasi orang yang sama");
    return clients.findById(known.id()).orElseThrow();
  }

  private static InvalidSubmissionException refused(String message) {
    return new InvalidSubmissionException(CycleForms.CASE_OPENING, List.of(message));
  }
}
