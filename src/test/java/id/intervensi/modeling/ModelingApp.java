package id.intervensi.modeling;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application as {@code id.intervensi.e2e.RunningApp} runs it, but on a database of its
 * own: these tests deploy new versions of the cycle and its decisions, which must not change what
 * the other end-to-end tests run on. Every test with this annotation shares one running app.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:intervensi-modeling;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
      "camunda.bpm.job-execution.wait-time-in-millis=500",
      "camunda.bpm.job-execution.max-wait=1000"
    })
@ActiveProfiles("demo")
@interface ModelingApp {}
