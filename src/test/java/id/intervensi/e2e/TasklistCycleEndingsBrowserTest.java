package id.intervensi.e2e;

import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.cycle.CycleForms;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The other ways a case ends, in Tasklist: the client asks to end the intervention, leaves during
 * intake, is not eligible, refuses the service contract (see {@link TasklistCycle}).
 */
@RunningApp
@SuppressWarnings("unchecked")
class TasklistCycleEndingsBrowserTest extends TasklistCycle {

  @Test
  void theClientAsksToEndTheIntervention() {
    String pi = openCaseAndAdmit(false);
    String caseNumber = caseNumber(pi);
    // there is no Tasklist screen for it: the worker reports the client's request through the case
    // API
    Rest.Answer request =
        Rest.as(port, WORKER, "demo")
            .post(
                "/api/cases/" + caseNumber + "/termination-request",
                Map.of("note", "Klien ingin kembali tinggal bersama adiknya di Garut."));
    assertThat(request.status()).as(request.message()).isEqualTo(204);

    Browser.Form termination = work(pi, TASK_TERMINATE, "Terminasi kasus", WORKER, WORKER_NAME);
    assertThat(termination.text()).contains("Atas permintaan klien");
    assertThat(termination.value("Permintaan klien"))
        .isEqualTo("Klien ingin kembali tinggal bersama adiknya di Garut.");
    assertThat(termination.value("Ringkasan kasus"))
        .as("the summary is drafted from the case")
        .contains("Skor asesmen awal: Barthel (tingkat kemandirian) 85/100");
    termination.type(
        "Ringkasan kasus", "Klien meminta pulang ke keluarga adiknya setelah asesmen awal.");
    termination.check("Keluarga sudah diberi tahu", true);
    termination.check("Jadwalkan tindak lanjut pasca-layanan", false);
    browser.until(
        "the after-care interval is hidden",
        d -> !termination.text().contains("Jangka waktu tindak lanjut pasca-layanan"));
    completeAndCheck(pi, termination, CycleForms.TERMINATION);
    assertEnded(pi, "EndEvent_CaseClosedWithoutAfterCare", "CLIENT_REQUEST");
  }

  static final By RESIDENT = By.cssSelector(".task-details .intervensi-resident");

  @Test
  void theClientLeavesForOtherReasonsDuringIntake() {
    String pi = openCase();
    Rest.Answer exit =
        Rest.as(port, WORKER, "demo")
            .post(
                "/api/cases/" + caseNumber(pi) + "/client-exit",
                Map.of(
                    "reason",
                    "RETURNED_TO_FAMILY",
                    "note",
                    "Dijemput anaknya sebelum wawancara intake."));
    assertThat(exit.status()).as(exit.message()).isEqualTo(204);

    // another worker of the group sees the task, and the case's data once they claim it
    Browser.Form termination =
        open(pi, TASK_TERMINATE, "Terminasi kasus", OTHER_WORKER, OTHER_WORKER_NAME);
    assertThat(termination.text())
        .as("the termination form before the claim")
        .doesNotContain("Keterangan keluar")
        .doesNotContain("Kembali ke keluarga");
    screenshot(termination, "termination-before-claim");
    assertThat(browser.driver().findElements(RESIDENT))
        .as("no resident's name before the claim")
        .isEmpty();
    browser.claim(OTHER_WORKER_NAME);
    assertThat(browser.until("the resident above the form", d -> d.findElement(RESIDENT)).getText())
        .startsWith("Klien: Siti Aminah ·")
        .contains("tahun");
    assertThat(termination.text()).contains("Faktor lain").contains("Kembali ke keluarga");
    assertThat(termination.value("Keterangan keluar"))
        .isEqualTo("Dijemput anaknya sebelum wawancara intake.");
    termination.type("Ringkasan kasus", "Klien dijemput keluarganya sebelum intake selesai.");
    termination.check("Jadwalkan tindak lanjut pasca-layanan", false);
    completeAndCheck(pi, termination, CycleForms.TERMINATION);
    assertEnded(pi, "EndEvent_CaseClosedWithoutAfterCare", "OTHER_FACTORS");
  }

  @Test
  void aClientWhoIsNotEligibleIsReferredElsewhere() {
    String pi = openCase();
    Browser.Form intake = work(pi, TASK_INTAKE_INTERVIEW, "Wawancara intake", WORKER, WORKER_NAME);
    fillIntake(intake, 8);
    completeAndCheck(pi, intake, CycleForms.INTAKE_INTERVIEW);
    assertThat(runtimeService.getVariable(pi, "eligible")).isEqualTo(false);

    Browser.Form referral =
        work(pi, TASK_REFER_TO_OTHER_RESOURCE, "Rujuk ke sistem sumber lain", WORKER, WORKER_NAME);
    assertThat(referral.text()).contains("Alasan dari tabel kelayakan:");
    referral.select("Jenis sistem sumber", "Keluarga");
    referral.type("Nama lembaga atau pihak tujuan rujukan", "Keluarga keponakan di Cimahi");
    referral.type("Catatan rujukan", "Keponakan bersedia merawat; didampingi TKSK setempat.");
    completeAndCheck(pi, referral, CycleForms.REFERRAL);
    assertEnded(pi, "EndEvent_NotAdmitted", null);
  }

