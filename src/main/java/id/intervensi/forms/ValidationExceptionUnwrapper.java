package id.intervensi.forms;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps exceptions thrown by listeners. This outermost interceptor (it runs after the
 * rollback) hands the REST layer the {@link InvalidSubmissionException} itself, so clients get 400
 * Bad Request with the Indonesian message instead of a 500.
 */
class ValidationExceptionUnwrapper extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidSubmissionException invalid) {
          throw invalid;
        }
      }
      throw e;
    }
  }
}
