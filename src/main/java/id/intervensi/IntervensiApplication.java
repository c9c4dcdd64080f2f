package id.intervensi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Intervensi: the social-work intervention cycle on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IntervensiApplication {

  public static void main(String[] args) {
    SpringApplication.run(IntervensiApplication.class, args);
  }
}
