package id.intervensi.caseload;

import id.intervensi.security.Groups;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The members of the social-workers group, read from the engine's identity tables: the engine's
 * listeners use it, and they may not call the engine's services (it is being built when they are).
 */
@Repository
public class SocialWorkers {

  /** A social worker: user id and display name. */
  public record SocialWorker(String id, String name) {}

  private final JdbcClient jdbc;

  SocialWorkers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every social worker, by name. */
  public List<SocialWorker> all() {
    return jdbc.sql(
            """
        select u.ID_ as id, u.FIRST_ as first_name, u.LAST_ as last_name
          from ACT_ID_USER u join ACT_ID_MEMBERSHIP m on m.USER_ID_ = u.ID_
         where m.GROUP_ID_ = ?
         order by u.FIRST_, u.LAST_, u.ID_""")
        .param(Groups.SOCIAL_WORKERS)
        .query(
            (row, n) ->
                new SocialWorker(
                    row.getString("id"),
                    name(
                        row.getString("first_name"),
                        row.getString("last_name"),
                        row.getString("id"))))
        .list();
  }

  /** The social worker with this user id, if there is one. */
  public Optional<SocialWorker> find(String userId) {
    return all().stream().filter(w -> w.id().equals(userId)).findFirst();
  }

  /** A user's name as Tasklist shows it: first and last name, else the user id. */
  static String name(String first, String last, String id) {
    String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    return name.isEmpty() ? id : name;
  }
}
