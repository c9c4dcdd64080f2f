package id.intervensi.modeling;

import static id.intervensi.CaseData.*;
import static id.intervensi.cycle.InterventionCycle.*;
import static id.intervensi.modeling.ModelFiles.ELIGIBILITY;
import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.CaseData;
import id.intervensi.e2e.Rest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager raises the age limit of the eligibility table from 60 to 65 in Modeler and deploys it
 * to the running app: the next admissions follow the new table, with no code change and no restart
 * (the cycle calls the decision with decisionRefBinding="latest").
 */
@ModelingApp
class EligibilityChangeRestTest {

  @LocalServerPort int port;
  CaseSteps cases;

  @BeforeEach
  void theRepositoryTableIsDeployed() {
    cases = new CaseSteps(port);
    // the app is shared with the other modeling tests, which deploy versions of their own: cases
    // here open on the repository's models
    Rest.Answer repository =
        new ModelerClient(port, "manajer1", "demo")
            .deploy("intervensi-" + UUID.randomUUID(), ModelFiles.all());
    assertThat(repository.status()).as(repository.message()).isEqualTo(200);
    deployEligibility(ModelFiles.only(ELIGIBILITY));
  }

  @AfterEach
  void restoreTheRepositoryTable() {
    deployEligibility(ModelFiles.only(ELIGIBILITY));
  }

  int deployEligibility(ModelFiles table) {
    Rest.Answer deployed =
        new ModelerClient(port, "manajer1", "demo").deploy("kelayakan-" + UUID.randomUUID(), table);
    assertThat(deployed.status()).as(deployed.message()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> decisions =
        (Map<String, Map<String, Object>>) deployed.map().get("deployedDecisionDefinitions");
    assertThat(decisions.values())
        .singleElement()
        .extracting(d -> d.get("key"))
        .isEqualTo(DECISION_ADMISSION_ELIGIBILITY);
    return ((Number) decisions.values().iterator().next().get("version")).intValue();
  }

  /**
   * Opens a case of a client of the given age and completes the intake interview; the task it then
   * waits at.
   */
  String admissionOf(int age, String[] processInstance) {
    return admissionOf(age, "F", processInstance);
  }

  String admissionOf(int age, String sex, String[] processInstance) {
    LocalDate birthDate = LocalDate.now(CaseData.HOME_ZONE).minusYears(age).minusDays(30);
    Map<String, Object> opening =
        with(
            with(caseOpening(nikFor(birthDate, sex)), "clientBirthDate", birthDate.toString()),
            "clientSex",
            sex);
    String pi = (String) cases.open(opening).get("id");
    processInstance[0] = pi;
    cases.work("peksos1", pi, TASK_INTAKE_INTERVIEW, intake(true));
    return cases.openTasks(pi).get(0);
  }

  Object variable(String processInstanceId, String name) {
    return cases
        .as("manajer1")
        .get("/engine-rest/process-instance/" + processInstanceId + "/variables/" + name)
        .map()
        .get("value");
  }

  @Test
  void raisingTheAgeLimitTo65ChangesTheNextAdmissionsWithoutRestart() {
    String[] pi = new String[1];
    assertThat(admissionOf(62, pi))
        .as("62 is old enough under the repository's table")
        .isEqualTo(TASK_APPROVE_ADMISSION);
    assertThat(variable(pi[0], "clientAge")).isEqualTo(62);

    int version =
        deployEligibility(
            ModelFiles.only(ELIGIBILITY)
                .replace(
                    ELIGIBILITY,
                    "<inputEntry id=\"InputEntry_01_0\"><text>&lt; 60</text></inputEntry>",
                    "<inputEntry id=\"InputEntry_01_0\"><text>&lt; 65</text></inputEntry>")
                .replace(ELIGIBILITY, "di bawah 60 tahun", "di bawah 65 tahun"));
    assertThat(
            cases
                .as("manajer1")
                .get("/engine-rest/decision-definition/key/" + DECISION_ADMISSION_ELIGIBILITY)
                .map()
                .get("version"))
        .isEqualTo(version);

    assertThat(admissionOf(62, pi))
        .as("62 is too young under the new table")
        .isEqualTo(TASK_REFER_TO_OTHER_RESOURCE);
    assertThat(variable(pi[0], "eligible")).isEqualTo(false);
    assertThat((String) variable(pi[0], "eligibilityReason")).contains("di bawah 65 tahun");
    assertThat(admissionOf(66, pi))
        .as("66 is old enough under the new table")
        .isEqualTo(TASK_APPROVE_ADMISSION);
  }

  @Test
  void aWomenOnlyHomeTurnsMenAwayInItsTable() {
    String[] pi = new String[1];
    assertThat(admissionOf(70, "M", pi))
        .as("the repository's table admits men")
        .isEqualTo(TASK_APPROVE_ADMISSION);

    String womenOnly =
        "<rule id=\"Rule_WomenOnly\"><description>Panti khusus perempuan</description>"
            + "<inputEntry id=\"InputEntry_W_0\"><text></text></inputEntry>"
            + "<inputEntry id=\"InputEntry_W_1\"><text></text></inputEntry>"
            + "<inputEntry id=\"InputEntry_W_2\"><text></text></inputEntry>"
            + "<inputEntry id=\"InputEntry_W_3\"><text></text></inputEntry>"
            + "<inputEntry id=\"InputEntry_W_4\"><text></text></inputEntry>"
            + "<inputEntry id=\"InputEntry_W_5\"><text></text></inputEntry>"
            + "<inputEntry id=\"InputEntry_W_6\"><text>\"M\"</text></inputEntry>"
            + "<outputEntry id=\"OutputEntry_W_0\"><text>false</text></outputEntry>"
            + "<outputEntry id=\"OutputEntry_W_1\"><text>\"Panti ini hanya menerima lansia"
            + " perempuan.\"</text></outputEntry></rule>";
    deployEligibility(
        ModelFiles.only(ELIGIBILITY)
            .replace(
                ELIGIBILITY,
                "<rule id=\"Rule_AdmissionEligibility_01\">",
                womenOnly + "<rule id=\"Rule_AdmissionEligibility_01\">"));

    assertThat(admissionOf(70, "M", pi)).isEqualTo(TASK_REFER_TO_OTHER_RESOURCE);
    assertThat(variable(pi[0], "eligible")).isEqualTo(false);
    assertThat((String) variable(pi[0], "eligibilityReason"))
        .contains("hanya menerima lansia perempuan");
    assertThat(admissionOf(70, "F", pi)).isEqualTo(TASK_APPROVE_ADMISSION);
  }
}
