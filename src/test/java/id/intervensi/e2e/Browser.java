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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
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

  static final Duration TIMEOUT = Duration.ofSeconds(20);
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final Path profile;
  private final List<LogEntry> console = new ArrayList<>();

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(200));
    wait.ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
        .ignoring(ElementNotInteractableException.class);
  }

  /** Starts Chromium with a fresh profile, in the time zone of the homes (Asia/Jakarta) and in English. */
  static Browser start() throws IOException {
    Path profile = Files.createTempDirectory("intervensi-chromium-");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
        .usingAnyFreePort()
        .withEnvironment(Map.of("TZ", "Asia/Jakarta"))
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + profile);
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

  WebDriver driver() {
    return driver;
  }

  void open(String url) {
    driver.get(url);
  }

  /** Waits (up to {@link #TIMEOUT}) until the condition gives something other than null or false. */
  <T> T until(String what, Function<WebDriver, T> condition) {
    return wait.withMessage(what).until(condition);
  }

  WebElement visible(By by) {
    return until(by + " visible", d -> {
      WebElement element = d.findElement(by);
      return element.isDisplayed() ? element : null;
    });
  }

  boolean isPresent(By by) {
    return !driver.findElements(by).isEmpty();
  }

  /** Clicks like a user once the element can take the click: scrolled into view, not covered, enabled. */
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

  /** Every SEVERE console entry so far that no allowance explains. */
  List<String> consoleErrors(List<Predicate<String>> allowed) {
    readConsole();
    return console.stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
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
      Long hidden = (Long) js("""
          var e = arguments[0];
          while (e && e !== document.body) {
            var s = getComputedStyle(e);
            if (/(auto|scroll)/.test(s.overflowY) && e.scrollHeight > e.clientHeight) {
              return e.scrollHeight - e.clientHeight;
            }
            e = e.parentElement;
          }
          return 0;""", content);
      if (hidden != null && hidden > 0) {
        driver.manage().window().setSize(new Dimension(original.getWidth(), original.getHeight() + hidden.intValue() + 40));
        try {
          new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> (Boolean) js("""
              var e = arguments[0];
              while (e && e !== document.body) {
                var s = getComputedStyle(e);
                if (/(auto|scroll)/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1) { return false; }
                e = e.parentElement;
              }
              return true;""", content));
        } catch (TimeoutException e) {
          // a screenshot of most of the form is still worth keeping
        }
      }
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
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
   * the required asterisk) as the user reads it. form-js ids look like {@code fjs-form-<random>-Field_x}
   * and change whenever Tasklist renders the form again, so every call looks the field up anew.
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

    private WebElement label(String label) {
      return context().findElement(By.xpath(".//label[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field-label ')]"
          + "[normalize-space(translate(., '*', ''))=" + xpathLiteral(label) + "]"));
    }

    /** The input, textarea or hidden select input the label belongs to. */
    WebElement field(String label) {
      return driver.findElement(By.id(label(label).getAttribute("for")));
    }

    /** Waits until the form shows the field, e.g. after Tasklist loaded or re-rendered the form. */
    WebElement await(String label) {
      return until("field «" + label + "» of the form", d -> {
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
      until("typing into «" + label + "»", d -> {
        WebElement field = field(label);
        if (!field.isEnabled()) {
          return false;
        }
        scrollIntoView(field);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        js("arguments[0].blur();", field);
        return true;
      });
    }

    /** Waits until every field typed into still shows its text, typing again what form-js wiped. */
    void settle() {
      until("the typed values stay in the form " + typed, d -> {
        boolean all = true;
        for (Map.Entry<String, String> entry : typed.entrySet()) {
          if (!entry.getValue().equals(value(entry.getKey()))) {
            all = false;
            WebElement field = field(entry.getKey());
            scrollIntoView(field);
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), entry.getValue());
            js("arguments[0].blur();", field);
          }
        }
        return all;
      });
    }

    /** Picks an option of a form-js select (a div that opens a list, not a native select). */
    void select(String label, String option) {
      WebElement hidden = field(label);
      By display = By.id(hidden.getAttribute("id") + "-display");
      By item = By.xpath("//div[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.)=" + xpathLiteral(option) + "]");
      until("option «" + option + "» of «" + label + "»", d -> {
        if (!isPresent(item)) {
          click(d.findElement(display));
          return false;
        }
        return click(d.findElement(item)) && option.equals(d.findElement(display).getText().trim());
      });
    }

    void radio(String label, String option) {
      By input = By.xpath(".//div[contains(@class, 'fjs-form-field-radio')]"
          + "[./label[normalize-space(translate(., '*', ''))=" + xpathLiteral(label) + "]]"
          + "//label[normalize-space(.)=" + xpathLiteral(option) + "]/input");
      until("radio «" + option + "» of «" + label + "»", d -> {
        WebElement radio = context().findElement(input);
        return radio.isSelected() || (click(radio) && radio.isSelected());
      });
    }

    void check(String label, boolean checked) {
      until("checkbox «" + label + "» " + (checked ? "ticked" : "not ticked"), d -> {
        WebElement box = field(label);
        return box.isSelected() == checked || (click(box) && box.isSelected() == checked);
      });
    }

    /**
     * Types a date the way the date picker asks for it (its placeholder, e.g. mm/dd/yyyy) and
     * confirms it with Enter, which makes the picker (flatpickr) take the date and close.
     */
    void date(String label, LocalDate date) {
      List<Long> wanted = List.of((long) date.getYear(), (long) date.getMonthValue(), (long) date.getDayOfMonth());
      until("date «" + label + "» " + date, d -> {
        WebElement input = field(label);
        if (!input.isEnabled()) {
          return false;
        }
        if (!wanted.equals(js("""
            var picker = arguments[0]._flatpickr;
            if (!picker || picker.selectedDates.length !== 1) { return null; }
            var date = picker.selectedDates[0];
            return [date.getFullYear(), date.getMonth() + 1, date.getDate()];""", input))) {
          scrollIntoView(input);
          input.click();
          String text = input.getAttribute("placeholder").toLowerCase()
              .replace("yyyy", String.format("%04d", date.getYear()))
              .replace("mm", String.format("%02d", date.getMonthValue()))
              .replace("dd", String.format("%02d", date.getDayOfMonth()));
          input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER);
          return false;
        }
        // the calendar must be closed, or it covers the fields below
        return showsDate(input.getDomProperty("value"), input.getAttribute("placeholder"), date)
            && input.findElements(By.xpath("./following-sibling::div[contains(@class, 'flatpickr-calendar')][contains(@class, 'open')]")).isEmpty();
      });
    }

    /** The validation message form-js shows under a field, or an empty string. */
    String error(String label) {
      List<WebElement> messages = driver.findElements(By.id(field(label).getAttribute("id") + "-error-message"));
      return messages.isEmpty() ? "" : messages.get(0).getText().trim();
    }

    /** All validation messages the form shows. */
    List<String> errors() {
      return context().findElements(By.cssSelector(".fjs-form-field-error")).stream()
          .map(WebElement::getText).map(String::trim).filter(s -> !s.isEmpty()).toList();
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
      int expected = switch (order[i]) {
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
