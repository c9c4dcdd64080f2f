package id.intervensi.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as the app itself, after the app has decided that the user may see or do what
 * they lead to (CaseApiAccess, CaseReaders): the engine's per-user checks would otherwise answer a
 * different question (e.g. hide the tasks of a case from the supervisor reading its case file).
 */
public final class AsSystem {

  private AsSystem() {}

  public static <T> T call(IdentityService identityService, Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  public static void run(IdentityService identityService, Runnable work) {
    call(
        identityService,
        () -> {
          work.run();
          return null;
        });
  }
}
