package id.intervensi.web;

import id.intervensi.refusal.Refusal;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of /api/* in the shape Camunda's REST API uses ({"type", "message"}), so one client can
 * read both. Messages are in Bahasa Indonesia.
 */
@RestControllerAdvice(basePackages = "id.intervensi")
class ApiExceptionHandler {

  record ApiError(String type, String message) {}

  /** The only place a refusal of the app becomes an HTTP status. */
  @ExceptionHandler(Refusal.class)
  ResponseEntity<ApiError> refused(Refusal e) {
    HttpStatus status =
        switch (e.kind()) {
          case INVALID -> HttpStatus.BAD_REQUEST;
          case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case CONFLICT -> HttpStatus.CONFLICT;
        };
    return ResponseEntity.status(status).body(new ApiError(status.name(), e.getMessage()));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
    String message =
        e.getBindingResult().getFieldErrors().stream()
            .map(error -> FieldLabels.refusal(error.getField(), error.getDefaultMessage()))
            .reduce((a, b) -> a + "; " + b)
            .orElse("Data tidak valid.");
    return ResponseEntity.badRequest()
        .body(new ApiError("BAD_REQUEST", "Data tidak valid: " + message));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.badRequest()
        .body(new ApiError("BAD_REQUEST", "Isi permintaan bukan JSON yang valid."));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> forbidden(AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(new ApiError("FORBIDDEN", "Anda tidak berwenang melakukan tindakan ini."));
  }
}
