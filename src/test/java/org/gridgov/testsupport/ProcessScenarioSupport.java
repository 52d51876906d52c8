package org.gridgov.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Binds camunda-bpm-assert to the application's engine, resets the clock after each test and
 * makes sure the class declares its coverage gate (see {@link CoverageGate}).
 */
public abstract class ProcessScenarioSupport {

  @Autowired
  protected ProcessEngine processEngine;

  @Autowired
  private ApplicationContext context;

  /** The coverage listener ignores a gate it cannot find as the single bean of its type: fail loudly instead. */
  @BeforeEach
  void requireCoverageGate() {
    ProcessEngineCoverageProperties gate;
    try {
      gate = context.getBean(ProcessEngineCoverageProperties.class);
    } catch (NoSuchBeanDefinitionException e) {
      throw new IllegalStateException("declare the class's coverage gate as a @Primary bean, see CoverageGate", e);
    }
    if (gate.getClassCoverageAssertionConditions().isEmpty()) {
      throw new IllegalStateException("the coverage gate asserts nothing: declare it with CoverageGate, see its javadoc");
    }
  }

  @BeforeEach
  void bindAssertionsToEngine() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }
}
