package id.intervensi.security;

import id.intervensi.EngineHooks;
import java.util.Arrays;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Production profile: the engine does not start (and with it the app) unless the administrator's
 * password came from the environment and is not a demo one, the demo profile is not active too, and
 * the JVM does not run as root (whatever got past every other guard would own the machine; README
 * "Running in production" shows the unprivileged service user; set {@code
 * intervensi.allow-root=true} only where root is a container's unprivileged default). Runs as an
 * engine plugin because the starter creates the administrator while building the engine: checking
 * any later would leave an administrator with an empty password behind.
 */
@Component
@Order(EngineHooks.PRODUCTION_SETTINGS)
@Profile("prod")
class ProductionSettingsCheck extends AbstractProcessEnginePlugin {

  static final int MIN_PASSWORD_LENGTH = 12;
  private static final Set<String> DEMO_PASSWORDS = Set.of("admin", "demo", "password", "changeit");

  private final Environment environment;

  ProductionSettingsCheck(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
      throw new IllegalStateException(
          "The prod profile cannot run together with the demo profile (demo users).");
    }
    if ("root".equals(System.getProperty("user.name"))
        && !environment.getProperty("intervensi.allow-root", Boolean.class, false)) {
      throw new IllegalStateException(
          "The prod profile does not run as root: start the app as an unprivileged "
              + "user (see README, Running in production), or set intervensi.allow-root=true if you must.");
    }
    String password = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (password.isBlank()
        || password.length() < MIN_PASSWORD_LENGTH
        || DEMO_PASSWORDS.contains(password.toLowerCase())) {
      throw new IllegalStateException(
          "Set INTERVENSI_ADMIN_PASSWORD (at least "
              + MIN_PASSWORD_LENGTH
              + " characters, not a demo password) to start with the prod profile.");
    }
  }
}
