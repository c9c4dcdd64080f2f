package id.intervensi.casefile;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Where a client lives in the home: recorded once the admission is approved, with the trial stay of
 * the home (the demo home, Budi Pertiwi: six months), changed only with a reason, the earlier
 * recordings kept.
 */
@RunningApp
class ResidencyRestTest {

  static final String WORKER = "peksos1";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;

  @Test
  void recordedAfterTheAdmissionWithTheTrialStayAndChangedWithAReason() {
    Cases cases = new Cases(port);
    String pi = cases.atAdmissionApproval(WORKER);
    String caseNumber = (String) runtimeService.getVariable(pi, "caseNumber");
    String path = "/api/cases/" + caseNumber + "/residency";
    LocalDate today = LocalDate.now(HOME_ZONE);
    Map<String, Object> entry =
        Map.of("entryDate", today.toString(), "livingUnit", "Wisma Melati", "room", "3");

    Rest.Answer early = cases.as(WORKER).put(path, entry);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.message()).contains("setelah penerimaan klien disetujui");

    cases.work("supervisor1", pi, TASK_APPROVE_ADMISSION, admissionApproval(true));
    Rest.Answer recorded = cases.as(WORKER).put(path, entry);
    assertThat(recorded.status()).as(recorded.message()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    Map<String, Object> current = (Map<String, Object>) recorded.map().get("current");
    assertThat(current)
        .containsEntry("entryDate", today.toString())
        .containsEntry("trialStayEnd", today.plusMonths(6).toString())
        .containsEntry("livingUnit", "Wisma Melati")
        .containsEntry("room", "3")
        .containsEntry("recordedBy", WORKER);

    Map<String, Object> moved =
        Map.of("entryDate", today.toString(), "livingUnit", "Wisma Mawar", "room", "1");
    Rest.Answer noReason = cases.as("supervisor1").put(path, moved);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.message()).contains("Alasan perubahan wajib diisi");
    Rest.Answer changed =
        cases
            .as("supervisor1")
            .put(
                path,
                Map.of(
                    "entryDate", today.toString(),
                    "livingUnit", "Wisma Mawar",
                    "room", "1",
                    "reason", "Pindah ke lantai bawah; sulit naik tangga."));
    assertThat(changed.status()).as(changed.message()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> history = (List<Map<String, Object>>) changed.map().get("history");
    assertThat(history)
        .extracting(h -> h.get("livingUnit"))
        .containsExactly("Wisma Mawar", "Wisma Melati");

    Rest.Answer before =
        cases
            .as(WORKER)
            .put(
                path,
                Map.of("entryDate", "2000-01-01", "livingUnit", "Wisma Melati", "reason", "x"));
    assertThat(before.status()).isEqualTo(400);
    assertThat(before.message()).contains("Tanggal masuk harus antara pembukaan kasus");
    assertThat(cases.as(WORKER).put(path, Map.of("livingUnit", "Wisma Melati")).message())
        .contains("«Tanggal masuk» wajib diisi (entryDate)");

    assertThat(cases.as("peksos2").put(path, entry).status())
        .as("a worker of another case")
        .isEqualTo(403);
    assertThat(cases.as("auditor1").put(path, entry).status()).isEqualTo(403);
    assertThat(cases.as("manajer1").put(path, entry).status()).isEqualTo(403);
    assertThat(cases.as("auditor1").get(path).status()).as("auditors read").isEqualTo(200);
    assertThat(cases.as(WORKER).get(path).map().get("history")).asList().hasSize(2);
  }
}
