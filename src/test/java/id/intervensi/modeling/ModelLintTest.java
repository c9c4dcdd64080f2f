package id.intervensi.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The lint rules Camunda Modeler runs on a Camunda 7.24 diagram (bpmnlint "recommended" and
 * camunda-compat's "camunda-platform-7-24", pinned in lint/package.json, configured in
 * lint/.bpmnlintrc) find no error in any BPMN of processes/. bin/test installs lint/node_modules on
 * a fresh clone (npm ci); bpmnlint must run with lint/ as its working folder, or it cannot resolve
 * the plugin.
 */
class ModelLintTest {

  static final Path LINT = Path.of("lint").toAbsolutePath();

  record Result(int exitCode, String output) {}

  static Result bpmnlint(List<Path> files) throws IOException, InterruptedException {
    Path binary = LINT.resolve("node_modules/.bin/bpmnlint");
    assertThat(binary).as("bpmnlint is installed: run bin/test, or `npm ci` in lint/").exists();
    List<String> command = new ArrayList<>(List.of(binary.toString()));
    files.forEach(file -> command.add(file.toAbsolutePath().toString()));
    Process process =
        new ProcessBuilder(command).directory(LINT.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("bpmnlint finished").isTrue();
    return new Result(process.exitValue(), output);
  }

  @Test
  void everyProcessPassesModelersLintRules() throws Exception {
    List<Path> processes = ModelerCompatibilityTest.bpmnFiles().toList();
    assertThat(processes).isNotEmpty();

    Result result = bpmnlint(processes);

    assertThat(result.output()).as("bpmnlint output").doesNotContain("error");
    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void theLintReportsErrorsInABrokenDiagram() throws Exception {
    Result result = bpmnlint(List.of(ModelerCompatibilityTest.BROKEN.resolve("lint-errors.bpmn")));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output())
        .contains("Task_Orphan", "no-disconnected", "end-event-required", "label-required");
  }

  @Test
  void theLintUsesTheCamunda724RulesAndPinnedVersions() throws IOException {
    assertThat(Files.readString(LINT.resolve(".bpmnlintrc")))
        .contains("bpmnlint:recommended", "plugin:camunda-compat/camunda-platform-7-24");
    assertThat(Files.readString(LINT.resolve("package.json")))
        .contains("\"bpmnlint\": \"11.15.0\"", "\"bpmnlint-plugin-camunda-compat\": \"2.61.0\"");
  }
}
