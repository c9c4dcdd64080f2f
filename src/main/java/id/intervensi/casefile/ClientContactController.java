package id.intervensi.casefile;

import id.intervensi.casefile.ClientContacts.Contact;
import id.intervensi.casefile.ClientContacts.NewContact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's family and guardians (HTTP basic login; supervisors for every client, social workers
 * for the clients of the cases they work on; managers and auditors read):
 *
 * <ul>
 *   <li>{@code GET /api/clients/{id}/contacts}: every contact, active ones first.
 *   <li>{@code POST /api/clients/{id}/contacts} {@code {"name", "relation", "phone", "address",
 *       "responsible", "guardian"}}: adds one (201); its number is what a service contract's
 *       consent by a guardian points at.
 *   <li>{@code POST /api/clients/{id}/contacts/{contactId}/end} {@code {"reason"}}: ends one.
 * </ul>
 */
@RestController
@RequestMapping("/api/clients/{clientId}/contacts")
class ClientContactController {

  record Ending(
      @NotBlank(message = "wajib diisi") @Size(max = 500, message = "maksimal 500 karakter")
          String reason) {}

  private final ClientContacts contacts;

  ClientContactController(ClientContacts contacts) {
    this.contacts = contacts;
  }

  @GetMapping
  List<Contact> list(@PathVariable long clientId) {
    return contacts.of(clientId);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Contact add(@PathVariable long clientId, @Valid @RequestBody NewContact contact) {
    return contacts.add(clientId, contact);
  }

  @PostMapping("/{contactId}/end")
  Contact end(
      @PathVariable long clientId,
      @PathVariable long contactId,
      @Valid @RequestBody Ending ending) {
    return contacts.end(clientId, contactId, ending.reason());
  }
}
