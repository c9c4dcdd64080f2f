package id.intervensi.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cockpit, Admin and Welcome in Bahasa Indonesia, complete as Tasklist's locale is: every key of
 * Camunda's English locale of each webapp (read from the webjar on the classpath) has an Indonesian
 * text, none is left in English but names and symbols, placeholders and markup are kept, the words
 * are a social worker's, and each app's config.js offers Indonesian first and as the fallback.
 */
class WebappLocalesTest {

  static final String APP = "META-INF/resources/webjars/camunda/app/";

  /** Texts that are the same in both languages: names, abbreviations, symbols. */
  static final Set<String> SAME_IN_BOTH =
      Set.of(
          "Admin",
          "Cockpit",
          "Tasklist",
          "Filter",
          "ID",
          "ID*",
          "CSV",
          "JSON",
          "<",
          "<=",
          ">",
          ">=");

  static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\{\\{\\s*(\\w+)\\s*}}|\\{}|</?(?:a|br|b|i|em|strong|p|ul|li|code|span)\\b[^>]*>|%[sd]");

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin", "welcome"})
  void theIndonesianLocaleHasEveryKeyOfTheEnglishOne(String app) throws IOException {
    JsonNode en = read(app, "en.json");
    JsonNode id = read(app, "id.json");
    assertThat(TasklistLocaleTest.keys(id, "")).isEqualTo(TasklistLocaleTest.keys(en, ""));
    assertThat(id.path("labels").size()).isGreaterThan(150);
    if (en.has("dateLocales")) {
      assertThat(id.path("dateLocales").path("months").get(7).asText()).isEqualTo("Agustus");
      assertThat(id.path("dateLocales").path("relativeTime").path("past").asText())
          .isEqualTo("%s yang lalu");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin", "welcome"})
  void everyLabelIsTranslatedWithItsPlaceholdersAndMarkup(String app) throws IOException {
    JsonNode en = read(app, "en.json").path("labels");
    JsonNode id = read(app, "id.json").path("labels");
    List<String> untranslated = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      String english = label.getValue().asText();
      String indonesian = id.path(label.getKey()).asText();
      if (english.equals(indonesian) && !SAME_IN_BOTH.contains(english)) {
        untranslated.add(label.getKey() + ": " + english);
      }
      if (!tokens(english).equals(tokens(indonesian))) {
        placeholders.add(label.getKey() + ": " + tokens(english) + " vs " + tokens(indonesian));
      }
    }
    assertThat(untranslated).as("labels still in English").isEmpty();
    assertThat(placeholders).as("labels whose placeholders or markup differ").isEmpty();
  }

  /** The words of Tasklist's locale: a case is a case, a task is taken, not "claimed". */
  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin", "welcome"})
  void theWordsAreTheOnesOfTasklist(String app) throws IOException {
    JsonNode id = read(app, "id.json").path("labels");
    List<String> jargon = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = id.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      if (TasklistLocaleTest.JARGON.matcher(label.getValue().asText()).find()) {
        jargon.add(label.getKey() + ": " + label.getValue().asText());
      }
    }
    assertThat(jargon).as("labels with engine jargon").isEmpty();
    if ("cockpit".equals(app)) {
      assertThat(id.path("DASHBOARD_RUNNING_PROCESS_INSTANCE").asText())
          .isEqualTo("Kasus berjalan");
      assertThat(id.path("PLGN_SEAR_PI_BUSINESS_KEY").asText()).isEqualTo("Kasus : nomor kasus");
      assertThat(id.path("COCKPIT_PROCESSES").asText()).isEqualTo("Proses");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin", "welcome"})
  void configJsOffersIndonesianFirstAndAsTheFallback(String app) throws IOException {
    String config = TasklistLocaleTest.text(APP + app + "/scripts/config.js");
    assertThat(config)
        .contains("availableLocales: ['id', 'en']")
        .contains("fallbackLocale: 'id'")
        .contains("name: '" + Character.toUpperCase(app.charAt(0)) + app.substring(1) + " · '");
  }

  /** The dates of Cockpit and Admin follow the user's language (WebappDatesFix finds its mark). */
  @ParameterizedTest
  @ValueSource(strings = {WebappDatesFix.COCKPIT, WebappDatesFix.ADMIN})
  void theLanguageOfDatesIsFixedInCamundasScripts(String script) throws IOException {
    String original = TasklistLocaleTest.text(script);
    String fixed = WebappDatesFix.fix(script, original);
    assertThat(fixed).contains(".preferredLanguage()&&").isNotEqualTo(original);
    assertThatCode(WebappDatesFix::new).doesNotThrowAnyException();
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      tokens.add(m.group(1) != null ? m.group(1) : m.group().replace(" ", ""));
    }
    tokens.sort(String::compareTo);
    return tokens;
  }

  static JsonNode read(String app, String file) throws IOException {
    return TasklistLocaleTest.JSON.readTree(
        TasklistLocaleTest.text(APP + app + "/locales/" + file).replace("\uFEFF", ""));
  }
}
