package id.intervensi.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Tasklist's Indonesian locale is complete: every key of Camunda's English locale (read from the
 * Tasklist webjar on the classpath) has a translation, with the same placeholders and markup, and
 * the app's config.js offers it.
 */
class TasklistLocaleTest {

  static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";
  static final ObjectMapper JSON = new ObjectMapper();

  /** Names and symbols that are the same in both languages. */
  static final Set<String> SAME_IN_BOTH =
      Set.of(
          "ADMIN_APP",
          "COCKPIT_APP",
          "TASKLIST_APP",
          "DIAGRAM",
          "FILTER",
          "FILTER_CRITERIA_OPERATOR",
          "OPERATOR",
          "FILTER_VARIABLE_LABEL",
          "NO_TASK_FORM",
          "SEARCH_LESS_THAN",
          "SEARCH_LESS_THAN_EQUALS",
          "SEARCH_GREATER_THAN",
          "SEARCH_GREATER_THAN_EQUALS");

  /** "Mulai proses", "Kunci bisnis", "Klaim", "diklaim": Camunda's words, not a social worker's. */
  static final Pattern JARGON =
      Pattern.compile("(?i)mulai proses|kunci bisnis|\\bklaim|diklaim|mengklaim");

  static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}|<(?:a|br|b|i|em|strong)\\b|%[sd]");

  @Test
  void theIndonesianLocaleHasEveryKeyOfTheEnglishOne() throws IOException {
    JsonNode en = read("en.json");
    JsonNode id = read("id.json");
    assertThat(keys(id, "")).isEqualTo(keys(en, ""));
    assertThat(id.path("labels").size()).isGreaterThan(400);
  }

  @Test
  void everyLabelIsTranslatedWithItsPlaceholdersAndMarkup() throws IOException {
    JsonNode en = read("en.json").path("labels");
    JsonNode id = read("id.json").path("labels");
    List<String> untranslated = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      String english = label.getValue().asText();
      String indonesian = id.path(label.getKey()).asText();
      if (english.equals(indonesian) && !SAME_IN_BOTH.contains(label.getKey())) {
        untranslated.add(label.getKey());
      }
      if (!tokens(english).equals(tokens(indonesian))) {
        placeholders.add(label.getKey() + ": " + tokens(english) + " vs " + tokens(indonesian));
      }
    }
    assertThat(untranslated).as("labels still in English").isEmpty();
    assertThat(placeholders).as("labels whose placeholders or markup differ").isEmpty();
    assertThat(id.path("START_PROCESS").asText()).isEqualTo("Buka kasus baru");
    assertThat(id.path("CLAIM_TASK").asText()).isEqualTo("Ambil tugas");
    assertThat(id.path("PROCESS_INSTANCE_BUSINESS_KEY").asText()).isEqualTo("Nomor kasus");
    assertThat(read("id.json").path("dateLocales").path("months").get(7).asText())
        .isEqualTo("Agustus");
  }

  /** Words a social worker reads every day, not the engine's: a case is opened, a task taken. */
  @Test
  void theIndonesianWordsAreASocialWorkersNotTheEnginesJargon() throws IOException {
    JsonNode id = read("id.json").path("labels");
    List<String> jargon = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = id.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      if (JARGON.matcher(label.getValue().asText()).find()) {
        jargon.add(label.getKey() + ": " + label.getValue().asText());
      }
    }
    assertThat(jargon).as("labels with engine jargon").isEmpty();
  }

  @Test
  void theAppsOwnFilesWinOverTheWebjars() throws IOException {
    String config = text("META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js");
    assertThat(config)
        .contains("availableLocales: ['en', 'id']")
        .contains("fallbackLocale: 'en'")
        .contains(
            "customScripts: ['scripts/intervensi-forms', 'scripts/intervensi-cases',"
                + " 'scripts/intervensi-dates']");
    assertThat(text("META-INF/resources/webjars/camunda/app/tasklist/styles/user-styles.css"))
        .contains(".ce-eol-banner");
    URL first =
        getClass()
            .getClassLoader()
            .getResource("META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js");
    assertThat(first.toString())
        .as("the app's config.js comes first on the classpath")
        .doesNotContain("camunda-webapp-webjar");
  }

  static Set<String> keys(JsonNode node, String prefix) {
    Set<String> keys = new TreeSet<>();
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(e -> keys.addAll(keys(e.getValue(), prefix + "/" + e.getKey())));
    } else if (node.isArray()) {
      keys.add(prefix + "[" + node.size() + "]");
    } else {
      keys.add(prefix);
    }
    return keys;
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      tokens.add(m.group(1) != null ? m.group(1) : m.group());
    }
    tokens.sort(String::compareTo);
    return tokens;
  }

  static JsonNode read(String file) throws IOException {
    return JSON.readTree(text(LOCALES + file).replace("\uFEFF", ""));
  }

  static String text(String path) throws IOException {
    try (InputStream in = TasklistLocaleTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
