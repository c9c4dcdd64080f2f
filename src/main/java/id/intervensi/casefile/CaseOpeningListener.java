package id.intervensi.casefile;

import static id.intervensi.casefile.ClientIdentityFields.*;

import id.intervensi.cycle.CycleForms;
import id.intervensi.cycle.UsableInModels;
import id.intervensi.forms.FormDates;
import id.intervensi.forms.InvalidSubmissionException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * StartEvent_CaseOpened: registers the client, or finds a returning one by NIK (never overwriting
 * who they are), gives the case its number as business key and opens the case file. The identity
 * fields of the start form are moved to the client table and removed from the process: only the
 * client id and the age stay.
 */
@UsableInModels("Pembukaan kasus: nomor kasus, berkas klien dan kasus (listener start event).")
@Component("caseOpeningListener")
public class CaseOpeningListener implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(CaseOpeningListener.class);

  private final ClientRegistry clients;
  private final ClientIntake intake;
  private final ClientContactRows contacts;
  private final CaseFiles caseFiles;
  private final CaseNumberGenerator caseNumbers;
  private final ZoneId zone;

  public CaseOpeningListener(
      ClientRegistry clients,
      ClientIntake intake,
      ClientContactRows contacts,
      CaseFiles caseFiles,
      CaseNumberGenerator caseNumbers,
      HomeSettings home) {
    this.clients = clients;
    this.intake = intake;
    this.contacts = contacts;
    this.caseFiles = caseFiles;
    this.caseNumbers = caseNumbers;
    this.zone = home.zoneId();
  }

  @Override
  public void notify(DelegateExecution execution) {
    String openedBy = (String) execution.getVariable(CaseVariables.CASE_OPENED_BY);
    Client entered = clientFrom(execution);
    ClientIntake.Admission admission =
        intake.admit(
            entered,
            execution.getVariable(KNOWN_CLIENT_ID) instanceof Number id ? id.longValue() : null,
            Boolean.TRUE.equals(execution.getVariable(NOT_A_DUPLICATE)),
            openedBy);
    Client client = admission.client();
    caseFiles
        .findOpenCaseOf(client.id())
        .ifPresent(
            open -> {
              throw new InvalidSubmissionException(
                  CycleForms.CASE_OPENING,
                  List.of(
                      "Klien dengan NIK ini sudah memiliki kasus aktif "
                          + open.caseNumber()
                          + "; lanjutkan kasus tersebut."));
            });

    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
    String caseNumber = caseNumbers.next(Year.from(today));
    execution.setProcessBusinessKey(caseNumber);
    caseFiles.open(caseNumber, client.id(), execution.getProcessInstanceId(), openedBy);
    contacts.addFromCaseOpening(client, openedBy);
    if (admission.returning()) {
      // a returning client: identity as stored; a new address or family contact is recorded
      clients.change(
          client, entered, ClientRegistry.CONTACT, openedBy, "Pembukaan kasus " + caseNumber);
    }

    execution.setVariable(CaseVariables.CASE_NUMBER, caseNumber);
    execution.setVariable(CaseVariables.CLIENT_ID, client.id());
    execution.setVariable(CaseVariables.CLIENT_AGE, (long) client.ageOn(today));
    ALL.forEach(execution::removeVariable);
    // the home's admission rules may depend on it (a women-only home): an input of the
    // eligibility table, from the registry; like the identity fields, never written to history
    execution.setVariable(CaseVariables.CLIENT_SEX, client.sex());
    LOG.info(
        "Case {} opened by {} for {} client {}",
        caseNumber,
        openedBy,
        admission.returning() ? "returning" : "new",
        client.id());
  }

  private static Client clientFrom(DelegateExecution execution) {
    // the form rules (CaseOpeningRules) let through either a NIK or a reason for its absence, and
    // either a birth date or an estimated birth year
    boolean nikUnknown = Boolean.TRUE.equals(execution.getVariable(NIK_UNKNOWN));
    boolean birthDateUnknown = Boolean.TRUE.equals(execution.getVariable(BIRTH_DATE_UNKNOWN));
    Object estimate = execution.getVariable(BIRTH_YEAR_ESTIMATE);
    return new Client(
        null,
        nikUnknown ? null : text(execution, NIK),
        text(execution, NAME).trim(),
        // the form guard has stored the valid yyyy-MM-dd text as a Date
        birthDateUnknown ? null : FormDates.day(execution.getVariable(BIRTH_DATE)),
        text(execution, SEX),
        text(execution, ADDRESS).trim(),
        text(execution, FAMILY_CONTACT_NAME),
        text(execution, FAMILY_CONTACT_RELATION),
        text(execution, FAMILY_CONTACT_PHONE),
        birthDateUnknown && estimate instanceof Number year ? year.intValue() : null,
        nikUnknown ? text(execution, NIK_MISSING_REASON) : null);
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || "".equals(value) ? null : value.toString();
  }
}