  @Test
  void theClientRefusesTheServiceContract() {
    String pi = openCase();
    Browser.Form intake = work(pi, TASK_INTAKE_INTERVIEW, "Wawancara intake", WORKER, WORKER_NAME);
    fillIntake(intake, 2);
    completeAndCheck(pi, intake, CycleForms.INTAKE_INTERVIEW);
    approveAdmission(pi);

    Browser.Form contract =
        work(
            pi,
            TASK_SIGN_SERVICE_CONTRACT,
            "Kontrak layanan dan persetujuan klien",
            WORKER,
            WORKER_NAME);
    contract.checklist("Layanan yang disepakati", "Pelayanan kesehatan", true);
    contract.date("Tanggal mulai kontrak", today);
    contract.check("Klien/wali menyetujui kontrak layanan", false);
    browser.until(
        "who consented is hidden while consent is refused",
        d -> !contract.text().contains("Persetujuan diberikan oleh"));
    contract.type("Alasan penolakan", "Klien memilih tinggal bersama keponakannya.");
    completeAndCheck(pi, contract, CycleForms.SERVICE_CONTRACT);
    assertEnded(pi, "EndEvent_ConsentRefused", null);
  }

  @Test
  void aClientNotInDtsenWhoseAdmissionTheSupervisorRefuses() {
    String pi = openCase();
    Browser.Form intake = work(pi, TASK_INTAKE_INTERVIEW, "Wawancara intake", WORKER, WORKER_NAME);
    fillIntake(intake, 2);
    intake.check("Klien tidak terdaftar di DTSEN", true);
    intake.forget("Desil DTSEN");
    browser.until(
        "the decile is hidden for a client not in DTSEN",
        d -> !intake.text().contains("Desil DTSEN"));
    completeAndCheck(pi, intake, CycleForms.INTAKE_INTERVIEW);
    assertThat(runtimeService.getVariable(pi, "dtsenNotRegistered")).isEqualTo(true);
    assertThat(runtimeService.getVariable(pi, "dtsenDecile")).isNull();
    assertThat(runtimeService.getVariable(pi, "eligible")).isEqualTo(true);

    Browser.Form approval =
        work(pi, TASK_APPROVE_ADMISSION, "Setujui penerimaan klien", SUPERVISOR, SUPERVISOR_NAME);
    assertThat(approval.text()).contains("tidak terdaftar di DTSEN");
    approval.type("Alasan penerimaan tidak disetujui", "Wisma perempuan penuh sampai bulan depan.");
    completeAndCheck(pi, approval, CycleForms.ADMISSION_APPROVAL);
    assertThat(runtimeService.getVariable(pi, "admissionRefusalReason"))
        .isEqualTo("Wisma perempuan penuh sampai bulan depan.");

    Browser.Form referral =
        work(pi, TASK_REFER_TO_OTHER_RESOURCE, "Rujuk ke sistem sumber lain", WORKER, WORKER_NAME);
    assertThat(referral.text()).contains("Wisma perempuan penuh sampai bulan depan.");
    referral.select("Jenis sistem sumber", "Panti atau lembaga kesejahteraan sosial lain");
    referral.type("Nama lembaga atau pihak tujuan rujukan", "PSTW Ciparay");
    referral.type("Catatan rujukan", "Dirujuk sambil menunggu tempat.");
    completeAndCheck(pi, referral, CycleForms.REFERRAL);
    assertEnded(pi, "EndEvent_NotAdmitted", null);
  }

  @Test
  void aClientWhoDiedGetsNoAfterCareByDefault() {
    String pi = openCase();
    Rest.Answer exit =
        Rest.as(port, WORKER, "demo")
            .post(
                "/api/cases/" + caseNumber(pi) + "/client-exit",
                Map.of("reason", "DECEASED", "note", "Meninggal di rumah sakit."));
    assertThat(exit.status()).as(exit.message()).isEqualTo(204);

    Browser.Form termination = work(pi, TASK_TERMINATE, "Terminasi kasus", WORKER, WORKER_NAME);
    assertThat(termination.text()).contains("Meninggal dunia");
    assertThat(termination.field("Jadwalkan tindak lanjut pasca-layanan").isSelected())
        .as("no after-care by default when the client died")
        .isFalse();
    assertThat(termination.text()).doesNotContain("Jangka waktu tindak lanjut pasca-layanan");
    termination.type("Ringkasan kasus", "Klien meninggal dunia sebelum intake selesai.");
    termination.check("Keluarga sudah diberi tahu", true);
    completeAndCheck(pi, termination, CycleForms.TERMINATION);
    assertEnded(pi, "EndEvent_CaseClosedWithoutAfterCare", "OTHER_FACTORS");
  }
}
