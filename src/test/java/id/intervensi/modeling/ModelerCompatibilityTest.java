package id.intervensi.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model in the repository opens in Camunda Modeler as a Camunda 7.24 file with its full
 * layout.
 */
class ModelerCompatibilityTest {

  static final Path BROKEN = Path.of("src/test/resources/modeling/broken");

  static Stream<Path> bpmnFiles() throws IOException {
    return files("processes", ".bpmn");
  }

  static Stream<Path> dmnFiles() throws IOException {
    return files("processes", ".dmn");
  }

  static Stream<Path> formFiles() throws IOException {
    return files("forms", ".form");
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyBpmnElementIsDrawnForCamunda724(Path file) {
    assertThat(ModelerFileChecks.bpmn(file)).as(file.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("dmnFiles")
  void everyDecisionIsDrawnForCamunda724(Path file) {
    assertThat(ModelerFileChecks.dmn(file)).as(file.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void everyFormIsACamunda7Form(Path file) {
    assertThat(ModelerFileChecks.form(file)).as(file.toString()).isEmpty();
  }

  @Test
  void theRepositoryHasModelsToCheck() throws IOException {
    assertThat(bpmnFiles()).isNotEmpty();
    assertThat(dmnFiles()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(formFiles()).hasSizeGreaterThanOrEqualTo(14);
  }

  @Test
  void theChecksFindWhatModelerWouldStumbleOn() {
    assertThat(ModelerFileChecks.bpmn(BROKEN.resolve("missing-layout.bpmn")))
        .containsExactlyInAnyOrder(
            "executionPlatform is not Camunda Platform",
            "executionPlatformVersion is not 7.24.x",
            "Task_Hidden has no diagram layout",
            "Flow_ToHidden has no diagram layout",
            "layout refers to unknown element Task_Ghost");
    assertThat(ModelerFileChecks.dmn(BROKEN.resolve("missing-layout.dmn")))
        .containsExactlyInAnyOrder(
            "executionPlatformVersion is not 7.24.x", "missing-layout has no DMNDI shape");
    assertThat(ModelerFileChecks.form(BROKEN.resolve("no-id.form")))
        .containsExactlyInAnyOrder(
            "no id",
            "executionPlatform is not Camunda Platform",
            "executionPlatformVersion is not 7.24.x");
    assertThat(ModelerFileChecks.form(BROKEN.resolve("not-json.form")))
        .singleElement()
        .asString()
        .startsWith("not valid JSON");
  }

  static Stream<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(folder))) {
      List<Path> list = paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
      return list.stream();
    }
  }
}
