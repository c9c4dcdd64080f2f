package id.intervensi.forms;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A text field of the app's API that must be {@link PlainText}. */
@Documented
@Constraint(validatedBy = NoMarkup.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoMarkup {

  String message() default PlainText.MESSAGE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Bean Validation's side of the annotation. */
  class Check implements ConstraintValidator<NoMarkup, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return !PlainText.hasMarkup(value);
    }
  }
}
