package id.intervensi.forms;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Evaluates a form field's {@code conditional.hide} FEEL expression the way form-js does, so the
 * server skips exactly the fields the worker could not see. Uses the FEEL engine Camunda ships for
 * DMN; each condition is checked and parsed once, then only evaluated.
 */
@Component
public class HideConditions {

  private static final Logger LOG = LoggerFactory.getLogger(HideConditions.class);

  /** Enough for every hide condition of many form versions; past it the cache starts over. */
  private static final int MAX_CONDITIONS = 10_000;

  private final CompiledFeel feel = new CompiledFeel();

  /**
   * Each condition text as checked and parsed: conditions come from deployed forms and recur on
   * every submission.
   */
  private final Map<String, Condition> conditions = new ConcurrentHashMap<>();

  /**
   * A hide condition ready to evaluate: the vocabulary's verdict (a problem refuses it), else the
   * parsed expression, else why it could not be parsed.
   */
  private record Condition(Optional<String> problem, ParsedExpression parsed, String parseError) {}

  /**
   * True when the expression evaluates to true; a broken expression hides nothing (the field is
   * validated).
   */
  public boolean isHidden(String expression, FieldValues values) {
    if (expression == null || expression.isBlank()) {
      return false;
    }
    // a form deployed before the vocabulary check, or stored some other way, is checked here again
    Condition condition = condition(expression);
    if (condition.problem().isPresent()) {
      LOG.warn("Hide condition '{}' refused: {}", expression, condition.problem().get());
      return false;
    }
    if (condition.parsed() == null) {
      LOG.warn("Cannot evaluate hide condition '{}': {}", expression, condition.parseError());
      return false;
    }
    try {
      Object result = feel.evaluate(condition.parsed(), new LazyContext(values));
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException e) {
      LOG.warn("Cannot evaluate hide condition '{}': {}", expression, e.getMessage());
      return false;
    }
  }

  private Condition condition(String expression) {
    Condition condition = conditions.get(expression);
    if (condition == null) {
      if (conditions.size() >= MAX_CONDITIONS) {
        conditions.clear();
      }
      condition = prepare(expression);
      conditions.put(expression, condition);
    }
    return condition;
  }

  private Condition prepare(String expression) {
    Optional<String> problem = HideConditionVocabulary.problemIn(expression);
    if (problem.isPresent()) {
      return new Condition(problem, null, null);
    }
    String feelExpression = expression.startsWith("=") ? expression.substring(1) : expression;
    try {
      return new Condition(problem, feel.parse(feelExpression), null);
    } catch (RuntimeException e) {
      return new Condition(problem, null, e.getMessage());
    }
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
