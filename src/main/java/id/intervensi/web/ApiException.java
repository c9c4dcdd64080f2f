package id.intervensi.web;

import org.springframework.http.HttpStatus;

/** A refusal of the app's own REST API, with a message in Bahasa Indonesia for the user. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;

  public ApiException(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
