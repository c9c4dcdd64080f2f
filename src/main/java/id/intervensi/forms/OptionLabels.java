package id.intervensi.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The words the forms give each code ("CASE_WORK" is "Bimbingan sosial perorangan (case work)"),
 * per field key, read once from the cycle's Camunda Forms: the case file shows a worker's answers
 * in the words they chose them by, and no second list of those words is kept in code.
 */
@Component
public class OptionLabels {

  private final Map<String, Map<String, String>> labels;

  OptionLabels(ObjectMapper json) {
    Map<String, Map<String, String>> all = new TreeMap<>();
    try {
      for (Resource form :
          new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
        try (InputStream in = form.getInputStream()) {
          collect(json.readTree(in).path("components"), all);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    all.replaceAll((key, values) -> Collections.unmodifiableMap(values));
    this.labels = Collections.unmodifiableMap(all);
  }

  /** Field key → (value → label), over every form; the first form to label a value wins. */
  public Map<String, Map<String, String>> all() {
    return labels;
  }

  private static void collect(JsonNode components, Map<String, Map<String, String>> all) {
    for (JsonNode c : components) {
      String key = c.path("key").asText(c.path("path").asText(""));
      if (!key.isEmpty() && c.path("values").isArray()) {
        Map<String, String> values = all.computeIfAbsent(key, k -> new TreeMap<>());
        for (JsonNode option : c.path("values")) {
          values.putIfAbsent(option.path("value").asText(), option.path("label").asText());
        }
      }
      collect(c.path("components"), all);
    }
  }
}
