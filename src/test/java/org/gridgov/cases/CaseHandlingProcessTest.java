package org.gridgov.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.gridgov.cases.CaseScenarioSteps.CENTRE;
import static org.gridgov.cases.CaseScenarioSteps.COMMUNITY;
import static org.gridgov.cases.CaseScenarioSteps.GRID;
import static org.gridgov.cases.CaseScenarioSteps.TOWNSHIP;
import static org.gridgov.cases.CaseVariables.Elements.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.gridgov.evaluation.CaseAssessment;
import org.gridgov.evaluation.AssessmentRecord;
import org.gridgov.evaluation.EvaluationService;
import org.gridgov.intake.CaseIntakeService;
import org.gridgov.intake.IntakeReceipt;
import org.gridgov.intake.ResidentReport;
import org.gridgov.notification.NotificationMapper;
import org.gridgov.notification.OutboxEntry;
import org.gridgov.testsupport.CoverageGate;
import org.gridgov.testsupport.ProcessScenarioSupport;
import org.gridgov.testsupport.ProcessScenarioTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Every path of caseHandling (事件全链条处置), one test per path, on the real engine and database.
 * The demo county provides the units: grid 文昌社区第一网格 in 文昌社区, 城关街道, 安澜县.
 */
@ProcessScenarioTest
class CaseHandlingProcessTest extends ProcessScenarioSupport {

  @TestConfiguration
  static class Gate {
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverage() {
      return CoverageGate.atLeast95Percent();
    }
  }

  @Autowired
  CaseIntakeService intake;
  @Autowired
  EvaluationService evaluation;
  @Autowired
  CaseReadModel readModel;
  @Autowired
  CaseAssessment assessment;
  @Autowired
  NotificationMapper outbox;
  @Autowired
  RuntimeService runtime;
  @Autowired
  IdentityService identity;

  CaseScenarioSteps steps;

  @BeforeEach
  void steps() {
    steps = new CaseScenarioSteps(processEngine, intake);
  }

  // ---------------------------------------------------------------- grid: verification and on-site handling

