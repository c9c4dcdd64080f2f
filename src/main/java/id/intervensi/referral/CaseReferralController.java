package id.intervensi.referral;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases/{caseNumber}/referrals}: refer the client to another resource system at
 * any stage of the services (HTTP basic login or Tasklist's session as a social worker or
 * supervisor who may read the case). 201 with the case number and the id of the referral task; 403,
 * 404 (unknown case) and 409 (closed, or not in the services) with a message in Bahasa Indonesia.
 */
@RestController
class CaseReferralController {

  private final CaseReferrals referrals;

  CaseReferralController(CaseReferrals referrals) {
    this.referrals = referrals;
  }

  @PostMapping("/api/cases/{caseNumber}/referrals")
  @ResponseStatus(HttpStatus.CREATED)
  CaseReferrals.ReferralStarted refer(@PathVariable String caseNumber) {
    return referrals.request(caseNumber);
  }
}
