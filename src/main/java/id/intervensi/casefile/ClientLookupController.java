package id.intervensi.casefile;

import id.intervensi.casefile.ClientRecords.Lookup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/clients/lookup?nik=...}: whether a NIK is registered, and if so the person's
 * name, birth, sex and cases, for whoever opens cases (social workers, supervisors, managers,
 * administrators). Tasklist's start form asks it as the NIK is typed (intervensi-forms.js), with
 * the user's Tasklist session.
 */
@RestController
class ClientLookupController {

  private final ClientRecords records;

  ClientLookupController(ClientRecords records) {
    this.records = records;
  }

  @GetMapping("/api/clients/lookup")
  Lookup lookup(@RequestParam(required = false) String nik) {
    return records.lookup(nik);
  }
}
