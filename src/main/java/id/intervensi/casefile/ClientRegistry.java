package id.intervensi.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The client table. A returning client is found by NIK and their details are brought up to date.
 */
@Repository
public class ClientRegistry {

  private final JdbcClient jdbc;

  public ClientRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Client> findByNik(String nik) {
    return jdbc.sql("select * from client where nik = ?").param(nik).query(Client.class).optional();
  }

  public Optional<Client> findById(long id) {
    return jdbc.sql("select * from client where id = ?").param(id).query(Client.class).optional();
  }

  /**
   * Inserts a new client or updates the one with the same NIK; returns the stored client with its
   * id.
   */
  public Client save(Client client, String userId) {
    Timestamp now = Timestamp.from(Instant.now());
    Optional<Client> existing = findByNik(client.nik());
    if (existing.isPresent()) {
      jdbc.sql(
              """
          update client set full_name = ?, birth_date = ?, sex = ?, address = ?, family_contact_name = ?,
                 family_contact_relation = ?, family_contact_phone = ?, updated_at = ?
           where id = ?""")
          .params(
              client.fullName(),
              client.birthDate(),
              client.sex(),
              client.address(),
              client.familyContactName(),
              client.familyContactRelation(),
              client.familyContactPhone(),
              now,
              existing.get().id())
          .update();
    } else {
      jdbc.sql(
              """
          insert into client (nik, full_name, birth_date, sex, address, family_contact_name,
                              family_contact_relation, family_contact_phone, created_at, created_by, updated_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              client.nik(),
              client.fullName(),
              client.birthDate(),
              client.sex(),
              client.address(),
              client.familyContactName(),
              client.familyContactRelation(),
              client.familyContactPhone(),
              now,
              userId,
              now)
          .update();
    }
    return findByNik(client.nik()).orElseThrow();
  }
}
