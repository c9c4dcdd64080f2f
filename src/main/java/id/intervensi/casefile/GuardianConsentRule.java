package id.intervensi.casefile;

import id.intervensi.cycle.CycleForms;
import id.intervensi.forms.FieldValues;
import id.intervensi.forms.SubmissionRule;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A consent given by a guardian points at that person: the service contract names the contact
 * number of an active legal guardian (wali) of the case's client (ClientContacts).
 */
@Component
class GuardianConsentRule implements SubmissionRule {

  static final String CONSENT_GIVEN = "consentGiven";
  static final String CONSENT_GIVEN_BY = "consentGivenBy";
  static final String GUARDIAN = "GUARDIAN";
  static final String CONSENT_GUARDIAN_ID = "consentGuardianId";

  private final ClientContactRows contacts;

  GuardianConsentRule(ClientContactRows contacts) {
    this.contacts = contacts;
  }

  @Override
  public String formId() {
    return CycleForms.SERVICE_CONTRACT;
  }

  @Override
  public void check(FieldValues values, List<String> violations) {
    if (!Boolean.TRUE.equals(values.get(CONSENT_GIVEN))
        || !GUARDIAN.equals(values.get(CONSENT_GIVEN_BY))
        || !(values.get(CaseVariables.CLIENT_ID) instanceof Number clientId)) {
      return;
    }
    Object chosen = values.get(CONSENT_GUARDIAN_ID);
    if (chosen instanceof Number contactId
        && contacts.guardian(clientId.longValue(), contactId.longValue()).isPresent()) {
      return;
    }
    String guardians =
        contacts.list(clientId.longValue()).stream()
            .filter(c -> c.active() && c.guardian())
            .map(c -> "#" + c.id() + " " + c.name())
            .collect(Collectors.joining(", "));
    violations.add(
        guardians.isEmpty()
            ? "Klien belum memiliki wali terdaftar: catat walinya sebagai kontak klien (wali), lalu"
                + " isi nomor kontaknya."
            : "«Nomor kontak wali» harus nomor wali klien yang terdaftar: " + guardians + ".");
  }
}
