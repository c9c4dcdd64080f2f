package id.intervensi.forms;

import java.util.List;

/**
 * A rule a form's schema cannot express (a date not in the future, a valid ISO-8601 period, at
 * least one goal), checked on the server when the form with {@link #formId()} is submitted.
 * Implementations are Spring beans in the feature package they belong to.
 */
public interface SubmissionRule {

  /** Id of the Camunda Form (kebab-case) this rule applies to. */
  String formId();

  /** Adds a message in Bahasa Indonesia to {@code violations} for every problem found. */
  void check(FieldValues values, List<String> violations);
}
