package id.intervensi.e2e;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The start of a browser test class on the {@link RunningApp}: a fresh Chromium for each test
 * (English browser, the home's zone), what it showed kept when a test fails ({@code
 * <evidencePrefix>-<test method>}), closed after each test; the app's port; the console errors
 * Tasklist logs of its own, allowed.
 */
abstract class BrowserTestBase {

  @LocalServerPort int port;

  Browser browser;
  final List<Predicate<String>> allowedConsoleErrors =
      new ArrayList<>(TasklistBrowserTest.TASKLIST_OWN_ERRORS);

  @RegisterExtension final TestExecutionExceptionHandler keepTheEvidence;

  BrowserTestBase(String evidencePrefix) {
    keepTheEvidence = Browser.evidenceOnFailure(() -> browser, evidencePrefix);
  }

  @BeforeEach
  void startBrowser() throws IOException {
    browser = Browser.start();
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** The running app's address, e.g. http://localhost:41234. */
  String base() {
    return "http://localhost:" + port;
  }
}
