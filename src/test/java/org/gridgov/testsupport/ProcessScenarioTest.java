package org.gridgov.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A scenario test of one BPMN model: the whole application plus flow-node coverage recording
 * (reports under {@code target/process-test-coverage/}). The class's coverage gate comes from a
 * {@code ProcessEngineCoverageProperties} bean, see {@link CoverageGate}. Extend
 * {@link ProcessScenarioSupport} for camunda-bpm-assert.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GridGovSpringTest
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessScenarioTest {
}
