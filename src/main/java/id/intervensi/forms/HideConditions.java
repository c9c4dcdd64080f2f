package id.intervensi.forms;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Evaluates a form field's {@code conditional.hide} FEEL expression the way form-js does, so the
 * server skips exactly the fields the worker could not see. Uses the FEEL engine Camunda ships for
 * DMN.
 */
@Component
public class HideConditions {

  private static final Logger LOG = LoggerFactory.getLogger(HideConditions.class);

  /** Enough for every hide condition of many form versions; past it the cache starts over. */
  private static final int MAX_VERDICTS = 10_000;

  private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();

  /**
   * The vocabulary's verdict per condition text: conditions come from deployed forms and recur on
   * every submission.
   */
  private final Map<String, Optional<String>> verdicts = new ConcurrentHashMap<>();

  /**
   * True when the expression evaluates to true; a broken expression hides nothing (the field is
   * validated).
   */
  public boolean isHidden(String expression, FieldValues values) {
    if (expression == null || expression.isBlank()) {
      return false;
    }
    // a form deployed before the vocabulary check, or stored some other way, is checked here again
    Optional<String> problem = verdict(expression);
    if (problem.isPresent()) {
      LOG.warn("Hide condition '{}' refused: {}", expression, problem.get());
      return false;
    }
    String feelExpression = expression.startsWith("=") ? expression.substring(1) : expression;
    try {
      Object result = feel.evaluateSimpleExpression(feelExpression, new LazyContext(values));
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException e) {
      LOG.warn("Cannot evaluate hide condition '{}': {}", expression, e.getMessage());
      return false;
    }
  }

  private Optional<String> verdict(String expression) {
    Optional<String> verdict = verdicts.get(expression);
    if (verdict == null) {
      if (verdicts.size() >= MAX_VERDICTS) {
        verdicts.clear();
      }
      verdict = HideConditionVocabulary.problemIn(expression);
      verdicts.put(expression, verdict);
    }
    return verdict;
  }

  /** Resolves variables on demand: the FEEL engine asks only for the names the expression uses. */
  private record LazyContext(FieldValues values) implements VariableContext {
    @Override
    public TypedValue resolve(String name) {
      return Variables.untypedValue(values.get(name));
    }

    @Override
    public boolean containsVariable(String name) {
      return true;
    }

    @Override
    public Set<String> keySet() {
      return Set.of();
    }
  }
}
