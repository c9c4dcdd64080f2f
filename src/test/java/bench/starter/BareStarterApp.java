package bench.starter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The start-up baseline: a Spring Boot app with nothing of its own, run on the app's runtime
 * dependencies (the Camunda starter with REST API and webapps, H2, Flyway, Spin), so that what its
 * start costs is what Spring Boot and Camunda cost. bench/run starts it beside the app's jar.
 */
@SpringBootApplication
public class BareStarterApp {

  public static void main(String[] args) {
    SpringApplication.run(BareStarterApp.class, args);
  }
}
