package id.intervensi.caseload;

import id.intervensi.engine.CurrentUser;
import id.intervensi.security.Groups;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Every social worker's caseload: how many open cases each has, and how many have none yet. */
@Service
public class Caseloads {

  public static final List<String> READERS =
      List.of(Groups.SUPERVISORS, Groups.MANAGERS, Groups.ADMINS);

  /** One worker's open cases. */
  public record Caseload(String worker, String name, long openCases) {}

  /** The caseloads and the open cases without a worker (the group's). */
  public record CaseloadOverview(List<Caseload> workers, long withoutWorker) {}

  private final JdbcClient jdbc;
  private final SocialWorkers socialWorkers;
  private final IdentityService identityService;

  Caseloads(JdbcClient jdbc, SocialWorkers socialWorkers, IdentityService identityService) {
    this.jdbc = jdbc;
    this.socialWorkers = socialWorkers;
    this.identityService = identityService;
  }

  /** The social workers a case can be given to. */
  public List<SocialWorkers.SocialWorker> socialWorkers() {
    requireReader();
    return socialWorkers.all();
  }

  public CaseloadOverview overview() {
    requireReader();
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql(
            "select assigned_worker, count(*) as cases from case_file where status = 'OPEN'"
                + " group by assigned_worker")
        .query(
            row -> {
              counts.put(row.getString("assigned_worker"), row.getLong("cases"));
            });
    List<Caseload> workers = new ArrayList<>();
    for (SocialWorkers.SocialWorker worker : socialWorkers.all()) {
      workers.add(new Caseload(worker.id(), worker.name(), counts.getOrDefault(worker.id(), 0L)));
    }
    return new CaseloadOverview(workers, counts.getOrDefault(null, 0L));
  }

  private void requireReader() {
    CurrentUser.inGroups(
        identityService,
        READERS,
        "Beban kasus pekerja sosial dapat dilihat oleh supervisor dan manajer.");
  }
}
