package id.intervensi.e2e;

import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.intervensi.CaseData;
import id.intervensi.cycle.CycleForms;
import id.intervensi.forms.FormDates;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A whole case in Tasklist, from opening to goals reached, through a follow-up, an escalation and
 * two rounds with after-care (see {@link TasklistCycle} for what every step checks). The other ways
 * a case ends are in {@link TasklistCycleEndingsBrowserTest}, so the two run side by side.
 */
@RunningApp
@SuppressWarnings("unchecked")
class TasklistCycleBrowserTest extends TasklistCycle {

  @Test
  void goalsReachedAfterAFollowUpAnEscalationAndTwoRoundsWithAfterCare() {
    String pi = openCaseAndAdmit(true);

    // assessment: the scores show as the worker answers
    Browser.Form assessment = work(pi, TASK_ASSESS_CLIENT, "Asesmen klien", WORKER, WORKER_NAME);
    assessment.type(
        "Bentuk masalah", "Klien kesepian dan mulai menarik diri sejak pindah ke panti.");
    assessment.type("Faktor penyebab", "Kehilangan pasangan; anak jauh di luar kota.");
    assessment.type(
        "Akibat dan pengaruh masalah", "Nafsu makan menurun dan jarang mengikuti kegiatan.");
    assessment.checklist("Kebutuhan yang belum terpenuhi", "Relasi sosial yang harmonis", true);
    assessment.checklist("Kebutuhan yang belum terpenuhi", "Kesehatan", true);
    Map<String, Object> answers = CaseData.instrumentAnswers();
    fillInstruments(assessment, answers);
    assessment.type("Pemberi informasi", "Klien sendiri dan perawat wisma");
    assessment.date("Tanggal informasi diberikan", today);
    browser.until(
        "the form shows the Barthel score it computes",
        d ->
            assessment
                .text()
                .contains("Skor Barthel (tingkat kemandirian) sementara: 85 dari 100"));
    assertThat(assessment.text())
        .contains("Skor Lawton sementara: 6 dari 8")
        .contains("Skor GDS-15 sementara: 6 dari 15");
    completeAndCheck(pi, assessment, CycleForms.ASSESSMENT);
    assertThat(FormDates.day(runtimeService.getVariable(pi, "assessmentInformationDate")))
        .isEqualTo(today);
    assertThat(runtimeService.getVariable(pi, "gdsItemsAssessed")).isEqualTo(15L);
    assertThat((List<Object>) plain(runtimeService.getVariable(pi, "needs")))
        .containsExactlyInAnyOrder("HEALTH", "SOCIAL_RELATIONS");
    assertThat(runtimeService.getVariable(pi, "barthelScore")).isEqualTo(85L);

    // planning: three goals and two activities, all rows submitted (form-js drops collapsed rows:
    // the form shows up to 50 rows expanded)
    Browser.Form plan =
        work(pi, TASK_PLAN_INTERVENTION, "Susun rencana intervensi", WORKER, WORKER_NAME);
    assertThat(plan.text()).contains("Skor asesmen:").contains("Barthel 85 dari 100");
    // six goals: more than form-js's default of five expanded rows, whose collapsed rows it would
    // drop
    String[][] goals = {
      {
        "Klien aktif dalam kegiatan kelompok",
        "Jumlah kehadiran di kegiatan kelompok",
        "4 kali sebulan"
      },
      {
        "Nafsu makan klien pulih", "Porsi makan yang dihabiskan", "3 kali makan sehari, porsi habis"
      },
      {
        "Klien kembali berhubungan dengan anaknya",
        "Kunjungan atau telepon keluarga",
        "2 kali sebulan"
      },
      {"Klien tidur cukup", "Jam tidur malam", "6 jam semalam"},
      {"Klien beribadah bersama", "Kehadiran di pengajian", "1 kali seminggu"},
      {"Klien mengenal teman sewisma", "Nama teman yang disebut", "3 orang"}
    };
    for (int i = 0; i < goals.length; i++) {
      if (i > 0) {
        plan.addRow("Tujuan intervensi");
      }
      plan.type("Tujuan #" + (i + 1), goals[i][0]);
      plan.type("Indikator keberhasilan #" + (i + 1), goals[i][1]);
      plan.type("Sasaran #" + (i + 1), goals[i][2]);
    }
    fillActivity(
        plan,
        1,
        "Bimbingan sosial perorangan",
        "Penyembuhan dan rehabilitasi (kuratif)",
        "Bimbingan sosial perorangan (case work)",
        "Terapi (fisik, psikososial, mental spiritual)",
        WORKER_NAME,
        today.plusDays(1));
    plan.addRow("Kegiatan intervensi");
    fillActivity(
        plan,
        2,
        "Senam lansia bersama",
        "Pengembangan",
        "Bimbingan sosial kelompok (group work)",
        "Perawatan sosial dan/atau pengasuhan",
        OTHER_WORKER_NAME,
        today.plusDays(2));
    assertThat(shown(plan, "Rentang pemantauan berkala"))
        .as("default span of the periodic monitoring")
        .isEqualTo("1 bulan");
    plan.select("Rentang pemantauan berkala", "2 minggu");
    completeAndCheck(pi, plan, CycleForms.INTERVENTION_PLAN);
    assertThat(runtimeService.getVariable(pi, "evaluationInterval"))
        .as("the span a timer reads")
        .isEqualTo("P14D");
    List<?> plannedGoals = (List<?>) plain(runtimeService.getVariable(pi, "goals"));
    assertThat(plannedGoals).as("all six rows submitted").hasSize(6);
    assertThat(plannedGoals.toString())
        .contains(goals[0][0], goals[1][0], goals[2][0], "2 kali sebulan", goals[5][0], "3 orang");
    List<?> activities = (List<?>) plain(runtimeService.getVariable(pi, "activities"));
    assertThat(activities).hasSize(2);
    assertThat(activities.toString())
        .contains(
            "schedule=" + today.plusDays(1),
            "schedule=" + today.plusDays(2),
            "GROUP_WORK",
            "atensiComponent=THERAPY",
            "atensiComponent=SOCIAL_CARE");

    // the supervisor sends the plan back, then approves the revised plan (approval starts empty
    // again)
    Browser.Form approval =
        work(pi, TASK_APPROVE_PLAN, "Setujui rencana intervensi", SUPERVISOR, SUPERVISOR_NAME);
    assertThat(approval.text())
        .contains(goals[2][0])
        .contains("Senam lansia bersama")
        .contains("komponen ATENSI Perawatan sosial dan/atau pengasuhan");
    approval.check("Setujui rencana", false);
    approval.type("Catatan revisi", "Tambahkan target kunjungan keluarga yang lebih realistis.");
    completeAndCheck(pi, approval, CycleForms.PLAN_APPROVAL);
    assertThat(runtimeService.getVariable(pi, "planApproved")).isEqualTo(false);

    Browser.Form revision =
        work(pi, TASK_PLAN_INTERVENTION, "Susun rencana intervensi", WORKER, WORKER_NAME);
    assertThat(revision.text())
        .contains("Catatan revisi dari supervisor")
        .contains("lebih realistis");
    browser.until(
        "the revised plan shows the six goals", d -> revision.rows("Tujuan intervensi") == 6);
    assertThat(revision.value("Tujuan #3")).isEqualTo(goals[2][0]);
    revision.type("Sasaran #3", "1 kali sebulan");
    completeAndCheck(pi, revision, CycleForms.INTERVENTION_PLAN);
    assertThat(plain(runtimeService.getVariable(pi, "goals")).toString())
        .contains("1 kali sebulan");

    Browser.Form approval2 =
        work(pi, TASK_APPROVE_PLAN, "Setujui rencana intervensi", SUPERVISOR, SUPERVISOR_NAME);
    assertThat(approval2.field("Setujui rencana").isSelected())
        .as("a new approval starts unticked")
        .isFalse();
    approval2.check("Setujui rencana", true);
    browser.until(
        "comments are hidden once the plan is approved",
        d -> !approval2.text().contains("Catatan revisi"));
    completeAndCheck(pi, approval2, CycleForms.PLAN_APPROVAL);

    // a referral to another resource system during the services (the case file's Rujuk, tested in
    // CaseFileBrowserTest, asks the same endpoint): its form, then the follow-up of its outcome
    assertThat(
            Rest.as(port, WORKER, "demo")
                .post("/api/cases/" + caseNumber(pi) + "/referrals", Map.of())
                .status())
        .isEqualTo(201);
    Browser.Form referral =
        work(
            pi, TASK_REFER_TO_RESOURCE_SYSTEM, "Rujuk klien ke sistem sumber", WORKER, WORKER_NAME);
    referral.select("Jenis sistem sumber", "Layanan kesehatan (rumah sakit, puskesmas)");
    referral.type("Nama lembaga atau pihak tujuan rujukan", "Puskesmas Astanaanyar, poli lansia");
    referral.type("Alasan rujukan", "Pemeriksaan gula darah dan tekanan darah rutin.");
    referral.date("Tanggal rujukan", today);
    completeInReferralScope(
        pi,
        referral,
        CycleForms.SERVICE_REFERRAL,
        "serviceReferralResourceName",
        "Puskesmas Astanaanyar, poli lansia");
    fireTimer(pi, TIMER_REFERRAL_FOLLOW_UP_DUE);
    Browser.Form referralFollowUp =
        work(pi, TASK_REFERRAL_FOLLOW_UP, "Tindak lanjuti hasil rujukan", WORKER, WORKER_NAME);
    referralFollowUp.radio("Hasil rujukan", "Diterima oleh sistem sumber");
    referralFollowUp.type(
        "Catatan tindak lanjut", "Klien diperiksa tiap bulan; hasil dicatat di berkas kasus.");
    completeInReferralScope(
        pi, referralFollowUp, CycleForms.REFERRAL_FOLLOW_UP, "referralOutcome", "ACCEPTED");

    // the periodic evaluation falls due, and its follow-up is overdue: the supervisor gets an
    // escalation
    fireTimer(pi, TIMER_EVALUATION_DUE);
    Task followUp = awaitTask(pi, TASK_EVALUATION_FOLLOW_UP);
    fireTimer(pi, TIMER_EVALUATION_OVERDUE);
    Task escalation = awaitTask(pi, TASK_REVIEW_OVERDUE_EVALUATION);
    assertThat(followUp.getPriority()).isEqualTo(60);
    assertThat(escalation.getPriority()).isEqualTo(80);
    assertThat(followUp.getDueDate())
        .isCloseTo(Date.from(OffsetDateTime.now().plusDays(7).toInstant()), 120_000);
    assertThat(escalation.getDueDate())
        .isCloseTo(Date.from(OffsetDateTime.now().plusDays(2).toInstant()), 120_000);

    Browser.Form review =
        work(
            pi,
            TASK_REVIEW_OVERDUE_EVALUATION,
            "Tangani pemantauan berkala yang terlambat",
            SUPERVISOR,
            SUPERVISOR_NAME);
    review.radio("Tindakan supervisor", "Mengingatkan pekerja sosial yang menangani");
    review.type(
        "Catatan tindakan", "Peksos diingatkan lewat telepon; tindak lanjut dijadwalkan besok.");
    completeAndCheck(pi, review, CycleForms.OVERDUE_EVALUATION_REVIEW);

    Browser.Form followUpForm =
        work(pi, TASK_EVALUATION_FOLLOW_UP, "Pemantauan berkala", WORKER, WORKER_NAME);
    assertThat(followUpForm.text()).contains(goals[0][0]);
    followUpForm.date("Tanggal pemantauan", today);
    followUpForm.type("Catatan kemajuan", "Klien mulai ikut senam pagi dua kali seminggu.");
    HistoricTaskInstance followUpDone =
        completeAndCheck(pi, followUpForm, CycleForms.EVALUATION_FOLLOW_UP);
    assertThat(FormDates.day(localValue(followUpDone, "followUpDate"))).isEqualTo(today);

    // the activities, one task each, by the two workers
    Browser.Form report = work(pi, TASK_CARRY_OUT_ACTIVITY, null, WORKER, WORKER_NAME);
    assertThat(report.text())
        .containsAnyOf(
            "Komponen ATENSI: Terapi (fisik, psikososial, mental spiritual)",
            "Komponen ATENSI: Perawatan sosial dan/atau pengasuhan");
    report.date("Tanggal pelaksanaan", today);
    report.radio("Kehadiran klien", "Hadir sebagian");
    report.type("Catatan kasus", "Klien hadir tetapi pulang lebih awal karena lelah.");
    HistoricTaskInstance reportDone = completeAndCheck(pi, report, CycleForms.ACTIVITY_REPORT);
    assertThat(localValue(reportDone, "attendance")).isEqualTo("PARTIAL");
    Browser.Form report2 = work(pi, TASK_CARRY_OUT_ACTIVITY, null, OTHER_WORKER, OTHER_WORKER_NAME);
    report2.date("Tanggal pelaksanaan", today);
    report2.radio("Kehadiran klien", "Hadir dan mengikuti kegiatan sampai selesai");
    report2.type("Catatan kasus", "Klien aktif dan bercerita tentang keluarganya.");
    completeAndCheck(pi, report2, CycleForms.ACTIVITY_REPORT);

    // evaluation, round 1: one row per goal of the plan, filled in by the app; continue
    Browser.Form evaluation =
        work(pi, TASK_EVALUATE_INTERVENTION, "Evaluasi intervensi", WORKER, WORKER_NAME);
    browser.until("a row per goal of the plan", d -> evaluation.rows("Ketercapaian tujuan") == 6);
    for (int i = 0; i < 6; i++) {
      assertThat(evaluation.value("Tujuan #" + (i + 1))).isEqualTo(goals[i][0]);
      assertThat(evaluation.field("Tujuan #" + (i + 1)).getAttribute("readonly")).isNotNull();
    }
    assertThat(evaluation.text())
        .contains("Skor Barthel (tingkat kemandirian) sementara: 85 dari 100");
    evaluation.select("Ketercapaian #1", "Tercapai sebagian");
    evaluation.select("Ketercapaian #2", "Tercapai");
    evaluation.select("Ketercapaian #3", "Belum tercapai");
    for (int i = 4; i <= 6; i++) {
      evaluation.select("Ketercapaian #" + i, "Tercapai sebagian");
    }
    evaluation.type("Keterangan #3", "Anak belum bisa dihubungi.");
    evaluation.type("Hambatan", "Nyeri lutut saat cuaca dingin.");
    assertThat(evaluation.text())
        .as("the GDS-15 is asked anew, not carried over")
        .contains("(0 dari 15 butir terisi)");
    fillInstruments(evaluation, gds(answers));
    evaluation.type("Pemberi informasi", "Klien sendiri");
    evaluation.date("Tanggal informasi diberikan", today);
    evaluation.select("10. Naik dan turun tangga", "10");
    browser.until(
        "the score follows the changed answer",
        d ->
            evaluation
                .text()
                .contains("Skor Barthel (tingkat kemandirian) sementara: 90 dari 100"));
    evaluation.radio("Keputusan evaluasi", "Lanjutkan intervensi sesuai rencana");
    evaluation.type("Catatan evaluasi", "Lanjutkan; fokus pada hubungan dengan keluarga.");
    completeAndCheck(pi, evaluation, CycleForms.EVALUATION);
    List<?> attainment = (List<?>) plain(runtimeService.getVariable(pi, "goalAttainment"));
    assertThat(attainment).hasSize(6);
    assertThat(attainment.toString())
        .contains(
            "attainment=PARTIAL",
            "attainment=ACHIEVED",
            "attainment=NOT_ACHIEVED",
            goals[1][0],
            "Anak belum bisa dihubungi.");
    assertThat(runtimeService.getVariable(pi, "barthelScore")).isEqualTo(90L);

    // round 2: the activities again (through the REST API, their form is covered above), then an
    // evaluation that starts empty: fresh rows from the plan, no obstacles or notes of round 1
    for (int i = 0; i < 2; i++) {
      Task activity = awaitTask(pi, TASK_CARRY_OUT_ACTIVITY);
      Rest worker = Rest.as(port, WORKER, "demo");
      assertThat(
              worker
                  .post(
                      "/engine-rest/task/" + activity.getId() + "/claim", Map.of("userId", WORKER))
                  .status())
          .isEqualTo(204);
      assertThat(
              worker
                  .post(
                      "/engine-rest/task/" + activity.getId() + "/submit-form",
                      Map.of("variables", CaseData.toRest(CaseData.activityReport())))
                  .status())
          .isEqualTo(204);
    }
    Browser.Form evaluation2 =
        work(pi, TASK_EVALUATE_INTERVENTION, "Evaluasi intervensi", WORKER, WORKER_NAME);
    browser.until("a fresh row per goal", d -> evaluation2.rows("Ketercapaian tujuan") == 6);
    assertThat(
            browser
                .driver()
                .findElement(
                    By.id(evaluation2.field("Ketercapaian #3").getAttribute("id") + "-display"))
                .getText())
        .as("last round's rating is not filled in")
        .isEqualTo("Pilih");
    assertThat(evaluation2.value("Hambatan")).as("obstacles start empty").isEmpty();
    assertThat(evaluation2.value("Catatan evaluasi")).as("notes start empty").isEmpty();
    assertThat(evaluation2.text())
        .as("instrument answers are carried over")
        .contains("Skor Barthel (tingkat kemandirian) sementara: 90 dari 100");
    for (int i = 1; i <= 6; i++) {
      evaluation2.select("Ketercapaian #" + i, "Tercapai");
    }
    Map<String, Object> notAssessable = gds(answers);
    notAssessable.put("gds01", "NOT_ASSESSABLE");
    notAssessable.put("gds02", "NOT_ASSESSABLE");
    fillInstruments(evaluation2, notAssessable);
    browser.until(
        "an incomplete GDS-15 says so instead of a score",
        d -> evaluation2.text().contains("Skor GDS-15 tidak lengkap: 2 butir tidak dapat dinilai"));
    evaluation2.type("Pemberi informasi", "Perawat wisma (klien sedang bingung)");
    evaluation2.date("Tanggal informasi diberikan", today);
    evaluation2.radio("Keputusan evaluasi", "Tujuan tercapai: lanjut ke terminasi");
    completeAndCheck(pi, evaluation2, CycleForms.EVALUATION);
    assertThat(runtimeService.getVariable(pi, "gdsScore")).as("incomplete, not 0").isNull();
    assertThat(runtimeService.getVariable(pi, "gdsItemsAssessed")).isEqualTo(13L);

    // termination with after-care (the default)
    Browser.Form termination = work(pi, TASK_TERMINATE, "Terminasi kasus", WORKER, WORKER_NAME);
    assertThat(termination.text()).contains("Tujuan intervensi tercapai");
    assertThat(termination.field("Jadwalkan tindak lanjut pasca-layanan").isSelected()).isTrue();
    assertThat(shown(termination, "Jangka waktu tindak lanjut pasca-layanan")).isEqualTo("3 bulan");
    assertThat(termination.value("Ringkasan kasus"))
        .as("the summary is drafted from the case")
        .contains("sasaran: 1 kali sebulan")
        .contains("Kegiatan terlaksana (4 laporan)")
        .contains("GDS-15 tidak lengkap");
    termination.select("Jangka waktu tindak lanjut pasca-layanan", "6 bulan");
    termination.type(
        "Ringkasan kasus", "Klien aktif, makan teratur dan kembali berhubungan dengan anaknya.");
    termination.type(
        "Rencana pasca-layanan atau rujukan",
        "Kunjungan keluarga sebulan sekali; kontrol ke puskesmas.");
    termination.check("Keluarga sudah diberi tahu", true);
    completeAndCheck(pi, termination, CycleForms.TERMINATION);
    assertThat(runtimeService.getVariable(pi, "afterCareFollowUp")).isEqualTo(true);
    assertThat(runtimeService.getVariable(pi, "afterCareInterval")).isEqualTo("P180D");

    // after-care, 90 days later (a manager brings the timer forward)
    fireTimer(pi, TIMER_AFTER_CARE_DUE);
    Task afterCareTask = awaitTask(pi, TASK_AFTER_CARE_FOLLOW_UP);
    assertThat(afterCareTask.getPriority()).isEqualTo(60);
    assertThat(afterCareTask.getDueDate())
        .isCloseTo(Date.from(OffsetDateTime.now().plusDays(14).toInstant()), 120_000);
    Browser.Form afterCare =
        work(pi, TASK_AFTER_CARE_FOLLOW_UP, "Tindak lanjut pasca-layanan", WORKER, WORKER_NAME);
    assertThat(afterCare.text()).contains("kontrol ke puskesmas");
    afterCare.date("Tanggal tindak lanjut", today);
    afterCare.select("Kondisi klien", "Baik");
    afterCare.type("Catatan tindak lanjut", "Klien sehat dan rutin dikunjungi anaknya.");
    completeAndCheck(pi, afterCare, CycleForms.AFTER_CARE_FOLLOW_UP);

    assertEnded(pi, "EndEvent_CaseClosed", "GOALS_REACHED");
  }

