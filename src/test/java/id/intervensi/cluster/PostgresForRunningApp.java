package id.intervensi.cluster;

import id.intervensi.durability.TestPostgres;
import id.intervensi.e2e.RunningApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The second pass of the end-to-end tests, on PostgreSQL (pom.xml, profile postgres-tests, which CI
 * turns on): with the system property {@code intervensi.test.database=postgres}, every {@link
 * RunningApp} test runs with the app's postgres profile (application-postgres.yaml) on a fresh
 * PostgreSQL database instead of its in-memory H2. Registered in
 * src/test/resources/META-INF/spring.factories; without the property it changes nothing.
 */
public class PostgresForRunningApp implements ContextCustomizerFactory {

  static final String SWITCH = "intervensi.test.database";

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configurations) {
    boolean wanted =
        "postgres".equals(System.getProperty(SWITCH))
            && AnnotatedElementUtils.hasAnnotation(testClass, RunningApp.class);
    return wanted ? new Customizer() : null;
  }

  /**
   * One for all RunningApp tests (equal instances), so they keep sharing one app as they do on H2.
   */
  record Customizer() implements ContextCustomizer {

    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
      if (!TestPostgres.isConfigured()) {
        throw new IllegalStateException(
            SWITCH + "=postgres needs " + TestPostgres.URL_VARIABLE + " (see .ci/run)");
      }
      ConfigurableEnvironment environment = context.getEnvironment();
      environment.addActiveProfile("postgres");
      // the profile's file goes before RunningApp's inlined H2 URL, which would otherwise win
      try {
        List<PropertySource<?>> profile =
            new YamlPropertySourceLoader()
                .load(
                    "application-postgres.yaml",
                    new ClassPathResource("application-postgres.yaml"));
        profile.forEach(environment.getPropertySources()::addFirst);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      environment
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "intervensi-test-postgres",
                  Map.copyOf(SharedDatabase.INSTANCE.appEnvironment())));
    }
  }

  /** A fresh database for this test JVM, dropped when it ends. */
  private static final class SharedDatabase {
    static final TestPostgres.Database INSTANCE = TestPostgres.createDatabase("e2e");

    static {
      Runtime.getRuntime().addShutdownHook(new Thread(INSTANCE::close));
    }
  }
}
