package id.intervensi.modeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * What a manager's {@code camunda:class} would bring: a class on the server's class path that does
 * whatever it likes when the engine instantiates and runs it. Here it leaves the same evidence the
 * hostile expressions aim for (a file, a system property), so a test can prove it never ran.
 */
public class HostileDelegate implements JavaDelegate, ExecutionListener, TaskListener {

  public HostileDelegate() {
    leaveEvidence();
  }

  @Override
  public void execute(DelegateExecution execution) {
    leaveEvidence();
  }

  @Override
  public void notify(DelegateExecution execution) {
    leaveEvidence();
  }

  @Override
  public void notify(DelegateTask task) {
    leaveEvidence();
  }

  private static void leaveEvidence() {
    System.setProperty(HostileModels.PROPERTY, "class");
    try {
      Files.writeString(HostileModels.FILE, "class");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
