package id.intervensi.refusal;

/**
 * The app refuses what a user asked, with a message for them in Bahasa Indonesia. Services throw it
 * with the kind of refusal; the web edge ({@code web.ApiExceptionHandler}) alone chooses the HTTP
 * status for it.
 */
public class Refusal extends RuntimeException {

  /** Why the request is refused. */
  public enum Kind {
    /** the request itself is wrong (missing or invalid data) */
    INVALID,
    /** the user's role may not do this */
    NOT_ALLOWED,
    /** what the request names does not exist */
    NOT_FOUND,
    /** the case is not in a state that allows it (closed, another stage) */
    CONFLICT
  }

  private final Kind kind;

  protected Refusal(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public static Refusal invalid(String message) {
    return new Refusal(Kind.INVALID, message);
  }

  public static Refusal notAllowed(String message) {
    return new Refusal(Kind.NOT_ALLOWED, message);
  }

  public static Refusal notFound(String message) {
    return new Refusal(Kind.NOT_FOUND, message);
  }

  public static Refusal conflict(String message) {
    return new Refusal(Kind.CONFLICT, message);
  }

  public Kind kind() {
    return kind;
  }
}
