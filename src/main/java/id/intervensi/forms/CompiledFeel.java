package id.intervensi.forms;

import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import java.util.ArrayList;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * The FEEL engine Camunda ships for DMN, split in its two steps: parsing an expression once and
 * evaluating the parsed expression many times ({@link ScalaFeelEngine#evaluateSimpleExpression}
 * parses on every call, which was most of the cost of a form's hide conditions, issue 14). Same
 * engine, value mappers and variable access as evaluateSimpleExpression.
 */
final class CompiledFeel extends ScalaFeelEngine {

  CompiledFeel() {
    super(new ArrayList<>());
  }

  /** The parsed expression; throws IllegalArgumentException when it is not valid FEEL. */
  ParsedExpression parse(String expression) {
    return valueOf(feelEngine.parseExpression(expression));
  }

  /** Evaluates a parsed expression; throws IllegalArgumentException when evaluation fails. */
  Object evaluate(ParsedExpression expression, VariableContext variables) {
    return valueOf(
        feelEngine.eval(
            expression,
            new CustomContext() {
              @Override
              public VariableProvider variableProvider() {
                return new ContextVariableWrapper(variables);
              }
            }));
  }

  private static <T> T valueOf(Either<Failure, T> result) {
    if (result instanceof Right<Failure, T> right) {
      return right.value();
    }
    throw new IllegalArgumentException(((Left<Failure, T>) result).value().message());
  }
}
