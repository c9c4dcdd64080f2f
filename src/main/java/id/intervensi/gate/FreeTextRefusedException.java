package id.intervensi.gate;

import id.intervensi.refusal.WordedForUsers;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/** Free text that breaks the text rules: 400 with every problem, in Bahasa Indonesia. */
class FreeTextRefusedException extends BadUserRequestException implements WordedForUsers {

  FreeTextRefusedException(List<String> problems) {
    super(String.join(" ", problems));
  }
}
