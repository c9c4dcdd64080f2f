package id.intervensi.casefile;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client's family and guardians: the start form's family member becomes the first contact, the
 * case's worker adds a guardian, and a consent given by a guardian names that person.
 */
@RunningApp
class ClientContactRestTest {

  static final String WORKER = "peksos1";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired ClientRegistry registry;

  @Test
  @SuppressWarnings("unchecked")
  void theFamilyAndAGuardianAndAConsentThatNamesTheGuardian() {
    Cases cases = new Cases(port);
    String pi = cases.atAdmissionApproval(WORKER);
    long clientId = ((Number) runtimeService.getVariable(pi, "clientId")).longValue();
    String path = "/api/clients/" + clientId + "/contacts";

    List<Map<String, Object>> contacts = cases.as(WORKER).get(path).list();
    assertThat(contacts)
        .singleElement()
        .satisfies(
            c ->
                assertThat(c)
                    .containsEntry("name", "Wati Suryani")
                    .containsEntry("relation", "Anak")
                    .containsEntry("responsible", true)
                    .containsEntry("guardian", false));

    Map<String, Object> guardian =
        Map.of(
            "name", "Drs. Hasan Basri",
            "relation", "Keponakan, wali berdasarkan penetapan pengadilan",
            "phone", "081298765432",
            "responsible", false,
            "guardian", true);
    assertThat(cases.as("peksos2").post(path, guardian).status())
        .as("a worker of no case of this client")
        .isEqualTo(403);
    assertThat(cases.as("auditor1").post(path, guardian).status()).isEqualTo(403);
    assertThat(cases.as("auditor1").get(path).status()).isEqualTo(200);
    Rest.Answer bad = cases.as(WORKER).post(path, Map.of("name", "<b>x</b>", "phone", "12"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.message()).contains("«Telepon» bukan nomor telepon Indonesia");
    Rest.Answer added = cases.as(WORKER).post(path, guardian);
    assertThat(added.status()).as(added.message()).isEqualTo(201);
    long guardianId = ((Number) added.map().get("id")).longValue();
    assertThat(registry.changesOf(clientId))
        .extracting(ClientRegistry.Change::newValue)
        .contains("#" + guardianId + " Drs. Hasan Basri (wali)");

    cases.work("supervisor1", pi, TASK_APPROVE_ADMISSION, admissionApproval(true));
    String contract = cases.task(WORKER, pi, TASK_SIGN_SERVICE_CONTRACT);
    cases.claim(WORKER, contract);
    Map<String, Object> byGuardian = with(serviceContract(true), "consentGivenBy", "GUARDIAN");
    long responsibleId = ((Number) contacts.get(0).get("id")).longValue();
    Rest.Answer notAGuardian =
        cases.submit(WORKER, contract, with(byGuardian, "consentGuardianId", responsibleId));
    assertThat(notAGuardian.status()).isEqualTo(400);
    assertThat(notAGuardian.message())
        .contains("harus nomor wali klien yang terdaftar: #" + guardianId + " Drs. Hasan Basri");
    Rest.Answer consented =
        cases.submit(WORKER, contract, with(byGuardian, "consentGuardianId", guardianId));
    assertThat(consented.status()).as(consented.message()).isEqualTo(204);
    assertThat(((Number) runtimeService.getVariable(pi, "consentGuardianId")).longValue())
        .isEqualTo(guardianId);

    Rest.Answer ended =
        cases.as("supervisor1").post(path + "/" + guardianId + "/end", Map.of("reason", "Wafat."));
    assertThat(ended.status()).as(ended.message()).isEqualTo(200);
    assertThat(ended.map().get("endReason")).isEqualTo("Wafat.");
    assertThat(cases.as(WORKER).get(path).list())
        .as("ended, still listed: the consent keeps pointing at them")
        .extracting(c -> c.get("id"))
        .contains((int) guardianId);
  }
}
