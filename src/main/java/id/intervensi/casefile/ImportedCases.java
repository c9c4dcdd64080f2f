package id.intervensi.casefile;

import static id.intervensi.casefile.ClientIdentityFields.*;

import id.intervensi.cycle.InterventionCycle;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Opens the case of an imported resident at the stage the home's list gives (column {@code tahap}):
 * {@code intake}, as a new referral, through the start form as any case (checked by it, opened in
 * the importer's name), or {@code asesmen}, for a resident already living in the home: the case
 * opens the same way and moves straight to the assessment, with the admission and the contract
 * recorded as done before Intervensi (the variables below). Only once per resident: a resident who
 * has a case keeps it.
 */
@Component
class ImportedCases {

  /** Stages an imported resident can enter at. */
  enum Stage {
    INTAKE,
    ASSESSMENT
  }

  /** What an admitted resident's case holds of the stages done before Intervensi. */
  static final Map<String, Object> ADMITTED_BEFORE =
      Map.of(
          "eligible", true,
          "eligibilityReason", "Penghuni panti sebelum Intervensi dipakai (impor).",
          "admissionApproved", true,
          "consentGiven", true,
          "consentGivenBy", "CLIENT");

  private final FormService formService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final CaseFiles caseFiles;
  private final HomeSettings home;

  ImportedCases(
      FormService formService,
      RuntimeService runtimeService,
      RepositoryService repositoryService,
      IdentityService identityService,
      CaseFiles caseFiles,
      HomeSettings home) {
    this.formService = formService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.caseFiles = caseFiles;
    this.home = home;
  }

  /** The stage a list's {@code tahap} names; empty for none (registry only). */
  static Optional<Stage> stage(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "intake", "rujukan", "baru" -> Optional.of(Stage.INTAKE);
      case "asesmen", "assessment", "penghuni" -> Optional.of(Stage.ASSESSMENT);
      default -> throw new IllegalArgumentException(text);
    };
  }

  /**
   * Opens the case, unless the client has one already; answers its case number, or empty when
   * nothing was opened.
   */
  Optional<String> open(
      Client client, Stage stage, String fileName, String importer, List<String> groups) {
    if (!caseFiles.casesOf(client.id()).isEmpty()) {
      return Optional.empty();
    }
    ProcessDefinition cycle =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(InterventionCycle.PROCESS_ID)
            .latestVersion()
            .singleResult();
    ProcessInstance instance;
    // the start form in the importer's name, as they would submit it; the move to the assessment
    // is the import's own (recorded in its report), not a user's command
    identityService.setAuthentication(importer, groups);
    try {
      instance = formService.submitStartForm(cycle.getId(), startForm(client, fileName));
    } finally {
      identityService.clearAuthentication();
    }
    if (stage == Stage.ASSESSMENT) {
      Map<String, Object> admitted = new LinkedHashMap<>(ADMITTED_BEFORE);
      admitted.put(
          "contractStartDate",
          Date.from(LocalDate.now(home.zoneId()).atStartOfDay(home.zoneId()).toInstant()));
      admitted.put(
          "servicesAgreed",
          SpinValues.jsonValue("[\"BASIC_NEEDS\",\"HEALTH_CARE\",\"SOCIAL_GUIDANCE\"]").create());
      runtimeService
          .createProcessInstanceModification(instance.getId())
          .cancelAllForActivity("SubProcess_Intake")
          .startBeforeActivity("SubProcess_Services")
          .setVariables(admitted)
          .execute();
    }
    return Optional.of(instance.getBusinessKey());
  }

  private static Map<String, Object> startForm(Client client, String fileName) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("referralSource", "OTHER");
    form.put("referrerName", "Daftar penghuni (impor)");
    form.put(
        "referralReason",
        "Penghuni yang tercatat sebelum Intervensi dipakai; diimpor dari " + fileName + ".");
    form.put(NAME, client.fullName());
    if (client.nik() != null) {
      form.put(NIK, client.nik());
    } else {
      form.put(NIK_UNKNOWN, true);
      form.put(NIK_MISSING_REASON, client.nikMissingReason());
    }
    if (client.birthDate() != null) {
      form.put(BIRTH_DATE, client.birthDate().toString());
    } else {
      form.put(BIRTH_DATE_UNKNOWN, true);
      form.put(BIRTH_YEAR_ESTIMATE, (long) client.birthYearEstimate());
    }
    form.put(SEX, client.sex());
    form.put(ADDRESS, client.address());
    if (client.familyContactName() != null) {
      form.put(FAMILY_CONTACT_NAME, client.familyContactName());
      form.put(FAMILY_CONTACT_RELATION, client.familyContactRelation());
      form.put(FAMILY_CONTACT_PHONE, client.familyContactPhone());
    }
    // a resident without a NIK is their own likely duplicate: the same person, registered
    form.put(KNOWN_CLIENT_ID, client.id());
    return form;
  }
}
