package id.intervensi.groupwork;

import id.intervensi.cycle.InterventionCycle;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The group-session test class fails unless it covers every flow node and sequence flow of
 * group-session; the cycle it reports into is covered by InterventionCycleProcessTest.
 */
@TestConfiguration
class GroupSessionCoverageRequired {

  @Bean
  ProcessEngineCoverageProperties coverageProperties() {
    return ProcessEngineCoverageProperties.builder()
        .assertClassCoverageAtLeast(1.0)
        .excludeProcessDefinitionKeys(InterventionCycle.PROCESS_ID)
        .build();
  }
}
