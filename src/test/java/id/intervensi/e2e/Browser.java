package id.intervensi.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium (Debian's chromedriver, so Selenium Manager never
 * downloads anything), with what the Tasklist tests need: explicit waits, clicks that survive
 * overlays and animations, the browser console, screenshots of whole forms, and {@link Form} to
 * fill a Camunda Form (form-js) by the labels a user reads.
 */
final class Browser implements AutoCloseable {

  // generous: on two cores the browser tests share the machine with a second test JVM
  static final Duration TIMEOUT = Duration.ofSeconds(40);
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Pattern NTH = Pattern.compile("(.*) #(\\d+)");

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final Path profile;
  private final List<LogEntry> console = new ArrayList<>();

  /**
   * Tasks completed in this browser: Tasklist's own GET of such a task afterwards answers 404,
   * harmlessly.
   */
  private final Set<String> completedTasks = new HashSet<>();

  private static final Pattern TASK_IN_URL = Pattern.compile("[?&]task=([0-9A-Za-z-]+)");

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(200));
    wait.ignoring(NoSuchElementException.class)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementNotInteractableException.class);
  }

  /**
   * Starts Chromium with a fresh profile, in the time zone of the homes (Asia/Jakarta) and in
   * English.
   */
  static Browser start() throws IOException {
    return start("en-US", "Asia/Jakarta");
  }

  /**
   * Starts Chromium with a fresh profile, the given browser language (e.g. {@code id}, {@code
   * en-US}: what Tasklist picks its locale from) and time zone (the TZ of the browser process,
   * whatever the zone of the JVM and the app).
   */
  static Browser start(String language, String timeZone) throws IOException {
    Path profile = Files.createTempDirectory("intervensi-chromium-");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .withEnvironment(Map.of("TZ", timeZone, "LANGUAGE", language.replace('-', '_')))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--lang=" + language,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      driver.manage().timeouts().scriptTimeout(TIMEOUT);
      return new Browser(driver, profile);
    } catch (RuntimeException e) {
      deleteQuietly(profile);
      throw e;
    }
  }

  /**
   * For {@code @RegisterExtension}: when a test fails, saves what the browser showed ({@code
   * <prefix>-<test method>.png}) and its page ({@code .html}) and prints what it logged, while it
   * is still open.
   */
  static TestExecutionExceptionHandler evidenceOnFailure(Supplier<Browser> browser, String prefix) {
    return (context, failure) -> {
      try {
        Files.createDirectories(SCREENSHOTS);
        Files.write(
            SCREENSHOTS.resolve(prefix + "-" + context.getRequiredTestMethod().getName() + ".png"),
            ((TakesScreenshot) browser.get().driver()).getScreenshotAs(OutputType.BYTES));
        Files.writeString(
            SCREENSHOTS.resolve(prefix + "-" + context.getRequiredTestMethod().getName() + ".html"),
            browser.get().driver().getPageSource());
        browser
            .get()
            .consoleErrors(List.of())
            .forEach(e -> System.out.println("browser console: " + e));
      } catch (RuntimeException | IOException e) {
        failure.addSuppressed(e);
      }
      throw failure;
    };
  }

  WebDriver driver() {
    return driver;
  }

  void open(String url) {
    driver.get(url);
  }

  /**
   * Waits (up to {@link #TIMEOUT}) until the condition gives something other than null or false.
   */
  <T> T until(String what, Function<WebDriver, T> condition) {
    return wait.withMessage(what).until(condition);
  }

  WebElement visible(By by) {
    return until(
        by + " visible",
        d -> {
          WebElement element = d.findElement(by);
          return element.isDisplayed() ? element : null;
        });
  }

  boolean isPresent(By by) {
    return !driver.findElements(by).isEmpty();
  }

  /**
   * Clicks like a user once the element can take the click: scrolled into view, not covered,
   * enabled.
   */
  void click(By by) {
    until("click on " + by, d -> click(d.findElement(by)));
  }

  private boolean click(WebElement element) {
    scrollIntoView(element);
    if (!element.isDisplayed() || !element.isEnabled()) {
      return false;
    }
    try {
      element.click();
      return true;
    } catch (ElementNotInteractableException e) {
      return false; // still animating or covered by a header, footer or popup: try again
    }
  }

  void scrollIntoView(WebElement element) {
    js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  Object jsAsync(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
  }

  /** Reads what the browser logged since the last call and keeps it; returns the new entries. */
  List<LogEntry> readConsole() {
    List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
    console.addAll(entries);
    return entries;
  }

  /**
   * Every SEVERE console entry so far that no allowance explains. A 404 or 403 for a task this
   * browser completed is Tasklist refreshing what it just closed (the task is gone, or no longer
   * the user's, when the refresh comes after the completion), told apart by the task's id, not by
   * timing; {@link #complete} fails if Tasklist shows the user an error.
   */
  List<String> consoleErrors(List<Predicate<String>> allowed) {
    readConsole();
    return console.stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(
            message ->
                !(message.matches(".*status of 40[34].*")
                    && completedTasks.stream()
                        .anyMatch(
                            id ->
                                message.contains("/task/" + id)
                                    || message.contains("/tasks/" + id + "/"))))
        .filter(message -> allowed.stream().noneMatch(a -> a.test(message)))
        .toList();
  }

  /**
   * Saves a screenshot of the page with the scrolling pane that holds {@code content} stretched so
   * the whole of it shows, e.g. a whole form, not only the part in the window.
   */
  Path screenshot(WebElement content, String name) {
    Dimension original = driver.manage().window().getSize();
    try {
      Long hidden =
          (Long)
              js(
                  """
          var e = arguments[0];
          while (e && e !== document.body) {
            var s = getComputedStyle(e);
            if (/(auto|scroll)/.test(s.overflowY) && e.scrollHeight > e.clientHeight) {
              return e.scrollHeight - e.clientHeight;
            }
            e = e.parentElement;
          }
          return 0;""",
                  content);
      if (hidden != null && hidden > 0) {
        driver
            .manage()
            .window()
            .setSize(
                new Dimension(original.getWidth(), original.getHeight() + hidden.intValue() + 40));
        try {
          new WebDriverWait(driver, Duration.ofSeconds(5))
              .until(
                  d ->
                      (Boolean)
                          js(
                              """
              var e = arguments[0];
              while (e && e !== document.body) {
                var s = getComputedStyle(e);
                if (/(auto|scroll)/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1) { return false; }
                e = e.parentElement;
              }
              return true;""",
                              content));
        } catch (TimeoutException e) {
          // a screenshot of most of the form is still worth keeping
        }
      }
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(original);
    }
  }

  Form form(By root) {
    return new Form(root);
  }

  /**
   * Opens the start form of the named process from Tasklist's start dialog, as a user would: a
   * click that lands while the dialog is still sliding in, or before its list has settled, is lost,
   * so the name is clicked again until the form shows.
   */
  Form startForm(By startAction, String processName) {
    click(startAction);
    By name =
        By.xpath(
            "//div[contains(@class, 'modal')]//ul[contains(@class, 'processes')]"
                + "//a[normalize-space(.)='"
                + processName
                + "']");
    until(
        "the start form of " + processName,
        d -> {
          if (!d.findElements(START_FORM).isEmpty()) {
            return true;
          }
          try {
            d.findElements(name).stream().findFirst().ifPresent(this::click);
          } catch (StaleElementReferenceException e) {
            return false; // the list was drawn again: click the new one next time
          }
          return !d.findElements(START_FORM).isEmpty();
        });
    return form(START_FORM);
  }

  // ---- Tasklist: what every browser test does there, in any of its languages ----

  static final By START_PROCESS = By.cssSelector("li.start-process-action a");
  static final By START_FORM = By.cssSelector(".modal .fjs-form");
  static final By START_BUTTON = By.cssSelector(".modal button[ng-click='startProcessInstance()']");
  static final By TASK_NAME = By.cssSelector(".task-details h2.task");
  static final By TASK_FORM = By.cssSelector(".task-details .fjs-form");
  static final By CLAIM = By.cssSelector(".task-details button.claim");
  static final By COMPLETE =
      By.cssSelector(".task-details .form-actions button[ng-click='complete()']");
  static final By HEADER = By.cssSelector("[cam-widget-header]");

  private String tasklist;

  /**
   * Logs in to Tasklist as the user, ending any earlier session in this browser first (a fresh page
   * load, no cookies), and waits until the header greets the user by name.
   */
  void logIn(String baseUrl, String user, String password, String fullName) {
    tasklist = baseUrl + "/camunda/app/tasklist/default/";
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.get(tasklist);
    // Tasklist's autofocus can pull the focus back to the user name while a slow page settles,
    // sending the password's keys there: type again until both fields hold what was typed
    until(
        "the login form filled in",
        d -> {
          WebElement name = d.findElement(By.cssSelector("input[ng-model='username']"));
          WebElement secret = d.findElement(By.cssSelector("input[ng-model='password']"));
          if (!name.isDisplayed() || !secret.isDisplayed()) {
            return false;
          }
          if (!user.equals(name.getAttribute("value"))) {
            name.clear();
            name.sendKeys(user);
          }
          if (!password.equals(secret.getAttribute("value"))) {
            secret.clear();
            secret.sendKeys(password);
          }
          return user.equals(name.getAttribute("value"))
              && password.equals(secret.getAttribute("value"));
        });
    click(By.cssSelector("button[type='submit']"));
    until(
        "logged in as " + user,
        d ->
            d.findElement(START_PROCESS).isDisplayed()
                && d.findElement(HEADER).getText().contains(fullName));
  }

  /**
   * Logs in to Cockpit as the user (for auditors, who may not use Tasklist), ending any earlier
   * session in this browser first, and waits until the header greets the user by name.
   */
  void logInToCockpit(String baseUrl, String user, String password, String fullName) {
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.get(baseUrl + "/camunda/app/cockpit/default/");
    until(
        "the login form filled in",
        d -> {
          WebElement name = d.findElement(By.cssSelector("input[ng-model='username']"));
          WebElement secret = d.findElement(By.cssSelector("input[ng-model='password']"));
          if (!name.isDisplayed() || !secret.isDisplayed()) {
            return false;
          }
          if (!user.equals(name.getAttribute("value"))) {
            name.clear();
            name.sendKeys(user);
          }
          if (!password.equals(secret.getAttribute("value"))) {
            secret.clear();
            secret.sendKeys(password);
          }
          return user.equals(name.getAttribute("value"))
              && password.equals(secret.getAttribute("value"));
        });
    click(By.cssSelector("button[type='submit']"));
    until(
        "logged in to Cockpit as " + user, d -> d.findElement(HEADER).getText().contains(fullName));
  }

  /** Opens a task by its link in Tasklist (what a link to the task does) and waits for its name. */
  Form openTask(String taskId, String taskName) {
    driver.get(tasklist + "#/?task=" + taskId);
    until(
        "the task «" + taskName + "» opened",
        d -> {
          failOnErrorNotification("opening «" + taskName + "»");
          return d.findElement(TASK_NAME).getText().trim().equals(taskName);
        });
    Form form = form(TASK_FORM);
    form.root();
    return form;
  }

  /** Claims the open task and waits until its form can be filled in. */
  void claim(String fullName) {
    int loadsBefore = formLoads();
    click(CLAIM);
    until(
        "the task is claimed by " + fullName + " and its form loaded again",
        d -> {
          failOnErrorNotification("claiming the task");
          return d.findElement(By.cssSelector(".task-details .actors")).getText().contains(fullName)
              && d.findElements(By.cssSelector(".task-details .disabled-form")).isEmpty()
              && d.findElement(COMPLETE).isDisplayed()
              && formLoads() > loadsBefore;
        });
  }

  /**
   * How often Tasklist has loaded the open task's Camunda Form (tasklist.TasklistBundleFix counts
   * them): a claim loads it again, with the case data a candidate did not see before.
   */
  int formLoads() {
    List<WebElement> forms = driver.findElements(FORM_LOADS);
    String loads = forms.isEmpty() ? null : forms.get(0).getAttribute("data-form-loads");
    return loads == null ? 0 : Integer.parseInt(loads);
  }

  static final By FORM_LOADS = By.cssSelector(".task-details [data-form-loads]");

  /**
   * Completes the open task with its form, which must show no message, and waits until Tasklist
   * closes it.
   */
  void complete(Form form, String what) {
    form.settle();
    until(
        "the form of «" + what + "» can be completed (form-js shows no message)",
        d -> {
          List<String> errors = form.errors();
          if (!errors.isEmpty()) {
            throw new AssertionError("the form of «" + what + "» shows messages: " + errors);
          }
          return d.findElement(COMPLETE).isEnabled();
        });
    Matcher task = TASK_IN_URL.matcher(driver.getCurrentUrl());
    if (task.find()) {
      completedTasks.add(task.group(1));
    }
    click(COMPLETE);
    until(
        "Tasklist completes «" + what + "»",
        d -> {
          failOnErrorNotification("completing «" + what + "»");
          return d.findElements(TASK_NAME).isEmpty();
        });
  }

  /** Fails at once, with Tasklist's own words, when it shows an error notification. */
  void failOnErrorNotification(String doing) {
    List<String> errors =
        driver
            .findElements(
                By.cssSelector(".notifications .alert-danger, .notifications .alert-error"))
            .stream()
            .map(WebElement::getText)
            .map(String::trim)
            .filter(t -> !t.isEmpty())
            .toList();
    if (!errors.isEmpty()) {
      throw new AssertionError("Tasklist shows an error while " + doing + ": " + errors);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder left behind is no reason to fail a test
    }
  }

  static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }

  /**
   * A Camunda Form rendered by form-js inside Tasklist, its fields found by their label (without
   * the required asterisk) as the user reads it. form-js ids look like {@code
   * fjs-form-<random>-Field_x} and change whenever Tasklist renders the form again, so every call
   * looks the field up anew.
   *
   * <p>form-js commits typed text to its state 300 ms after the last keystroke or when the field
   * loses focus, and any change of another field re-renders the form with its state: text still
   * waiting for its 300 ms is then wiped from the field. {@link #type} therefore leaves each field
   * (which commits it at once) and {@link #settle} types again whatever was wiped.
   */
  final class Form {

    private final By root;
    private final Map<String, String> typed = new LinkedHashMap<>();

    private Form(By root) {
      this.root = root;
    }

    /** The form, once Tasklist shows it. */
    WebElement root() {
      return visible(root);
    }

    /** The text the form shows now (labels, values of text components, messages). */
    String text() {
      return driver.findElement(root).getText();
    }

    private SearchContext context() {
      return driver.findElement(root);
    }

    /**
     * The label a user reads; {@code "Tujuan #2"} is the second field labelled "Tujuan" (the second
     * row of a dynamic list, where every row repeats the labels).
     */
    private WebElement label(String label) {
      Matcher nth = NTH.matcher(label);
      String text = nth.matches() ? nth.group(1) : label;
      int index = nth.matches() ? Integer.parseInt(nth.group(2)) : 1;
      List<WebElement> labels =
          context()
              .findElements(
                  By.xpath(
                      ".//label[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field-label ')]"
                          + "[normalize-space(translate(., '*', ''))="
                          + xpathLiteral(text)
                          + "]"));
      if (labels.size() < index) {
        throw new NoSuchElementException("no field «" + label + "» in the form");
      }
      return labels.get(index - 1);
    }

    /** The input, textarea or hidden select input the label belongs to. */
    WebElement field(String label) {
      return driver.findElement(By.id(label(label).getAttribute("for")));
    }

    /** Waits until the form shows the field, e.g. after Tasklist loaded or re-rendered the form. */
    WebElement await(String label) {
      return until(
          "field «" + label + "» of the form",
          d -> {
            WebElement field = field(label);
            return field.isEnabled() ? field : null;
          });
    }

    String value(String label) {
      return field(label).getDomProperty("value");
    }

    /** Replaces the text of a text field, text area or number field, and leaves the field. */
    void type(String label, String text) {
      typed.put(label, text);
      until(
          "typing into «" + label + "»",
          d -> {
            WebElement field = field(label);
            if (!field.isEnabled()) {
              return false;
            }
            scrollIntoView(field);
            field.sendKeys(
                Keys.chord(Keys.CONTROL, "a"), text.isEmpty() ? Keys.DELETE.toString() : text);
            js("arguments[0].blur();", field);
            return true;
          });
    }

    /** The field is hidden now (a condition of the form): {@link #settle} no longer checks it. */
    void forget(String label) {
      typed.remove(label);
    }

    /** Waits until every field typed into still shows its text, typing again what form-js wiped. */
    void settle() {
      until(
          "the typed values stay in the form " + typed,
          d -> {
            boolean all = true;
            for (Map.Entry<String, String> entry : typed.entrySet()) {
              if (!entry.getValue().equals(value(entry.getKey()))) {
                all = false;
                WebElement field = field(entry.getKey());
                scrollIntoView(field);
                field.sendKeys(
                    Keys.chord(Keys.CONTROL, "a"),
                    entry.getValue().isEmpty() ? Keys.DELETE.toString() : entry.getValue());
                js("arguments[0].blur();", field);
              }
            }
            return all;
          });
    }

    /**
     * An option by its whole text, or by the score before its " · " (e.g. "10" for "10 · Mandiri").
     */
    private static String optionMatch(String option) {
      return "normalize-space(.)="
          + xpathLiteral(option)
          + " or starts-with(normalize-space(.), "
          + xpathLiteral(option + " · ")
          + ")";
    }

    /** Picks an option of a form-js select (a div that opens a list, not a native select). */
    void select(String label, String option) {
      WebElement hidden = field(label);
      By display = By.id(hidden.getAttribute("id") + "-display");
      By item =
          By.xpath("//div[contains(@class, 'fjs-dropdownlist-item')][" + optionMatch(option) + "]");
      until(
          "option «" + option + "» of «" + label + "»",
          d -> {
            if (!isPresent(item)) {
              click(d.findElement(display));
              return false;
            }
            if (!click(d.findElement(item))) {
              return false;
            }
            String shown = d.findElement(display).getText().trim();
            return option.equals(shown) || shown.startsWith(option + " · ");
          });
    }

    void radio(String label, String option) {
      By input =
          By.xpath(
              ".//div[contains(@class, 'fjs-form-field-radio')]"
                  + "[./label[normalize-space(translate(., '*', ''))="
                  + xpathLiteral(label)
                  + "]]"
                  + "//label["
                  + optionMatch(option)
                  + "]/input");
      until(
          "radio «" + option + "» of «" + label + "»",
          d -> {
            WebElement radio = context().findElement(input);
            return radio.isSelected() || (click(radio) && radio.isSelected());
          });
    }

    /** Ticks (or unticks) one option of a checklist. */
    void checklist(String label, String option, boolean checked) {
      By input =
          By.xpath(
              ".//div[contains(@class, 'fjs-form-field-checklist')]"
                  + "[./label[normalize-space(translate(., '*', ''))="
                  + xpathLiteral(label)
                  + "]]"
                  + "//label[normalize-space(.)="
                  + xpathLiteral(option)
                  + "]/input");
      until(
          "checklist «"
              + label
              + "» option «"
              + option
              + "» "
              + (checked ? "ticked" : "not ticked"),
          d -> {
            WebElement box = context().findElement(input);
            return box.isSelected() == checked || (click(box) && box.isSelected() == checked);
          });
    }

    /** The rows a dynamic list shows now: how often its first field's label repeats. */
    int rows(String listLabel) {
      List<WebElement> lists = context().findElements(By.xpath(dynamicList(listLabel)));
      if (lists.isEmpty()) {
        return 0;
      }
      return ((Long)
              js(
                  """
          var labels = arguments[0].querySelectorAll('label.fjs-form-field-label[for]');
          if (!labels.length) { return 0; }
          var key = labels[0].getAttribute('for').replace(/_\\d+$/, '');
          var n = 0;
          for (var i = 0; i < labels.length; i++) {
            if (labels[i].getAttribute('for').replace(/_\\d+$/, '') === key) { n++; }
          }
          return n;""",
                  lists.get(0)))
          .intValue();
    }

    /**
     * Adds a row to a dynamic list with its add button (form-js "Add new", shown as "Tambah
     * baris").
     */
    void addRow(String listLabel) {
      int before = rows(listLabel);
      click(
          By.xpath(dynamicList(listLabel) + "//button[contains(@class, 'fjs-repeat-render-add')]"));
      until("row " + (before + 1) + " of «" + listLabel + "»", d -> rows(listLabel) == before + 1);
    }

    private String dynamicList(String listLabel) {
      return ".//div[contains(@class, 'fjs-form-field-dynamiclist')][./label[normalize-space(.)="
          + xpathLiteral(listLabel)
          + "]]";
    }

    void check(String label, boolean checked) {
      until(
          "checkbox «" + label + "» " + (checked ? "ticked" : "not ticked"),
          d -> {
            WebElement box = field(label);
            return box.isSelected() == checked || (click(box) && box.isSelected() == checked);
          });
    }

    /**
     * Types a date the way the date picker asks for it (its placeholder, dd/mm/yyyy) and confirms
     * it with Enter, which makes the picker (flatpickr) take the date and close.
     */
    void date(String label, LocalDate date) {
      List<Long> wanted =
          List.of((long) date.getYear(), (long) date.getMonthValue(), (long) date.getDayOfMonth());
      until(
          "date «" + label + "» " + date,
          d -> {
            WebElement input = field(label);
            if (!input.isEnabled()) {
              return false;
            }
            if (!wanted.equals(
                js(
                    """
            var picker = arguments[0]._flatpickr;
            if (!picker || picker.selectedDates.length !== 1) { return null; }
            var date = picker.selectedDates[0];
            return [date.getFullYear(), date.getMonth() + 1, date.getDate()];""",
                    input))) {
              scrollIntoView(input);
              input.click();
              String text =
                  input
                      .getAttribute("placeholder")
                      .toLowerCase()
                      .replace("yyyy", String.format("%04d", date.getYear()))
                      .replace("mm", String.format("%02d", date.getMonthValue()))
                      .replace("dd", String.format("%02d", date.getDayOfMonth()));
              input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER);
              return false;
            }
            // the calendar must be closed, or it covers the fields below
            return showsDate(input.getDomProperty("value"), input.getAttribute("placeholder"), date)
                && input
                    .findElements(
                        By.xpath(
                            "./following-sibling::div[contains(@class, 'flatpickr-calendar')][contains(@class, 'open')]"))
                    .isEmpty();
          });
    }

    /** The validation message form-js shows under a field, or an empty string. */
    String error(String label) {
      List<WebElement> messages =
          driver.findElements(By.id(field(label).getAttribute("id") + "-error-message"));
      return messages.isEmpty() ? "" : messages.get(0).getText().trim();
    }

    /** All validation messages the form shows. */
    List<String> errors() {
      return context().findElements(By.cssSelector(".fjs-form-field-error")).stream()
          .map(WebElement::getText)
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .toList();
    }
  }

  /** Whether a date input shows the date, whatever zero padding the date picker uses. */
  static boolean showsDate(String shown, String placeholder, LocalDate date) {
    if (shown == null || placeholder == null) {
      return false;
    }
    String[] parts = shown.split("\\D+");
    String[] order = placeholder.toLowerCase().split("[^a-z]+");
    if (parts.length != 3 || order.length != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      int expected =
          switch (order[i]) {
            case "yyyy", "yy" -> date.getYear();
            case "mm", "m" -> date.getMonthValue();
            case "dd", "d" -> date.getDayOfMonth();
            default -> -1;
          };
      if (parts[i].isEmpty() || Integer.parseInt(parts[i]) != expected) {
        return false;
      }
    }
    return true;
  }
}
