package id.intervensi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.security.Groups;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the running app serves the webapps: config.js with the configured home name, the Indonesian
 * locale and styles of the app (not the webjar's), Tasklist's script with its dynamic-list defect
 * fixed; and filters that list the most urgent task first, as Tasklist asks them.
 */
@RunningApp
class WebappCustomisationRestTest {

  static final String HOME =
      "Panti Sosial Tresna Werdha Budi Pertiwi (demo)"; // application-demo.yaml

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;

  @Test
  void theWebappsCarryTheProductAndTheHomesName() {
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      Rest.Answer config = Rest.anonymous(port).get("/camunda/app/" + app + "/scripts/config.js");
      assertThat(config.status()).isEqualTo(200);
      assertThat((String) config.body())
          .as(app)
          .contains("const home = \"" + HOME + "\";")
          .contains("vendor: 'Intervensi'");
    }
    assertThat((String) Rest.anonymous(port).get("/camunda/app/tasklist/scripts/config.js").body())
        .contains("const homeTimeZone = \"Asia/Jakarta\";")
        .contains("const homeTimeZoneName = \"WIB\";");
  }

  @Test
  void theAppsLocaleStylesAndScriptsAreServed() {
    Rest.Answer locale = Rest.anonymous(port).get("/camunda/app/tasklist/locales/id.json");
    assertThat(locale.status()).isEqualTo(200);
    assertThat(locale.map()).containsKeys("labels", "dateLocales");
    assertThat(
            Rest.anonymous(port)
                .get("/camunda/app/tasklist/styles/user-styles.css")
                .body()
                .toString())
        .contains(".ce-eol-banner");
    assertThat(
            Rest.anonymous(port)
                .get("/camunda/app/tasklist/scripts/intervensi-forms.js")
                .body()
                .toString())
        .contains("Wajib diisi.")
        .contains("Date.parse");
    assertThat(
            Rest.anonymous(port)
                .get("/camunda/app/tasklist/camunda-tasklist-bootstrap.js")
                .body()
                .toString())
        .contains("h.notifyFormValidated(t)")
        .doesNotContain("var t=!!Object.keys(e.errors).length;");
    for (String app : List.of("cockpit", "admin", "welcome")) {
      Rest.Answer webappLocale =
          Rest.anonymous(port).get("/camunda/app/" + app + "/locales/id.json");
      assertThat(webappLocale.status()).as(app).isEqualTo(200);
      assertThat(webappLocale.map()).as(app).containsKey("labels");
    }
    for (String app : List.of("cockpit", "admin")) {
      assertThat(
              Rest.anonymous(port)
                  .get("/camunda/app/" + app + "/camunda-" + app + "-bootstrap.js")
                  .body()
                  .toString())
          .as("%s's dates follow the user's language (tasklist.WebappDatesFix)", app)
          .contains(".preferredLanguage()&&");
    }
  }

  /**
   * The helpers the plugins share are one ES module, served like the webapps' own scripts (code, no
   * data: to anyone), which each plugin imports instead of a copy of its own.
   */
  @Test
  void thePluginsImportTheirSharedModule() {
    Rest.Answer shared = Rest.anonymous(port).get(SHARED);
    assertThat(shared.status()).isEqualTo(200);
    assertThat((String) shared.body())
        .contains("export function h(")
        .contains("export async function call(")
        .contains("X-XSRF-TOKEN")
        .contains("export function day(");
    for (String script :
        List.of(
            "/camunda/app/tasklist/scripts/intervensi-cases.js",
            "/camunda/app/cockpit/scripts/intervensi-history.js",
            "/camunda/app/cockpit/scripts/intervensi-dashboard.js")) {
      assertThat((String) Rest.anonymous(port).get(script).body())
          .as(script)
          .contains("from '" + SHARED + "'")
          .doesNotContain("function h(")
          .doesNotContain("function call(");
    }
  }

  static final String SHARED = "/webjars/intervensi/intervensi-shared.js";

  @Test
  void filtersListTheMostUrgentFirstWhateverTasklistSortsBy() {
    Instant now = Instant.now();
    Task routine = task("Rutin", 50, now.plus(1, ChronoUnit.DAYS));
    Task followUpLate = task("Tindak lanjut, tenggat 7 hari", 60, now.plus(7, ChronoUnit.DAYS));
    Task followUpSoon = task("Tindak lanjut, tenggat 3 hari", 60, now.plus(3, ChronoUnit.DAYS));
    Task escalation = task("Eskalasi", 80, now.plus(2, ChronoUnit.DAYS));
    // a worker looks at the overdue and the soonest due first, at what has no due date last (H2
    // would put those first: V11 orders NULLs as PostgreSQL does)
    Task overdue = task("Rutin, terlambat", 50, now.minus(2, ChronoUnit.DAYS));
    Task undated = task("Rutin, tanpa tenggat", 50, null);
    try {
      String filterId =
          filterService
              .createFilterQuery()
              .filterName("Persetujuan supervisor")
              .singleResult()
              .getId();
      // as Tasklist asks: its own default sorting (newest first) after the filter's
      Rest.Answer list =
          Rest.as(port, "supervisor1", "demo")
              .post(
                  "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=100",
                  Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));
      assertThat(list.status()).isEqualTo(200);
      List<Object> ids = list.list().stream().map(t -> t.get("id")).toList();
      assertThat(ids)
          .containsSubsequence(
              escalation.getId(),
              followUpSoon.getId(),
              followUpLate.getId(),
              overdue.getId(),
              routine.getId(),
              undated.getId());
    } finally {
      List.of(routine, followUpLate, followUpSoon, escalation, overdue, undated)
          .forEach(t -> taskService.deleteTask(t.getId(), true));
    }
  }

  Task task(String name, int priority, Instant due) {
    Task task = taskService.newTask();
    task.setName(name);
    task.setPriority(priority);
    task.setDueDate(due == null ? null : Date.from(due));
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), Groups.SUPERVISORS);
    return task;
  }
}
