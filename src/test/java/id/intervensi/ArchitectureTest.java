package id.intervensi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package rules a newcomer cannot see from one file: feature packages do not depend on each
 * other in a circle, and Camunda's internal classes (org.camunda.bpm.engine.impl, which change
 * between versions without notice) are used only by the packages that hook into the engine.
 */
class ArchitectureTest {

  static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("id.intervensi");

  @Test
  void featurePackagesDoNotDependOnEachOtherInACircle() {
    slices().matching("id.intervensi.(*)..").should().beFreeOfCycles().check(APP);
  }

  @Test
  void onlyThePackagesThatHookIntoTheEngineUseItsInternals() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "id.intervensi.assessment..",
            "id.intervensi.deployment..",
            "id.intervensi.evaluation..",
            "id.intervensi.intervention..",
            "id.intervensi.planning..",
            "id.intervensi.tasklist..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.camunda.bpm.engine.impl..")
        .because("engine internals change between Camunda versions; features use the public API")
        .check(APP);
  }

  @Test
  void theCycleDefinitionsDependOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("id.intervensi.cycle..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "id.intervensi.assessment..",
            "id.intervensi.audit..",
            "id.intervensi.casefile..",
            "id.intervensi.caseload..",
            "id.intervensi.deployment..",
            "id.intervensi.documents..",
            "id.intervensi.engine..",
            "id.intervensi.evaluation..",
            "id.intervensi.forms..",
            "id.intervensi.intervention..",
            "id.intervensi.modeling..",
            "id.intervensi.planning..",
            "id.intervensi.security..",
            "id.intervensi.tasklist..",
            "id.intervensi.termination..",
            "id.intervensi.web..")
        .because("cycle holds the ids, variables and model vocabulary every feature builds on")
        .check(APP);
  }

  @Test
  void servicesRefuseWithoutKnowingHttp() {
    noClasses()
        .that()
        .resideOutsideOfPackage("id.intervensi.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("id.intervensi.web..")
        .because(
            "web is the edge: features throw refusal.Refusal and web.ApiExceptionHandler chooses the status")
        .check(APP);
  }
}
