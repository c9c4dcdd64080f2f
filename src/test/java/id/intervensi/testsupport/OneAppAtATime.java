package id.intervensi.testsupport;

import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Lets every test class of one kind of app share one running app in one JVM, and never two kinds at
 * once. Camunda registers its engine "default" JVM-wide (the REST API and the webapps look it up by
 * that name), so two apps alive together would answer each other's requests. Before a test class
 * needs an app other than the one the previous class used, this closes the previous one (before the
 * new one starts, which Spring's own cache eviction would not do). {@link TestClassOrder} runs the
 * classes of one kind together, so each kind starts once. Registered in META-INF/spring.factories.
 */
public class OneAppAtATime implements TestExecutionListener, Ordered {

  private static TestContext previous;
  private static MergedContextConfiguration previousConfiguration;

  @Override
  public void beforeTestClass(TestContext testContext) {
    switchTo(testContext);
  }

  /**
   * Also here: with {@code @TestInstance(PER_CLASS)} the test instance, and with it the app, is
   * prepared before {@link #beforeTestClass}; this listener runs before the one that loads the app.
   */
  @Override
  public void prepareTestInstance(TestContext testContext) {
    switchTo(testContext);
  }

  private static void switchTo(TestContext testContext) {
    MergedContextConfiguration configuration =
        BootstrapUtils.resolveTestContextBootstrapper(testContext.getTestClass())
            .buildMergedContextConfiguration();
    synchronized (OneAppAtATime.class) {
      if (previous != null
          && !configuration.equals(previousConfiguration)
          && previous.hasApplicationContext()) {
        previous.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
      }
      previous = testContext;
      previousConfiguration = configuration;
    }
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
