package org.gridgov.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Binds camunda-bpm-assert to the application's engine and resets the clock after each test. */
public abstract class ProcessScenarioSupport {

  @Autowired
  protected ProcessEngine processEngine;

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
