package id.intervensi.referral;

import id.intervensi.cycle.UsableInModels;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${referralScope.open(execution)}} on the start of SubProcess_Referral: declares the
 * referral's variables in the event sub-process's own scope (Camunda allows no input mapping on an
 * event sub-process), so the forms of this referral write there and two referrals of one case never
 * overwrite each other.
 */
@UsableInModels("Rujukan selama layanan: variabel rujukan di lingkupnya sendiri (listener start).")
@Component("referralScope")
public class ReferralScope {

  /** The variables of one referral (service-referral and referral-follow-up forms). */
  public static final List<String> VARIABLES =
      List.of(
          "serviceReferralResourceType",
          "serviceReferralResourceName",
          "serviceReferralReason",
          "serviceReferralDate",
          "referralOutcome",
          "referralFollowUpNotes");

  @UsableInModels("open(execution): variabel rujukan lokal pada sub-proses rujukan")
  public void open(DelegateExecution execution) {
    for (String name : VARIABLES) {
      execution.setVariableLocal(name, null);
    }
  }
}
