package id.intervensi.casefile;

import id.intervensi.casefile.ClientContacts.Contact;
import id.intervensi.casefile.ClientContacts.NewContact;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code client_contact} table. Apart from {@link ClientContacts} (which checks who may act)
 * because the engine's own listeners and form rules use it while the engine is being built.
 */
@Repository
class ClientContactRows {

  private static final RecordRows<Contact> CONTACT_ROWS = RecordRows.of(Contact.class);

  private final JdbcClient jdbc;

  ClientContactRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every contact of a client, active ones first. */
  List<Contact> list(long clientId) {
    return jdbc.sql(
            "select * from client_contact where client_id = ?"
                + " order by case when ended_at is null then 0 else 1 end, id")
        .param(clientId)
        .query(CONTACT_ROWS)
        .list();
  }

  /** An active contact of the client who is their legal guardian. */
  Optional<Contact> guardian(long clientId, long contactId) {
    return list(clientId).stream()
        .filter(c -> c.id() == contactId && c.active() && c.guardian())
        .findFirst();
  }

  /** Adds the start form's family contact as responsible, unless the client has them already. */
  void addFromCaseOpening(Client client, String userId) {
    if (client.familyContactName() == null || client.familyContactName().isBlank()) {
      return;
    }
    boolean known =
        list(client.id()).stream()
            .anyMatch(
                c -> c.active() && ReturningClient.sameName(c.name(), client.familyContactName()));
    if (!known) {
      // like the client, the contact carries who created it and when (created_by, created_at)
      insert(
          client.id(),
          new NewContact(
              client.familyContactName().strip(),
              client.familyContactRelation(),
              client.familyContactPhone(),
              null,
              true,
              false),
          userId);
    }
  }

  long insert(long clientId, NewContact contact, String user) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into client_contact (client_id, name, relation, phone, address, responsible,
                                    guardian, created_at, created_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            clientId,
            contact.name().strip(),
            contact.relation(),
            contact.phone(),
            contact.address(),
            contact.responsible(),
            contact.guardian(),
            Timestamp.from(Instant.now()),
            user)
        // the id of this row, not the newest of the client's (two inserts may race)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void end(long contactId, String user, String reason) {
    jdbc.sql("update client_contact set ended_at = ?, ended_by = ?, end_reason = ? where id = ?")
        .params(Timestamp.from(Instant.now()), user, reason, contactId)
        .update();
  }
}
