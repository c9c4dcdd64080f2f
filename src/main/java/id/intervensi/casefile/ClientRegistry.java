package id.intervensi.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The client table: one record per person, found again by NIK. A stored client is never overwritten
 * silently: every change of a field is written to {@code client_change} with who, when, why, the
 * old and the new value ({@link #change}).
 */
@Repository
public class ClientRegistry {

  private static final RecordRows<Client> CLIENT_ROWS = RecordRows.of(Client.class);
  private static final RecordRows<Change> CHANGE_ROWS = RecordRows.of(Change.class);

  /** A field of a client as its changes are recorded ({@code client_change.field}). */
  record Field(String name, String column, Function<Client, Object> value) {}

  static final List<Field> IDENTITY =
      List.of(
          new Field("nik", "nik", Client::nik),
          new Field("fullName", "full_name", Client::fullName),
          new Field("birthDate", "birth_date", Client::birthDate),
          new Field("sex", "sex", Client::sex),
          new Field("birthYearEstimate", "birth_year_estimate", Client::birthYearEstimate),
          new Field("nikMissingReason", "nik_missing_reason", Client::nikMissingReason));

  static final List<Field> CONTACT =
      List.of(
          new Field("address", "address", Client::address),
          new Field("familyContactName", "family_contact_name", Client::familyContactName),
          new Field(
              "familyContactRelation", "family_contact_relation", Client::familyContactRelation),
          new Field("familyContactPhone", "family_contact_phone", Client::familyContactPhone));

  /** One recorded change of a client's data. */
  public record Change(
      String field,
      String oldValue,
      String newValue,
      LocalDateTime changedAt,
      String changedBy,
      String reason) {}

  private final JdbcClient jdbc;

  public ClientRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Client> findByNik(String nik) {
    if (nik == null) {
      return Optional.empty();
    }
    return jdbc.sql("select * from client where nik = ?").param(nik).query(CLIENT_ROWS).optional();
  }

  public Optional<Client> findById(long id) {
    return jdbc.sql("select * from client where id = ?").param(id).query(CLIENT_ROWS).optional();
  }

  /** Registers a person not known yet; returns the stored client with its id. */
  public Client insert(Client client, String userId) {
    Timestamp now = Timestamp.from(Instant.now());
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into client (nik, full_name, birth_date, sex, address, family_contact_name,
                            family_contact_relation, family_contact_phone, birth_year_estimate,
                            nik_missing_reason, created_at, created_by, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            client.nik(),
            client.fullName(),
            client.birthDate(),
            client.sex(),
            client.address(),
            client.familyContactName(),
            client.familyContactRelation(),
            client.familyContactPhone(),
            client.birthYearEstimate(),
            client.nikMissingReason(),
            now,
            userId,
            now)
        .update(keys);
    // H2 answers the identity column (ID), PostgreSQL every column (id, ...)
    Object id =
        keys.getKeys().entrySet().stream()
            .filter(key -> key.getKey().equalsIgnoreCase("id"))
            .findFirst()
            .orElseThrow()
            .getValue();
    return findById(((Number) id).longValue()).orElseThrow();
  }

  /**
   * Changes the stored client's fields in {@code fields} to the values of {@code changed}, and
   * records each field whose value differs; returns the changes made.
   */
  public List<Change> change(
      Client stored, Client changed, List<Field> fields, String userId, String reason) {
    Map<Field, Object> differing = new LinkedHashMap<>();
    for (Field field : fields) {
      Object value = field.value().apply(changed);
      if (!Objects.equals(field.value().apply(stored), value)) {
        differing.put(field, value);
      }
    }
    Timestamp now = Timestamp.from(Instant.now());
    List<Change> changes =
        differing.entrySet().stream()
            .map(
                e ->
                    new Change(
                        e.getKey().name(),
                        text(e.getKey().value().apply(stored)),
                        text(e.getValue()),
                        now.toLocalDateTime(),
                        userId,
                        reason))
            .toList();
    for (Map.Entry<Field, Object> e : differing.entrySet()) {
      // column names come from the constant lists above, never from input
      jdbc.sql("update client set " + e.getKey().column() + " = ?, updated_at = ? where id = ?")
          .params(e.getValue(), now, stored.id())
          .update();
    }
    for (Change c : changes) {
      jdbc.sql(
              """
          insert into client_change (client_id, field, old_value, new_value, changed_at, changed_by, reason)
          values (?, ?, ?, ?, ?, ?, ?)""")
          .params(stored.id(), c.field(), c.oldValue(), c.newValue(), now, userId, reason)
          .update();
    }
    return changes;
  }

  /**
   * Registered clients who may be the person entered: the same birth date, or the same birth year
   * where either date is an estimate, and a similar name ({@link NameVariants}). Two people who
   * both have a NIK are told apart by it (the civil registry's number, checked for what it
   * encodes); the search is for records where one of them has none.
   */
  public List<Client> likelyDuplicates(Client entered) {
    Integer year =
        entered.birthDate() != null ? entered.birthDate().getYear() : entered.birthYearEstimate();
    if (year == null) {
      return List.of();
    }
    // two people with a NIK each are told apart by it: only records without one can be the same
    // person then, and reading only those keeps the opening fast when many share a birthday
    String withoutNik = entered.nik() != null ? " and nik is null" : "";
    // each part on its own index: an OR of them reads the whole table
    JdbcClient.StatementSpec query =
        entered.birthDate() != null
            ? jdbc.sql(
                    "select * from client where birth_date = ?"
                        + withoutNik
                        + " union all select * from client"
                        + " where birth_date is null and birth_year_estimate = ?"
                        + withoutNik
                        + " order by id")
                .params(entered.birthDate(), year)
            : jdbc.sql(
                    "select * from client where birth_year_estimate = ?"
                        + withoutNik
                        + " union select * from client where birth_date between ? and ?"
                        + withoutNik
                        + " order by id")
                .params(year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    return query.query(CLIENT_ROWS).list().stream()
        .filter(stored -> NameVariants.similar(stored.fullName(), entered.fullName()))
        .toList();
  }

  /** A client registered by an import, by the key of their row (ImportedResident). */
  public Optional<Client> findByImportKey(String importKey) {
    return jdbc
        .sql("select * from client where import_key = ? order by id")
        .param(importKey)
        .query(CLIENT_ROWS)
        .list()
        .stream()
        .findFirst();
  }

  /** Marks a client as registered by an import of the row with this key. */
  public void markImported(long clientId, String importKey) {
    jdbc.sql("update client set import_key = ? where id = ?").params(importKey, clientId).update();
  }

  /** Records a decision about a client that changes no field (e.g. "not the same person as"). */
  public void recordDecision(
      long clientId, String what, String decision, String userId, String reason) {
    jdbc.sql(
            """
        insert into client_change (client_id, field, old_value, new_value, changed_at, changed_by, reason)
        values (?, ?, null, ?, ?, ?, ?)""")
        .params(clientId, what, decision, Timestamp.from(Instant.now()), userId, reason)
        .update();
  }

  /** The recorded changes of a client, oldest first. */
  public List<Change> changesOf(long clientId) {
    return jdbc.sql(
            """
        select field, old_value, new_value, changed_at, changed_by, reason
          from client_change where client_id = ? order by changed_at, id""")
        .param(clientId)
        .query(CHANGE_ROWS)
        .list();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
