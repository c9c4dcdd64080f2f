package id.intervensi.gate;

import id.intervensi.refusal.WordedForUsers;
import org.camunda.bpm.engine.AuthorizationException;

/**
 * A command the gate refuses: 403 in the REST API and the webapps, with the reason in Bahasa
 * Indonesia. Thrown before the command runs, so nothing of it is written.
 */
class CommandRefusedException extends AuthorizationException implements WordedForUsers {

  CommandRefusedException(String message) {
    super(message);
  }
}
