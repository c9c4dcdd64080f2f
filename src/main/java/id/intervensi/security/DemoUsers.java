package id.intervensi.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the demo users of application-demo.yaml, created on first start, one per role
 * or more.
 */
@Component
@Profile("demo")
@Order(20)
public class DemoUsers implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identityService;
  private final Settings settings;

  public DemoUsers(IdentityService identityService, Settings settings) {
    this.identityService = identityService;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DemoUser demo : settings.users()) {
      if (identityService.createUserQuery().userId(demo.id()).singleResult() != null) {
        continue;
      }
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.email());
      user.setPassword(settings.password());
      identityService.saveUser(user);
      demo.groups().forEach(group -> identityService.createMembership(demo.id(), group));
      LOG.info("Demo user {} ({}) created", demo.id(), demo.groups());
    }
  }

  /** {@code intervensi.demo.*}: the shared demo password and the users. */
  @ConfigurationProperties("intervensi.demo")
  public record Settings(String password, List<DemoUser> users) {
    public Settings {
      users = users == null ? List.of() : users;
    }
  }

  public record DemoUser(
      String id, String firstName, String lastName, String email, List<String> groups) {}
}