  /** The GDS-15 answers among the instrument answers. */
  private static Map<String, Object> gds(Map<String, Object> answers) {
    Map<String, Object> gds = new LinkedHashMap<>();
    answers.forEach(
        (key, value) -> {
          if (key.startsWith("gds")) {
            gds.put(key, value);
          }
        });
    return gds;
  }

  /** The option a form-js select shows (its words, not its value). */
  private String shown(Browser.Form form, String label) {
    return browser
        .driver()
        .findElement(By.id(form.field(label).getAttribute("id") + "-display"))
        .getText()
        .trim();
  }

  /**
   * Completes a referral's task in the browser and reads the value back from the referral's own
   * scope (each referral keeps its data there, so {@link #completeAndCheck} does not see it).
   */
  private void completeInReferralScope(
      String pi, Browser.Form form, String formId, String variable, Object expected) {
    String taskId = currentTask;
    form.settle();
    screenshot(form, formId);
    browser.complete(form, formId);
    await()
        .atMost(TIMEOUT)
        .until(
            () ->
                historyService
                    .createHistoricTaskInstanceQuery()
                    .taskId(taskId)
                    .finished()
                    .singleResult(),
            Objects::nonNull);
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi)
                .variableName(variable)
                .list())
        .extracting(HistoricVariableInstance::getValue)
        .as("%s submitted with %s", variable, formId)
        .contains(expected);
    assertThat(browser.consoleErrors(allowedConsoleErrors)).as("browser console errors").isEmpty();
  }
}
