package id.intervensi.casefile;

import id.intervensi.casefile.ClientRecords.ClientRecord;
import id.intervensi.casefile.ClientRecords.Correction;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's record in the registry (HTTP basic login):
 *
 * <ul>
 *   <li>{@code GET /api/clients/{id}}: the client, their cases (newest first) and every change of
 *       their data with who, when, why, the old and the new value; supervisors, managers, auditors,
 *       administrators.
 *   <li>{@code PATCH /api/clients/{id}} with the fields to correct and a {@code reason}: corrects a
 *       stored identity (NIK, name, birth date, sex) or contact, checked like the start form (the
 *       NIK must agree with birth date and sex, and be nobody else's); supervisors and
 *       administrators. Answers the record as GET does.
 * </ul>
 *
 * 400, 403, 404 and 409 (the NIK is another client's) carry a message in Bahasa Indonesia.
 */
@RestController
@RequestMapping("/api/clients/{clientId}")
class ClientController {

  private final ClientRecords records;

  ClientController(ClientRecords records) {
    this.records = records;
  }

  @GetMapping
  ClientRecord read(@PathVariable long clientId) {
    return records.read(clientId);
  }

  @PatchMapping
  ClientRecord correct(@PathVariable long clientId, @Valid @RequestBody Correction correction) {
    return records.correct(clientId, correction);
  }
}
