package org.gridgov.testsupport;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;

/**
 * The coverage bar for a model's scenario test class: every flow node of the models the class
 * exercises, at least 95 % of them visited. Declare it in the test class as
 * {@code @TestConfiguration static class Gate { @Bean @Primary ProcessEngineCoverageProperties coverage()
 * { return CoverageGate.atLeast95Percent("otherProcessKey"); } }}, excluding models that the
 * class only touches (called processes tested elsewhere). {@code @Primary} is required: the
 * coverage configuration registers a default (gate-less) bean as well, and the coverage listener
 * silently falls back to "no gate" when it finds two; {@link ProcessScenarioSupport} checks this.
 */
public final class CoverageGate {

  public static final double MINIMUM = 0.95;

  private CoverageGate() {
  }

  public static ProcessEngineCoverageProperties atLeast95Percent(String... processKeysTestedElsewhere) {
    return ProcessEngineCoverageProperties.builder()
        .assertClassCoverageAtLeast(MINIMUM)
        .excludeProcessDefinitionKeys(processKeysTestedElsewhere)
        .build();
  }
}
