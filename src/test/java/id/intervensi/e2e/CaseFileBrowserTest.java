package id.intervensi.e2e;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.security.Cases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The case in Tasklist, as a social worker and as a supervisor use it: the resident on the task
 * cards, the "Berkas kasus" tab with the plan, the reports and the score chart, the case list of
 * the top bar with its search, and each action of the case file confirmed in a dialog (a case note,
 * a document, a termination request, a transfer, a client's exit). Screenshots are kept as test
 * output (target/screenshots).
 */
@RunningApp
class CaseFileBrowserTest extends TasklistCycle {

  static final By CARD_RESIDENT = By.cssSelector(".tasks-list .intervensi-card-resident");
  static final By CASE_FILE_TAB =
      By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Berkas kasus']");
  static final By CASE_FILE = By.cssSelector(".intervensi-casefile");
  static final By ACTION_DIALOG =
      By.cssSelector("dialog.intervensi-dialog:not(.intervensi-case-list-dialog)");
  static final By CONFIRM =
      By.cssSelector(
          "dialog.intervensi-dialog:not(.intervensi-case-list-dialog) .intervensi-dialog-confirm");
  static final By NOTICE = By.cssSelector(".intervensi-notice");
  static final By OPEN_CASES = By.cssSelector("a.intervensi-open-cases");

  /** The smallest PDF a reader opens: one empty page. */
  static final String MINIMAL_PDF =
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
          + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
          + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
          + "trailer<</Root 1 0 R>>\n%%EOF\n";

  @Test
  void aSocialWorkerReadsTheCaseFileAndActsOnIt() throws Exception {
    // three GDS-15 items the resident could not answer: the score shows as incomplete
    String pi =
        new Cases(port)
            .inIntervention(
                WORKER,
                with(
                    with(with(assessment(), "gds13", "NOT_ASSESSABLE"), "gds14", "NOT_ASSESSABLE"),
                    "gds15",
                    "NOT_ASSESSABLE"));
    String caseNumber = caseNumber(pi);
    String activity =
        taskService
            .createTaskQuery()
            .processInstanceId(pi)
            .taskDefinitionKey(TASK_CARRY_OUT_ACTIVITY)
            .list()
            .get(0)
            .getId();
    browser.logIn(base(), WORKER, "demo", WORKER_NAME);
    String card =
        browser.until(
            "the resident on a task card",
            d ->
                d.findElements(CARD_RESIDENT).stream()
                    .map(WebElement::getText)
                    .filter(t -> t.startsWith("Siti Aminah ·"))
                    .findFirst()
                    .orElse(null));
    assertThat(card).contains(" th");
    assertCaseNumberShownOnCollapsedCard(activity, caseNumber);

    browser.openTask(
        activity, taskService.createTaskQuery().taskId(activity).singleResult().getName());
    browser.click(CASE_FILE_TAB);
    WebElement file = browser.visible(CASE_FILE);
    assertThat(file.getAttribute("data-case-number")).isEqualTo(caseNumber);
    browser.until("the case file filled in", d -> file.getText().contains("Rencana intervensi"));
    assertThat(file.getText())
        .contains("Siti Aminah")
        .contains("Intervensi sejak")
        .contains("Klien aktif dalam kegiatan kelompok")
        .contains("Bimbingan sosial kelompok (group work)")
        .contains("Komponen ATENSI")
        .contains("Perawatan sosial dan/atau pengasuhan")
        .contains("Ketergantungan sedang")
        .contains(WORKER);
    // the assessment's informant and day, and how much of the GDS-15 could be asked
    WebElement assessed =
        browser.visible(By.cssSelector(".intervensi-scores tr.intervensi-score-round"));
    assertThat(assessed.findElement(By.cssSelector(".intervensi-informant")).getText())
        .isEqualTo(
            "Klien sendiri dan Wati Suryani (anak), "
                + today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    assertThat(assessed.findElement(By.cssSelector(".intervensi-gds")).getText())
        .isEqualTo("tidak lengkap (12 dari 15 butir dinilai)");
    browser.visible(By.cssSelector(".intervensi-score-chart[data-chart-drawn='true'] svg"));
    browser.screenshot(file, "casefile-worker-tab");

    // a case note, confirmed in its dialog: markup is refused there with the server's words and
    // nothing is saved; plain text is saved and shown
    browser.click(By.cssSelector(".intervensi-casefile .intervensi-action-note"));
    WebElement dialog = browser.visible(ACTION_DIALOG);
    WebElement text = dialog.findElement(By.cssSelector("textarea[name='text']"));
    text.sendKeys("Anak klien menelepon; jadwal kunjungan <b>Minggu</b>.");
    browser.click(CONFIRM);
    assertThat(
            browser
                .until(
                    "the refusal in the dialog",
                    d ->
                        d.findElement(
                            By.cssSelector(".intervensi-dialog-message.intervensi-error")))
                .getText())
        .contains("«Catatan» tidak boleh berisi tag HTML");
    allowedConsoleErrors.add(m -> m.contains("/notes") && m.contains("status of 400"));
    String note = "Anak klien menelepon pukul 21.00; menanyakan jadwal kunjungan hari Minggu.";
    text.clear();
    text.sendKeys(note);
    browser.click(CONFIRM);
    browser.until("the note saved", d -> d.findElements(ACTION_DIALOG).isEmpty());
    assertThat(browser.visible(NOTICE).getText()).isEqualTo("Catatan kasus tersimpan.");
    assertThat(browser.visible(By.cssSelector(".intervensi-casefile .intervensi-notes")).getText())
        .contains(note)
        .doesNotContain("<b>");

    // a document: a PDF goes in, a renamed text file is refused in the dialog
    Path fake = Files.createTempFile("bukan-pdf", ".pdf");
    Files.writeString(fake, "ini bukan PDF", StandardCharsets.UTF_8);
    upload(fake, "Surat palsu");
    browser.until(
        "the refusal shown in the dialog",
        d ->
            d.findElement(By.cssSelector(".intervensi-dialog-message.intervensi-error"))
                .getText()
                .contains("PDF"));
    allowedConsoleErrors.add(m -> m.contains("/documents") && m.contains("status of 400"));
    browser.click(By.cssSelector(".intervensi-dialog-cancel"));
    Path pdf = Files.createTempFile("ktp", ".pdf");
    Files.write(pdf, MINIMAL_PDF.getBytes(StandardCharsets.US_ASCII));
    upload(pdf, "KTP Siti Aminah");
    browser.until("the upload saved", d -> d.findElements(ACTION_DIALOG).isEmpty());
    assertThat(browser.visible(NOTICE).getText()).isEqualTo("Dokumen tersimpan.");
    assertThat(
            browser
                .visible(By.cssSelector(".intervensi-documents a.intervensi-document-link"))
                .getText())
        .isEqualTo("KTP Siti Aminah");

    // the case list of the top bar: the worker's own cases, searched by case number
    browser.click(OPEN_CASES);
    WebElement list = browser.visible(By.cssSelector(".intervensi-case-list"));
    browser.visible(By.cssSelector(".intervensi-case-search")).sendKeys(caseNumber);
    WebElement row =
        browser.until(
            "the case in Kasus saya",
            d -> {
              List<WebElement> rows = d.findElements(By.cssSelector(".intervensi-case-row"));
              return rows.size() == 1
                      && caseNumber.equals(rows.get(0).getAttribute("data-case-number"))
                  ? rows.get(0)
                  : null;
            });
    assertThat(row.getText()).contains("Siti Aminah").contains("Intervensi");
    assertThat(list.getText()).doesNotContain("null").doesNotContain("undefined");
    browser.screenshot(list, "casefile-worker-list");
    browser.click(By.cssSelector(".intervensi-case-row[data-case-number='" + caseNumber + "']"));
    browser.until(
        "the case file in the list's dialog",
        d ->
            d.findElement(By.cssSelector(".intervensi-case-list-dialog .intervensi-casefile"))
                .getText()
                .contains(note));

    // a referral to another resource system from the case file (Rujuk): the services go on
    browser.click(By.cssSelector(".intervensi-case-list-dialog .intervensi-action-referral"));
    browser.visible(ACTION_DIALOG);
    browser.click(CONFIRM);
    browser.until("the referral requested", d -> d.findElements(ACTION_DIALOG).isEmpty());
    Task referral =
        browser.until(
            "the referral task",
            d ->
                taskService
                    .createTaskQuery()
                    .processInstanceId(pi)
                    .taskDefinitionKey(TASK_REFER_TO_RESOURCE_SYSTEM)
                    .singleResult());
    assertThat(referral.getAssignee()).as("the case's worker has it").isEqualTo(WORKER);
    taskService.complete(referral.getId(), serviceReferral());

    // the client asks to end the intervention: reported from the case file
    browser.click(
        By.cssSelector(".intervensi-case-list-dialog .intervensi-action-termination-request"));
    browser
        .visible(ACTION_DIALOG)
        .findElement(By.cssSelector("textarea[name='note']"))
        .sendKeys("Klien ingin pulang ke rumah adiknya.");
    browser.click(CONFIRM);
    browser.until("the request saved", d -> d.findElements(ACTION_DIALOG).isEmpty());
    assertThat(terminationTask(pi).getAssignee()).as("the case's worker has it").isEqualTo(WORKER);
    assertThat(runtimeService.getVariable(pi, "terminationRequestNote"))
        .isEqualTo("Klien ingin pulang ke rumah adiknya.");
    // the case file, shown again, lists the referral and that its outcome is still awaited
    WebElement referrals =
        browser.until(
            "the referral in the case file",
            d -> {
              List<WebElement> rows =
                  d.findElements(
                      By.cssSelector(".intervensi-case-list-dialog tr.intervensi-referral"));
              return rows.size() == 1 ? rows.get(0) : null;
            });
    assertThat(referrals.getText())
        .contains("Puskesmas Cibeunying", "Layanan kesehatan", "Menunggu tindak lanjut");
    browser.screenshot(
        browser.visible(By.cssSelector(".intervensi-case-list-dialog .intervensi-casefile")),
        "casefile-worker-referral");
    // tasks ended behind Tasklist's back (the referral completed here, the activities the
    // termination request cancelled): Tasklist may still ask for one it listed, and gets 404
    List<String> ended =
        historyService
            .createHistoricTaskInstanceQuery()
            .processInstanceId(pi)
            .finished()
            .list()
            .stream()
            .map(t -> t.getId())
            .toList();
    allowedConsoleErrors.add(
        e ->
            e.contains("status of 404")
                && ended.stream().anyMatch(id -> e.contains("/task/" + id)));
    assertThat(browser.consoleErrors(allowedConsoleErrors)).as("browser console errors").isEmpty();
  }

  @Test
  void aSupervisorFindsACaseTransfersItAndReportsTheClientsExit() {
    String pi = new Cases(port).inIntervention(WORKER);
    String caseNumber = caseNumber(pi);
    String nik =
        clients.findById(caseFiles.find(caseNumber).orElseThrow().clientId()).orElseThrow().nik();
    browser.logIn(base(), SUPERVISOR, "demo", SUPERVISOR_NAME);
    browser.click(OPEN_CASES);
    browser.click(By.cssSelector("a.intervensi-scope-all"));
    browser.visible(By.cssSelector(".intervensi-case-search")).sendKeys(nik);
    browser.until(
        "the case found by NIK",
        d -> {
          List<WebElement> rows = d.findElements(By.cssSelector(".intervensi-case-row"));
          return rows.size() == 1
              && caseNumber.equals(rows.get(0).getAttribute("data-case-number"));
        });
    browser.click(By.cssSelector("details.intervensi-caseload-details summary"));
    assertThat(
            browser
                .until(
                    "the caseloads",
                    d -> d.findElement(By.cssSelector(".intervensi-caseloads table")))
                .getText())
        .contains(WORKER_NAME)
        .contains(OTHER_WORKER_NAME);
    browser.screenshot(
        browser.visible(By.cssSelector(".intervensi-case-list")), "casefile-supervisor-list");
    browser.click(By.cssSelector(".intervensi-case-row[data-case-number='" + caseNumber + "']"));
    browser.visible(By.cssSelector(".intervensi-case-list-dialog .intervensi-casefile"));

    browser.click(By.cssSelector(".intervensi-case-list-dialog .intervensi-action-transfer"));
    WebElement transfer = browser.visible(ACTION_DIALOG);
    browser.until(
        "the workers offered",
        d -> transfer.findElements(By.cssSelector("select[name='worker'] option")).size() > 2);
    new Select(transfer.findElement(By.cssSelector("select[name='worker']")))
        .selectByValue(OTHER_WORKER);
    transfer
        .findElement(By.cssSelector("textarea[name='reason']"))
        .sendKeys("Sari Wulandari cuti tiga bulan.");
    browser.click(CONFIRM);
    browser.until("the transfer saved", d -> d.findElements(ACTION_DIALOG).isEmpty());
    assertThat(
            browser
                .visible(By.cssSelector(".intervensi-case-list-dialog .intervensi-worker"))
                .getText())
        .isEqualTo(OTHER_WORKER);
    assertThat(caseFiles.find(caseNumber).orElseThrow().assignedWorker()).isEqualTo(OTHER_WORKER);

    browser.click(By.cssSelector(".intervensi-case-list-dialog .intervensi-action-exit"));
    WebElement exit = browser.visible(ACTION_DIALOG);
    browser.click(CONFIRM);
    Boolean refused =
        browser.until(
            "a reason is required",
            d ->
                (Boolean)
                    browser.js(
                        "return !arguments[0].checkValidity();",
                        exit.findElement(By.cssSelector("select[name='reason']"))));
    assertThat(refused).isTrue();
    new Select(exit.findElement(By.cssSelector("select[name='reason']")))
        .selectByVisibleText("meninggal dunia");
    exit.findElement(By.cssSelector("textarea[name='note']"))
        .sendKeys("Meninggal dunia di RSUD pukul 03.10.");
    browser.screenshot(exit, "casefile-supervisor-exit-dialog");
    browser.click(CONFIRM);
    browser.until("the exit saved", d -> d.findElements(ACTION_DIALOG).isEmpty());
    assertThat(terminationTask(pi).getAssignee())
        .as("the new worker has it")
        .isEqualTo(OTHER_WORKER);
    assertThat(runtimeService.getVariable(pi, "exitReason")).isEqualTo("DECEASED");
    assertThat(browser.consoleErrors(allowedConsoleErrors)).as("browser console errors").isEmpty();
  }

  /**
   * The task's card, collapsed, shows the case number's value (not only its label) and the resident
   * line, both inside the part of the card that is shown and above the shutter that fades its
   * bottom.
   */
  private void assertCaseNumberShownOnCollapsedCard(String taskId, String caseNumber) {
    By card =
        By.xpath(
            "//ol[contains(@class,'tasks-list')]/li[.//a[contains(@href,'task="
                + taskId
                + "')]][.//*[contains(@class,'intervensi-card-resident')]]");
    WebElement shown = browser.visible(card);
    WebElement value = shown.findElement(By.cssSelector(".task-card-details .variable-value"));
    assertThat(value.isDisplayed()).as("the case number's value displayed").isTrue();
    assertThat(value.getText().trim()).isEqualTo(caseNumber);
    @SuppressWarnings("unchecked")
    List<String> hidden =
        (List<String>)
            browser.js(
                """
                const card = arguments[0];
                const details = card.querySelector('.task-card-details');
                const box = details.getBoundingClientRect();
                const shutter = details.querySelector('.shutter');
                const fadedFrom = shutter && shutter.offsetHeight > 0
                    && getComputedStyle(shutter).display !== 'none'
                  ? shutter.getBoundingClientRect().top : box.bottom;
                const hidden = [];
                for (const css of ['.intervensi-card-resident', '.variable-value']) {
                  const r = card.querySelector(css).getBoundingClientRect();
                  if (r.height === 0 || r.top < box.top || r.bottom > fadedFrom + 0.5) {
                    hidden.push(css + ' ' + r.top + '-' + r.bottom + ' outside '
                      + box.top + '-' + fadedFrom);
                  }
                }
                return hidden;""",
                shown);
    browser.screenshot(shown, "casefile-worker-card");
    assertThat(hidden).as("parts of the collapsed card not shown").isEmpty();
  }

  /** The termination task of the case, once the engine has created it. */
  private Task terminationTask(String pi) {
    return browser.until(
        "the termination task",
        d ->
            taskService
                .createTaskQuery()
                .processInstanceId(pi)
                .taskDefinitionKey(TASK_TERMINATE)
                .singleResult());
  }

  private void upload(Path file, String title) {
    browser.click(By.cssSelector(".intervensi-casefile .intervensi-action-upload"));
    WebElement dialog = browser.visible(ACTION_DIALOG);
    dialog.findElement(By.cssSelector("input[name='title']")).sendKeys(title);
    dialog
        .findElement(By.cssSelector("input[name='file']"))
        .sendKeys(file.toAbsolutePath().toString());
    browser.click(CONFIRM);
  }
}
