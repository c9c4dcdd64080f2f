package id.intervensi.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.camunda.bpm.engine.impl.AbstractNativeQuery;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.webapp.impl.db.QueryServiceImpl;
import org.junit.jupiter.api.Test;

/**
 * The gate's table knows every command of the Camunda jars the app runs (a Camunda upgrade that
 * adds one fails here, not in production, where the gate would refuse it), names only classes that
 * exist, and holds the decisions docs/roles.md states.
 */
class EngineCommandsTest {

  final EngineCommands table = EngineCommands.load();

  @Test
  void everyCommandOfTheEngineAndTheWebappsIsClassified() throws Exception {
    Set<String> unclassified = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter().importJars(jarOf(Command.class), jarOf(QueryServiceImpl.class))) {
      if (type.isAssignableTo(Command.class)
          && !type.isInterface()
          && !type.getModifiers().contains(JavaModifier.ABSTRACT)
          && !type.isAssignableTo(AbstractQuery.class)
          && !type.isAssignableTo(AbstractNativeQuery.class)
          && !table.all().containsKey(type.getName())) {
        unclassified.add(type.getName());
      }
    }
    assertThat(unclassified).as("commands missing from " + EngineCommands.TABLE).isEmpty();
  }

  @Test
  void everyRowNamesACommandClass() throws ClassNotFoundException {
    for (String name : table.all().keySet()) {
      Class<?> type = Class.forName(name, false, getClass().getClassLoader());
      assertThat(Command.class.isAssignableFrom(type)).as(name).isTrue();
    }
  }

  @Test
  void caseDataReachesACaseOnlyThroughItsForms() {
    assertThat(kind(SubmitTaskFormCmd.class)).isEqualTo(CommandKind.FORM);
    assertThat(kind(CompleteTaskCmd.class)).isEqualTo(CommandKind.FORM);
    assertThat(kind(SubmitStartFormCmd.class)).isEqualTo(CommandKind.FORM);
    for (Class<?> write :
        Set.of(
            SetTaskVariablesCmd.class,
            RemoveTaskVariablesCmd.class,
            SetExecutionVariablesCmd.class,
            PatchExecutionVariablesCmd.class)) {
      assertThat(kind(write)).as(write.getSimpleName()).isEqualTo(CommandKind.CASE_DATA);
    }
    // ResolveTaskCmd extends CompleteTaskCmd: the table matches exact classes
    for (Class<?> refused :
        Set.of(
            ResolveTaskCmd.class,
            DelegateTaskCmd.class,
            CorrelateMessageCmd.class,
            SignalEventReceivedCmd.class)) {
      assertThat(kind(refused)).as(refused.getSimpleName()).isEqualTo(CommandKind.REFUSED);
    }
    assertThat(kind(ClaimTaskCmd.class)).isEqualTo(CommandKind.TASK);
  }

  @Test
  void aCommandTheTableDoesNotKnowHasNoKind() {
    Command<Void> unknown = context -> null;
    assertThat(table.kindOf(unknown)).isEmpty();
  }

  private CommandKind kind(Class<?> type) {
    return table.all().get(type.getName());
  }

  private static JarFile jarOf(Class<?> type) throws URISyntaxException, IOException {
    return new JarFile(
        Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile());
  }
}