  @Test
  void shouldResolveOnSiteAndCloseWhenResidentIsSatisfied() {
    // Given a resident reports garbage in a grid whose admission list covers it
    IntakeReceipt receipt = steps.report("ENV_GARBAGE", "NORMAL");
    ProcessInstance pi = steps.instance(receipt.caseNo());
    assertThat(receipt.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(receipt.caseNo()).matches("GG-\\d{8}-\\d{6}");

    // Then the grid verifies on site, with the rung's deadline as due date
    assertThat(pi).isWaitingAt(TASK_VERIFY_ON_SITE);
    Task verify = steps.task(pi, TASK_VERIFY_ON_SITE);
    assertThat(verify).hasCandidateGroup(GRID);
    assertThat(verify.getDueDate()).isEqualTo(steps.dateVariable(pi, CaseVariables.RUNG_DUE));
    assertThat(verify.getDescription()).contains(receipt.caseNo()).contains("垃圾堆放清运");

    // When the grid worker handles it on site and the result passes the check
    steps.complete(pi, TASK_VERIFY_ON_SITE, "gridworker1", "rungOutcome", "HANDLE", "rungNote", "确有垃圾堆放");
    assertThat(steps.task(pi, TASK_HANDLE_ON_SITE)).hasCandidateGroup(GRID);
    steps.complete(pi, TASK_HANDLE_ON_SITE, "gridworker1", "rungOutcome", "RESOLVED", "rungNote", "已联系环卫清运完毕");
    assertThat(steps.task(pi, TASK_VERIFY_RESULT)).hasCandidateGroup(GRID);
    assertThat(readModel.get(receipt.caseNo()).getStatus()).isEqualTo(CaseStatus.VERIFYING);
    steps.complete(pi, TASK_VERIFY_RESULT, "gridleader1", "resultCheck", "ACCEPTED");

    // Then the case is closed and the feedback goes out once, after the transaction
    assertThat(readModel.get(receipt.caseNo()).getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(pi).isWaitingAt(TASK_SEND_FEEDBACK);
    steps.runDueJobs(pi);
    assertThat(templates(receipt.caseNo())).containsExactly("CASE_FEEDBACK");
    assertThat(steps.task(pi, TASK_FOLLOW_UP_CALL)).hasCandidateGroup(TOWNSHIP);

    // When the resident rates it 满意 from the phone
    evaluation.evaluate(receipt.caseNo(), "SATISFIED", "很及时");

    // Then the case ends evaluated with its assessment record
    assertThat(pi).hasPassedInOrder(TASK_REGISTER_CASE, TASK_LOCATE_GRID, TASK_CHECK_DUPLICATE, TASK_ROUTE_CASE,
        TASK_CHECK_ADMISSION, TASK_ENTER_RUNG, TASK_VERIFY_ON_SITE, TASK_HANDLE_ON_SITE, TASK_VERIFY_RESULT,
        TASK_CLOSE_CASE, TASK_SEND_FEEDBACK, BOUNDARY_RESIDENT_EVALUATION, TASK_RECORD_EVALUATION,
        TASK_RECORD_ASSESSMENT, END_CASE_CLOSED);
    assertThat(pi).isEnded();
    CaseRecord closed = readModel.get(receipt.caseNo());
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.EVALUATED);
    assertThat(closed.getSatisfaction()).isEqualTo(Satisfaction.SATISFIED);
    assertThat(closed.getEvaluationComment()).isEqualTo("很及时");
    assertThat(closed.getFirstResponseAt()).isNotNull();
    AssessmentRecord record = assessment.of(receipt.caseNo()).orElseThrow();
    assertThat(record.outcome()).isEqualTo(AssessmentRecord.RESOLVED);
    assertThat(record.resolvedRung()).isEqualTo("GRID");
    assertThat(record.satisfaction()).isEqualTo("SATISFIED");
    assertThat(record.respondedOnTime()).isTrue();
    assertThat(record.closedOnTime()).isTrue();
    assertThat(record.escalated()).isFalse();
    assertThat(readModel.timeline(receipt.caseNo())).extracting(CaseEvent::getEventType)
        .contains("REPORTED", "ROUTED", "RUNG_ENTERED", "CLOSED", "FEEDBACK_SENT", "EVALUATED", "ASSESSED");
  }

  @Test
  void shouldKeepTextsOutOfTheProcessVariables() {
    ProcessInstance pi = steps.reportAndGetInstance("ENV_GARBAGE", "NORMAL");

    steps.complete(pi, TASK_VERIFY_ON_SITE, "gridworker1", "rungOutcome", "HANDLE", "rungNote", "确有垃圾堆放");

    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("rungNote", "description", "addressText")
        .containsKeys("caseNo", "categoryCode", "urgency", "gridId", "escalated");
  }

  @Test
  void shouldRejectInvalidReportAfterVerification() {
    IntakeReceipt receipt = steps.report("ENV_GARBAGE", "NORMAL");
    ProcessInstance pi = steps.instance(receipt.caseNo());

    steps.complete(pi, TASK_VERIFY_ON_SITE, "gridworker1", "rungOutcome", "INVALID", "rungNote", "现场没有垃圾，已清理干净");
    steps.runDueJobs(pi);

    assertThat(pi).hasPassed(TASK_REJECT_CASE, TASK_NOTIFY_REJECTION, END_CASE_REJECTED);
    assertThat(pi).isEnded();
    assertThat(readModel.get(receipt.caseNo()).getStatus()).isEqualTo(CaseStatus.REJECTED);
    assertThat(templates(receipt.caseNo())).containsExactly("CASE_REJECTED");
    assertThat(assessment.of(receipt.caseNo()).orElseThrow().outcome()).isEqualTo(AssessmentRecord.REJECTED);
  }

  @Test
  void shouldMergeDuplicateReportIntoOpenCase() {
    // Given an open case at a place
    double lat = 34.1805 + Math.random() * 0.007;
    double lng = 115.5205 + Math.random() * 0.011;
    IntakeReceipt master = intake.report(new ResidentReport("ENV_STREET", "NORMAL", "路面很脏", null,
        java.math.BigDecimal.valueOf(lat), java.math.BigDecimal.valueOf(lng), null, "13900001111", "APP", null));

    // When another resident reports the same matter 20 m away
    IntakeReceipt duplicate = intake.report(new ResidentReport("ENV_STREET", "NORMAL", "这条路没人扫", null,
        java.math.BigDecimal.valueOf(lat + 0.00018), java.math.BigDecimal.valueOf(lng), null, "13900002222", "APP",
        null));

    // Then the second report is merged and its reporter told the master case number
    assertThat(duplicate.status()).isEqualTo(CaseStatus.MERGED);
    assertThat(duplicate.masterCaseNo()).isEqualTo(master.caseNo());
    ProcessInstance pi = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(duplicate.caseNo()).singleResult() == null ? null
        : steps.instance(duplicate.caseNo());
    assertThat(pi).isNotNull();
    steps.runDueJobs(pi);
    assertThat(pi).hasPassed(TASK_MERGE_INTO_MASTER, TASK_NOTIFY_MERGED, END_CASE_MERGED).isEnded();
    List<OutboxEntry> told = outbox.findByReference(duplicate.caseNo());
    assertThat(told).singleElement().satisfies(n -> assertThat(n.getContent()).contains(master.caseNo()));
    assertThat(readModel.timeline(master.caseNo())).extracting(CaseEvent::getDetail)
        .anySatisfy(d -> assertThat(d).contains(duplicate.caseNo()));
  }

  private List<String> templates(String caseNo) {
    return outbox.findByReference(caseNo).stream().map(OutboxEntry::getTemplateCode).toList();
  }
}
