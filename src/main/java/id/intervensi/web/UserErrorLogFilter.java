package id.intervensi.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import id.intervensi.forms.InvalidSubmissionException;
import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A refused form submission or a message sent at the wrong stage of a case is the user's mistake,
 * answered with 4xx and a message in Bahasa Indonesia; the engine would also log it as an ERROR
 * with a stack trace (ENGINE-16004). This drops those engine log events, so the error log keeps
 * only real failures. Refused submissions are logged once at INFO by SubmissionValidator.
 */
@Component
class UserErrorLogFilter extends TurboFilter {

  @PostConstruct
  void register() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && !context.getTurboFilterList().contains(this)) {
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != Level.ERROR || !logger.getName().startsWith("org.camunda.bpm.engine")) {
      return FilterReply.NEUTRAL;
    }
    if (isRefusal(t)) {
      return FilterReply.DENY;
    }
    if (params != null) {
      for (Object param : params) {
        if (param instanceof Throwable throwable && isRefusal(throwable)) {
          return FilterReply.DENY;
        }
      }
    }
    return FilterReply.NEUTRAL;
  }

  private static boolean isRefusal(Throwable t) {
    for (Throwable cause = t; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidSubmissionException
          || cause instanceof MismatchingMessageCorrelationException) {
        return true;
      }
    }
    return false;
  }
}
