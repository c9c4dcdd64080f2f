package id.intervensi.cycle;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The process test class fails unless it covers every flow node and sequence flow of the cycle. */
@TestConfiguration
class FullCoverageRequired {

  @Bean
  ProcessEngineCoverageProperties coverageProperties() {
    return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0).build();
  }
}
