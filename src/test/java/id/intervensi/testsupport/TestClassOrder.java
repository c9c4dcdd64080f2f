package id.intervensi.testsupport;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.BootstrapUtils;

/**
 * Runs test classes that share an app together (see {@link OneAppAtATime}): plain tests first, then
 * one group per kind of Spring app, the browser tests last within theirs. Set as JUnit's default
 * class order in junit-platform.properties. It matters where many classes run in one JVM (an IDE
 * running a package, a single-fork pass); Maven's two forks get one class at a time, in
 * alphabetical order (pom.xml), which keeps the classes of one kind of app mostly together there.
 */
public class TestClassOrder implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparing(TestClassOrder::usesSpring)
                .thenComparing(TestClassOrder::app)
                .thenComparing(
                    descriptor -> descriptor.getTestClass().getSimpleName().endsWith("BrowserTest"))
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
  }

  private static boolean usesSpring(ClassDescriptor descriptor) {
    return AnnotatedElementUtils.hasAnnotation(descriptor.getTestClass(), SpringBootTest.class);
  }

  /**
   * Equal for classes that share an app: the hash of Spring's cache key for their configuration.
   */
  private static int app(ClassDescriptor descriptor) {
    return usesSpring(descriptor)
        ? BootstrapUtils.resolveTestContextBootstrapper(descriptor.getTestClass())
            .buildMergedContextConfiguration()
            .hashCode()
        : 0;
  }
}
