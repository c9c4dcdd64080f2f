package id.intervensi.forms;

import java.util.Set;

/**
 * Variables the server computes on the step of the form with {@link #formId()}, overwriting
 * whatever was submitted: that form may show them, so its submission may carry them although they
 * are not its fields ({@link UnknownVariables}). Implementations are Spring beans in the feature
 * package that computes the variables.
 */
public interface ComputedFields {

  /** Id of the Camunda Form (kebab-case) whose submission may carry the variables. */
  String formId();

  /** Names of the variables the step computes. */
  Set<String> names();
}
