package org.gridgov.evaluation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gridgov.cases.CaseScenarioSteps;
import org.gridgov.cases.CaseVariables.Elements;
import org.gridgov.evaluation.EvaluationRejectedException.Reason;
import org.gridgov.intake.CaseIntakeService;
import org.gridgov.testsupport.GridGovSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 评价 through the service the resident API calls: every refusal is clear and changes nothing. */
@GridGovSpringTest
class EvaluationServiceTest {

  @Autowired
  EvaluationService evaluation;
  @Autowired
  CaseIntakeService intake;
  @Autowired
  ProcessEngine engine;

  @Test
  void refusesAnUnknownCase() {
    assertThatThrownBy(() -> evaluation.evaluate("GG-19990101-000001", "SATISFIED", null))
        .isInstanceOfSatisfying(EvaluationRejectedException.class, e -> reason(e, Reason.UNKNOWN_CASE))
        .hasMessageContaining("案件不存在");
  }

  @Test
  void refusesARatingThatIsNotOneOfTheThree() {
    String caseNo = new CaseScenarioSteps(engine, intake).report("ENV_GARBAGE", "NORMAL").caseNo();
    assertThatThrownBy(() -> evaluation.evaluate(caseNo, "UNEVALUATED", null))
        .isInstanceOfSatisfying(EvaluationRejectedException.class, e -> reason(e, Reason.INVALID_RATING));
  }

  @Test
  void refusesACaseThatIsStillBeingHandled() {
    String caseNo = new CaseScenarioSteps(engine, intake).report("ENV_GARBAGE", "NORMAL").caseNo();
    assertThatThrownBy(() -> evaluation.evaluate(caseNo, "SATISFIED", null))
        .isInstanceOfSatisfying(EvaluationRejectedException.class, e -> reason(e, Reason.NOT_AWAITING_EVALUATION))
        .hasMessageContaining("不在待评价阶段");
  }

  @Test
  void refusesASecondEvaluation() {
    CaseScenarioSteps steps = new CaseScenarioSteps(engine, intake);
    ProcessInstance pi = steps.reportAndGetInstance("ENV_GARBAGE", "NORMAL");
    steps.complete(pi, Elements.TASK_VERIFY_ON_SITE, "gridworker1", "rungOutcome", "HANDLE");
    steps.complete(pi, Elements.TASK_HANDLE_ON_SITE, "gridworker1", "rungOutcome", "RESOLVED", "rungNote", "已清运");
    steps.complete(pi, Elements.TASK_VERIFY_RESULT, "gridleader1", "resultCheck", "ACCEPTED");
    steps.runDueJobs(pi);
    evaluation.evaluate(pi.getBusinessKey(), "SATISFIED", null);

    assertThatThrownBy(() -> evaluation.evaluate(pi.getBusinessKey(), "UNSATISFIED", null))
        .isInstanceOfSatisfying(EvaluationRejectedException.class, e -> reason(e, Reason.ALREADY_EVALUATED))
        .hasMessageContaining("已评价");
  }

  private static void reason(EvaluationRejectedException e, Reason expected) {
    org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo(expected);
  }
}
