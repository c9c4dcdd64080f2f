package id.intervensi.cycle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts an app bean, and each of its methods that carries this annotation too, in the vocabulary a
 * model may use (see {@code id.intervensi.modeling.ModelVocabulary} and
 * docs/expression-vocabulary.md). On a class: the bean can be named in an expression by its Spring
 * bean name, for example as a delegate expression {@code ${caseClosureListener}}. On a method:
 * {@code ${bean.method(...)}} may call it. Everything else of the app is out of a model's reach.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UsableInModels {

  /** What the bean or method does, for the vocabulary document. */
  String value();
}
