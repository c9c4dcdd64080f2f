package id.intervensi.modeling;

import id.intervensi.refusal.Refusal;
import id.intervensi.security.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moves running cases to the newest version of a process, after a manager deployed one.
 *
 * <p>{@code POST /api/migrations/{processDefinitionKey}?dryRun=true|false}, e.g. {@code POST
 * /api/migrations/intervention-cycle?dryRun=true}. HTTP basic login as a member of the group {@code
 * managers}; anyone else gets 403. {@code dryRun} defaults to true.
 *
 * <ul>
 *   <li>Dry run: changes nothing. Lists every running case on an older version (case number,
 *       process instance id, its version), whether it would move and, if not, why (in Bahasa
 *       Indonesia; e.g. it waits at a task the new version no longer has).
 *   <li>Real run ({@code dryRun=false}): the same report, and one Camunda batch per older version
 *       that moves the movable cases asynchronously; cases that cannot move stay where they are.
 *       The batch and the user operation log record the manager who started it.
 * </ul>
 *
 * <p>Answers 200 with a {@link MigrationReport}; 404 for an unknown process.
 */
@RestController
class CaseMigrationController {

  private final CaseMigration migration;
  private final IdentityService identityService;

  CaseMigrationController(CaseMigration migration, IdentityService identityService) {
    this.migration = migration;
    this.identityService = identityService;
  }

  @PostMapping("/api/migrations/{processDefinitionKey}")
  MigrationReport migrate(
      @PathVariable String processDefinitionKey,
      @RequestParam(defaultValue = "true") boolean dryRun) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null
        || user.getGroupIds() == null
        || !user.getGroupIds().contains(Groups.MANAGERS)) {
      throw Refusal.notAllowed(
          "Hanya manajer yang boleh memindahkan kasus ke versi proses yang baru.");
    }
    return migration.migrateToNewest(processDefinitionKey, dryRun);
  }
}
