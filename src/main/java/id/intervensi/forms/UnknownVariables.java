package id.intervensi.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A submission may only carry the fields of its form: anything else would be written into the case
 * unchecked (a decision such as {@code eligible}, a score, the case number). The one exception is a
 * variable the server computes on the form's own step (the instruments' forms show their scores):
 * it is overwritten anyway. The feature that computes it declares it ({@link ComputedFields}). A
 * disabled field shows a value of the case (e.g. a note reported through the case API) and is not a
 * field that takes one.
 */
@Component
public class UnknownVariables {

  private final Map<String, Set<String>> computedByForm;

  public UnknownVariables(List<ComputedFields> computed) {
    this.computedByForm =
        computed.stream()
            .collect(
                Collectors.groupingBy(
                    ComputedFields::formId,
                    Collectors.flatMapping(
                        fields -> fields.names().stream(), Collectors.toUnmodifiableSet())));
  }

  /**
   * One violation (in Bahasa Indonesia) naming every submitted variable that is not a field of the
   * form.
   */
  public List<String> check(JsonNode schema, Collection<String> submitted) {
    Set<String> fields = fieldNames(schema.path("components"), new HashSet<>());
    fields.addAll(computedByForm.getOrDefault(schema.path("id").asText(), Set.of()));
    Set<String> unknown = new TreeSet<>(submitted);
    unknown.removeAll(fields);
    List<String> violations = new ArrayList<>();
    if (!unknown.isEmpty()) {
      violations.add(
          "Variabel "
              + String.join(", ", unknown.stream().map(name -> "«" + name + "»").toList())
              + " bukan bagian dari formulir ini dan tidak diterima.");
    }
    return violations;
  }

  private static Set<String> fieldNames(JsonNode components, Set<String> names) {
    for (JsonNode c : components) {
      if (c.path("disabled").asBoolean(false)) {
        // a disabled field only shows a value (Tasklist does not submit it): never written
        continue;
      }
      if (c.hasNonNull("key")) {
        names.add(c.get("key").asText());
      }
      String path = c.path("path").asText("");
      if (!path.isEmpty()) {
        // a dynamic list or a group with a path submits one variable under its path
        names.add(path);
      } else if (c.has("components")) {
        fieldNames(c.path("components"), names);
      }
    }
    return names;
  }
}
