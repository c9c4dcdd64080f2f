package id.intervensi.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks submitted form data against the form's own rules and the domain rules registered for that
 * form.
 */
@Component
public class SubmissionValidator {

  private static final Logger LOG = LoggerFactory.getLogger(SubmissionValidator.class);

  private final FormRules formRules;
  private final Map<String, List<SubmissionRule>> rulesByForm;

  public SubmissionValidator(FormRules formRules, List<SubmissionRule> rules) {
    this.formRules = formRules;
    this.rulesByForm = rules.stream().collect(Collectors.groupingBy(SubmissionRule::formId));
  }

  /**
   * Throws {@link InvalidSubmissionException} listing every violation; returns normally when the
   * data is valid.
   */
  public void validate(JsonNode schema, FieldValues values) {
    validate(schema, values, List.of());
  }

  /**
   * As {@link #validate(JsonNode, FieldValues)}, with violations already found (unknown variables)
   * listed first.
   */
  public void validate(JsonNode schema, FieldValues values, List<String> found) {
    String formId = schema.path("id").asText();
    List<String> violations = new ArrayList<>(found);
    violations.addAll(formRules.check(schema, values));
    for (SubmissionRule rule : rulesByForm.getOrDefault(formId, List.of())) {
      rule.check(values, violations);
    }
    if (!violations.isEmpty()) {
      LOG.info("Submission of form {} refused: {}", formId, violations);
      throw new InvalidSubmissionException(formId, violations);
    }
  }
}
