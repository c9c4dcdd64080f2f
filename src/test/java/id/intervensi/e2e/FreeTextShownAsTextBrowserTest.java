package id.intervensi.e2e;

import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.security.Cases;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text a user typed is shown as text: a case note (task comment) in Tasklist's history of the task,
 * a client's exit note on the termination form, a case variable in Cockpit and a user's name in
 * Admin, holding markup stored before the doors refused it (here through the Java API, past them),
 * appear as the characters that were typed; no element of them is created and no script of them
 * runs.
 */
@RunningApp
class FreeTextShownAsTextBrowserTest extends BrowserTestBase {

  static final String WORKER = "peksos1";
  static final String MARKUP = "<img class=\"ditanam\" src=\"x\" onerror=\"alert('xss')\">Catatan";

  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;

  FreeTextShownAsTextBrowserTest() {
    super("free-text-failure");
  }

  @Test
  void aCaseNoteWithMarkupIsShownAsTextInTasklist() {
    Cases cases = new Cases(port);
    String pi = cases.open(WORKER);
    String task = cases.task(WORKER, pi, TASK_INTAKE_INTERVIEW);
    cases.claim(WORKER, task);
    taskService.createComment(task, pi, MARKUP);

    browser.logIn(base(), WORKER, "demo", TasklistBrowserTest.WORKER_NAME);
    browser.openTask(task, "Wawancara intake");
    browser.click(
        By.xpath(
            "//*[contains(@class,'task-details')]//a[normalize-space()='History' or normalize-space()='Riwayat']"));
    String shown = browser.visible(By.xpath("//*[contains(text(), 'onerror=\"alert(')]")).getText();

    assertThat(shown).contains(MARKUP);
    assertThat(browser.driver().findElements(By.cssSelector("img.ditanam")))
        .as("no element made of the note")
        .isEmpty();
    assertThat(browser.consoleErrors(allowedConsoleErrors)).isEmpty();
  }

  @Test
  void aUserNameWithMarkupIsShownAsTextInAdmin() {
    User planted = identityService.newUser("nama-bertanda");
    planted.setFirstName(MARKUP);
    planted.setLastName("Uji");
    planted.setPassword("kata-sandi-panjang-sekali");
    identityService.saveUser(planted);
    try {
      browser.logIn(base(), "admin", "admin", "Admin Intervensi");
      browser.open(base() + "/camunda/app/admin/default/#/users");
      String shown =
          browser.visible(By.xpath("//*[contains(text(), 'onerror=\"alert(')]")).getText();
      assertThat(shown).contains(MARKUP);
      assertThat(browser.driver().findElements(By.cssSelector("img.ditanam")))
          .as("no element made of the name")
          .isEmpty();
    } finally {
      identityService.deleteUser("nama-bertanda");
    }
  }

  @Test
  void aClientExitNoteWithMarkupIsShownAsTextOnTheTerminationForm() {
    Cases cases = new Cases(port);
    String pi = cases.open(WORKER);
    String caseNumber = (String) runtimeService.getVariable(pi, "caseNumber");
    Rest.Answer exit =
        cases
            .as(WORKER)
            .post(
                "/api/cases/" + caseNumber + "/client-exit",
                Map.of("reason", "RETURNED_TO_FAMILY", "note", "Dijemput anaknya."));
    assertThat(exit.status()).as(exit.message()).isEqualTo(204);
    // stored before the doors refused markup (here through the Java API, past them)
    runtimeService.setVariable(pi, "exitNote", MARKUP);
    String task = cases.task(WORKER, pi, TASK_TERMINATE);
    cases.claim(WORKER, task);

    browser.logIn(base(), WORKER, "demo", TasklistBrowserTest.WORKER_NAME);
    Browser.Form form = browser.openTask(task, "Terminasi kasus");
    browser.until("the form shows the exit note", d -> form.text().contains("Keterangan keluar"));
    browser.screenshot(form.root(), "termination-exit-note-with-markup");
    WebElement note = form.root().findElement(By.cssSelector("textarea[disabled]"));
    assertThat(note.getDomProperty("value")).as("the note as typed").isEqualTo(MARKUP);
    assertThat(browser.driver().findElements(By.cssSelector(".fjs-container img")))
        .as("no element made of the note")
        .isEmpty();
    assertThat(browser.consoleErrors(allowedConsoleErrors)).isEmpty();
  }

  @Test
  void aCaseVariableWithMarkupIsShownAsTextInCockpit() {
    Cases cases = new Cases(port);
    String pi = cases.open(WORKER);
    // stored before the doors refused markup (here through the Java API, past them)
    runtimeService.setVariable(pi, "referralReason", MARKUP);

    browser.logIn(base(), "manajer1", "demo", "Bambang Setiawan");
    browser.open(
        "http://localhost:"
            + port
            + "/camunda/app/cockpit/default/#/process-instance/"
            + pi
            + "/runtime?tab=variables-tab");
    String shown = browser.visible(By.xpath("//*[contains(text(), 'onerror=\"alert(')]")).getText();
    browser.screenshot(
        browser.driver().findElement(By.tagName("body")), "cockpit-variable-with-markup");
    assertThat(shown).contains(MARKUP);
    assertThat(browser.driver().findElements(By.cssSelector("img.ditanam")))
        .as("no element made of the variable")
        .isEmpty();
  }
}
