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
      return CoverageGate.atLeast95Percent("emergencyResponse");
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

  @Test
  void shouldReworkOnSiteHandlingWhenCheckFails() {
    ProcessInstance pi = steps.reportAndGetInstance("ENV_GARBAGE", "NORMAL");
    steps.complete(pi, TASK_VERIFY_ON_SITE, "gridworker1", "rungOutcome", "HANDLE");
    steps.complete(pi, TASK_HANDLE_ON_SITE, "gridworker1", "rungOutcome", "RESOLVED", "rungNote", "已清运");

    // When the check finds the garbage is still there
    steps.complete(pi, TASK_VERIFY_RESULT, "gridleader1", "resultCheck", "REWORK", "checkNote", "墙角还有一堆");

    // Then the grid handles it again on site, without verifying the report a second time
    assertThat(pi).isWaitingAt(TASK_HANDLE_ON_SITE);
    assertThat(steps.tasks(pi, TASK_VERIFY_ON_SITE)).isEmpty();
    steps.complete(pi, TASK_HANDLE_ON_SITE, "gridworker1", "rungOutcome", "RESOLVED", "rungNote", "全部清运完毕");
    steps.complete(pi, TASK_VERIFY_RESULT, "gridleader1", "resultCheck", "ACCEPTED");
    assertThat(pi).hasPassed(TASK_START_REWORK, TASK_CLOSE_CASE);
    assertThat(readModel.get(caseNo(pi)).getReworkCount()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- the escalation ladder

  @Test
  void shouldEscalateToCommunityWhenGridWorkerReportsUpwards() {
    ProcessInstance pi = steps.reportAndGetInstance("ENV_GARBAGE", "NORMAL");
    assertThat(steps.variable(pi, CaseVariables.ESCALATED)).isEqualTo(false);

    steps.complete(pi, TASK_VERIFY_ON_SITE, "gridworker1", "rungOutcome", "ESCALATE", "rungNote", "需社区协调物业公司");

    assertThat(pi).isWaitingAt(TASK_RESOLVE_AT_RUNG);
    Task community = steps.task(pi, TASK_RESOLVE_AT_RUNG);
    assertThat(community).hasCandidateGroup(COMMUNITY);
    assertThat(community.getDueDate()).isEqualTo(steps.dateVariable(pi, CaseVariables.RUNG_DUE));
    assertThat(steps.variable(pi, CaseVariables.ESCALATED)).isEqualTo(true);
    assertThat(readModel.get(caseNo(pi)).isEscalated()).isTrue();

    // When the community resolves it and the grid checks the result, the reporter rates by phone
    steps.complete(pi, TASK_RESOLVE_AT_RUNG, "community1", "rungOutcome", "RESOLVED", "rungNote", "物业已安排清运");
    steps.complete(pi, TASK_VERIFY_RESULT, "gridworker1", "resultCheck", "ACCEPTED", "checkNote", "已清理");
    steps.runDueJobs(pi);
    steps.complete(pi, TASK_FOLLOW_UP_CALL, "dispatcher1", "satisfaction", "BASICALLY_SATISFIED");

    assertThat(pi).isEnded();
    AssessmentRecord record = assessment.of(caseNo(pi)).orElseThrow();
    assertThat(record.resolvedRung()).isEqualTo("COMMUNITY");
    assertThat(record.escalated()).isTrue();
    assertThat(record.satisfaction()).isEqualTo("BASICALLY_SATISFIED");
  }

  @Test
  void shouldEscalateToTownshipWhenCommunityMissesDeadlineAndOnUpToTheDepartments() {
    ProcessInstance pi = steps.reportAndGetInstance("ENV_AD", "URGENT");

    // grid misses its deadline
    steps.fireTimer(pi, BOUNDARY_RUNG_DEADLINE);
    assertThat(steps.task(pi, TASK_RESOLVE_AT_RUNG)).hasCandidateGroup(COMMUNITY);
    assertThat(steps.variable(pi, CaseVariables.ESCALATED)).isEqualTo(true);

    // community misses its deadline
    steps.fireTimer(pi, BOUNDARY_RUNG_DEADLINE);
    assertThat(steps.task(pi, TASK_RESOLVE_AT_RUNG)).hasCandidateGroup(TOWNSHIP);

    // township misses its deadline
    steps.fireTimer(pi, BOUNDARY_RUNG_DEADLINE);
    assertThat(steps.task(pi, TASK_RESOLVE_AT_RUNG)).hasCandidateGroup(CENTRE);

    // the county centre misses its deadline: the departments take it, dispatched by the centre
    steps.fireTimer(pi, BOUNDARY_RUNG_DEADLINE);
    assertThat(pi).isWaitingAt(TASK_DISPATCH);
    Task dispatch = steps.task(pi, TASK_DISPATCH);
    assertThat(dispatch).hasCandidateGroup(CENTRE);
    assertThat(dispatch.getDueDate()).isAfter(Date.from(CaseScenarioSteps.now()));
    assertThat(readModel.timeline(caseNo(pi))).filteredOn(e -> e.getEventType().equals("ESCALATED")).hasSize(4);
    assertThat(steps.variable(pi, CaseVariables.ESCALATED)).isEqualTo(true);
  }

  @Test
  void shouldRemindTheRungAtHalfAndEightyPercentOfItsDeadline() {
    ProcessInstance pi = steps.reportAndGetInstance("ENV_GARBAGE", "NORMAL");

    steps.fireTimer(pi, BOUNDARY_RUNG_FIRST_REMINDER);
    steps.runDueJobs(pi);
    steps.fireTimer(pi, BOUNDARY_RUNG_SECOND_REMINDER);
    steps.runDueJobs(pi);

    assertThat(pi).isWaitingAt(TASK_VERIFY_ON_SITE);
    List<OutboxEntry> reminders = outbox.findByReference(caseNo(pi)).stream()
        .filter(n -> n.getTemplateCode().equals("CASE_REMINDER")).toList();
    assertThat(reminders).extracting(OutboxEntry::getRecipientRef).contains("gridworker1", "gridleader1");
    assertThat(reminders).anySatisfy(n -> assertThat(n.getContent()).contains("已过半"));
    assertThat(reminders).anySatisfy(n -> assertThat(n.getContent()).contains("即将到期"));
    assertThat(steps.variable(pi, CaseVariables.ESCALATED)).isEqualTo(false);
  }

  @Test
  void shouldDispatchFromTheTownshipRung() {
    ProcessInstance pi = steps.reportAndGetInstance("ENV_GARBAGE", "NORMAL");
    steps.complete(pi, TASK_VERIFY_ON_SITE, "gridworker1", "rungOutcome", "ESCALATE", "rungNote", "数量太大");

    // a community cannot dispatch departments
    Task community = steps.task(pi, TASK_RESOLVE_AT_RUNG);
    assertThatThrownBy(() -> steps.complete(community, "community1", "rungOutcome", "DISPATCH", "rungNote", "请城管处理"))
        .hasRootCauseInstanceOf(InvalidTaskInputException.class).hasMessageContaining("只有乡镇(街道)和县社会治理中心可以派遣");
    steps.complete(pi, TASK_RESOLVE_AT_RUNG, "community1", "rungOutcome", "ESCALATE", "rungNote", "需街道协调");

    steps.complete(pi, TASK_RESOLVE_AT_RUNG, "township1", "rungOutcome", "DISPATCH", "rungNote", "派城管局清运");

    assertThat(pi).isWaitingAt(TASK_DISPATCH);
    assertThat(steps.task(pi, TASK_DISPATCH)).hasCandidateGroup(TOWNSHIP);
  }

  // ---------------------------------------------------------------- admission list, emergency

  @Test
  void shouldDispatchDirectlyWhenMatterIsNotOnTheAdmissionList() {
    // 占道经营 is grid-level work in routing but not on the admission list
    ProcessInstance pi = steps.reportAndGetInstance("ENV_STALL", "NORMAL");

    assertThat(pi).isWaitingAt(TASK_DISPATCH);
    assertThat(pi).hasNotPassed(TASK_ENTER_RUNG);
    assertThat(steps.task(pi, TASK_DISPATCH)).hasCandidateGroup(TOWNSHIP);
    assertThat(readModel.timeline(caseNo(pi))).extracting(CaseEvent::getDetail)
        .anySatisfy(d -> assertThat(d).contains("不在网格事项准入清单内"));
  }

  @Test
  void shouldSendAnEmergencyStraightToTheCountyCentre() {
    ProcessInstance pi = steps.reportAndGetInstance("UTIL_GAS", "CRITICAL");

    assertThat(pi).isWaitingAt(TASK_START_EMERGENCY_RESPONSE);
    steps.runDueJobs(pi);

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("emergencyResponse")
        .processInstanceBusinessKey(caseNo(pi)).singleResult()).isNotNull();
    assertThat(pi).isWaitingAt(TASK_DISPATCH);
    assertThat(steps.task(pi, TASK_DISPATCH)).hasCandidateGroup(CENTRE);
    assertThat(steps.variable(pi, CaseVariables.EMERGENCY)).isEqualTo(true);
    assertThat(pi).hasNotPassed(TASK_CHECK_ADMISSION);
    assertThat(readModel.get(caseNo(pi)).isEmergency()).isTrue();
  }

  // ---------------------------------------------------------------- dispatch and co-handling

  @Test
  void shouldCoHandleWithLeadAndCoDepartmentsAndCloseWhenResidentIsSatisfied() {
    ProcessInstance pi = steps.reportAndGetInstance("POLLUTE_NOISE", "NORMAL");
    assertThat(steps.task(pi, TASK_DISPATCH)).hasCandidateGroup(TOWNSHIP);

    dispatch(pi, "dept-sthj", "dept-cgj");

    List<Task> departments = steps.tasks(pi, TASK_HANDLE_BY_DEPARTMENT);
    assertThat(departments).hasSize(2);
    assertThat(departments).allSatisfy(t -> assertThat(t.getDueDate())
        .isEqualTo(steps.dateVariable(pi, CaseVariables.RESOLVE_DUE)));
    assertThat(departments.stream().map(t -> processEngine.getTaskService().getIdentityLinksForTask(t.getId())
        .get(0).getGroupId())).containsExactlyInAnyOrder("dept-sthj", "dept-cgj");
    assertThat(readModel.get(caseNo(pi)).getStatus()).isEqualTo(CaseStatus.DISPATCHED);
    for (Task department : departments) {
      steps.complete(department, "dept1", "departmentOutcome", "RESULT", "departmentNote", "已约谈工地，夜间停工");
    }

    assertThat(steps.task(pi, TASK_CONSOLIDATE_REPLY)).hasCandidateGroup("dept-sthj");
    assertThat(steps.task(pi, TASK_CONSOLIDATE_REPLY).getDescription()).contains("已约谈工地，夜间停工")
        .doesNotContain("王大妈").doesNotContain("13800001234");
    steps.complete(pi, TASK_CONSOLIDATE_REPLY, "dept3", "reply", "经查工地夜间施工，已责令停工并处罚款。");
    steps.complete(pi, TASK_VERIFY_RESULT, "gridworker1", "resultCheck", "ACCEPTED");
    steps.runDueJobs(pi);
    steps.complete(pi, TASK_FOLLOW_UP_CALL, "dispatcher1", "satisfaction", "SATISFIED", "followUpNote", "晚上安静了");

    assertThat(pi).isEnded();
    CaseRecord record = readModel.get(caseNo(pi));
    assertThat(record.getReply()).contains("责令停工");
    assertThat(record.getLeadDepartmentId()).isEqualTo("dept-sthj");
    assertThat(record.getSatisfaction()).isEqualTo(Satisfaction.SATISFIED);
    assertThat(outbox.findByReference(caseNo(pi))).anySatisfy(n -> assertThat(n.getContent()).contains("责令停工"));
    assertThat(assessment.of(caseNo(pi)).orElseThrow().resolvedRung()).isEqualTo("DEPARTMENT");
  }

  @Test
  void shouldSendAReturnedDispatchBackToTheDispatcher() {
    ProcessInstance pi = steps.reportAndGetInstance("POLLUTE_NOISE", "NORMAL");
    dispatch(pi, "dept-cgj");

    steps.complete(pi, TASK_HANDLE_BY_DEPARTMENT, "dept1", "departmentOutcome", "RETURN",
        "departmentNote", "噪声污染归生态环境分局管");

    assertThat(pi).isWaitingAt(TASK_DISPATCH);
    assertThat(pi).hasPassed(BOUNDARY_DISPATCH_RETURNED, TASK_RECORD_DISPATCH);
    assertThat(steps.variable(pi, CaseVariables.BOUNCE_COUNT)).isEqualTo(1);
    assertThat(readModel.get(caseNo(pi)).getBounceCount()).isEqualTo(1);
    assertThat(readModel.get(caseNo(pi)).getStatus()).isEqualTo(CaseStatus.ACCEPTED);
  }

  @Test
  void shouldLetTheCountyCentreRuleWhenReturnsReachTheCap() {
    ProcessInstance pi = steps.reportAndGetInstance("POLLUTE_NOISE", "NORMAL");
    Date resolveDue = steps.dateVariable(pi, CaseVariables.RESOLVE_DUE);
    dispatch(pi, "dept-cgj");
    steps.complete(pi, TASK_HANDLE_BY_DEPARTMENT, "dept1", "departmentOutcome", "RETURN", "departmentNote", "不归城管管");
    dispatch(pi, "dept-gaj");
    steps.complete(pi, TASK_HANDLE_BY_DEPARTMENT, "dept5", "departmentOutcome", "RETURN", "departmentNote", "不归公安管");

    // Then the centre rules, and the clock kept running
    assertThat(pi).isWaitingAt(TASK_RULE_ON_RETURN);
    assertThat(steps.task(pi, TASK_RULE_ON_RETURN)).hasCandidateGroup(CENTRE);
    steps.complete(pi, TASK_RULE_ON_RETURN, "county1", "leadDepartmentId", "dept-sthj",
        "coDepartmentIds", SpinValues.jsonValue("[]").create(), "dispatchNote", "噪声扰民由生态环境分局主办");
    assertThat(steps.dateVariable(pi, CaseVariables.RESOLVE_DUE)).isEqualTo(resolveDue);

    // and the department can no longer return it
    Task department = steps.task(pi, TASK_HANDLE_BY_DEPARTMENT);
    assertThatThrownBy(() -> steps.complete(department, "dept3", "departmentOutcome", "RETURN",
        "departmentNote", "还是不归我们")).hasRootCauseInstanceOf(InvalidTaskInputException.class).hasMessageContaining("不能再退单");
    assertThat(pi).isWaitingAt(TASK_HANDLE_BY_DEPARTMENT);
    assertThat(readModel.get(caseNo(pi)).getBounceCount()).isEqualTo(2);
  }

  @Test
  void shouldExtendTheDepartmentDeadlineWhenTheDispatcherApproves() {
    ProcessInstance pi = steps.reportAndGetInstance("POLLUTE_NOISE", "NORMAL");
    dispatch(pi, "dept-sthj");
    LocalDate until = EngineTime.toLocal(steps.dateVariable(pi, CaseVariables.RESOLVE_DUE)).toLocalDate().plusDays(5);

    steps.complete(pi, TASK_HANDLE_BY_DEPARTMENT, "dept3", "departmentOutcome", "EXTEND",
        "requestedDate", until.toString(), "departmentNote", "需要第三方检测报告");
    assertThat(steps.task(pi, TASK_REVIEW_EXTENSION)).hasCandidateGroup(TOWNSHIP);
    steps.complete(pi, TASK_REVIEW_EXTENSION, "dispatcher1", "extensionDecision", "APPROVED");

    Task department = steps.task(pi, TASK_HANDLE_BY_DEPARTMENT);
    assertThat(EngineTime.toLocal(department.getDueDate()).toLocalDate()).isEqualTo(until);
    assertThat(EngineTime.toLocal(steps.dateVariable(pi, CaseVariables.RESOLVE_DUE)).toLocalDate()).isEqualTo(until);
    assertThat(readModel.get(caseNo(pi)).getExtensionCount()).isEqualTo(1);
  }

  @Test
  void shouldKeepTheDeadlineWhenTheExtensionIsRefused() {
    ProcessInstance pi = steps.reportAndGetInstance("POLLUTE_NOISE", "NORMAL");
    dispatch(pi, "dept-sthj");
    Date due = steps.task(pi, TASK_HANDLE_BY_DEPARTMENT).getDueDate();

    steps.complete(pi, TASK_HANDLE_BY_DEPARTMENT, "dept3", "departmentOutcome", "EXTEND",
        "requestedDate", EngineTime.toLocal(due).toLocalDate().plusDays(3).toString(), "departmentNote", "人手不够");
    steps.complete(pi, TASK_REVIEW_EXTENSION, "dispatcher1", "extensionDecision", "REFUSED", "reviewNote", "理由不充分");

    assertThat(steps.task(pi, TASK_HANDLE_BY_DEPARTMENT).getDueDate()).isEqualTo(due);
    assertThat(readModel.get(caseNo(pi)).getExtensionCount()).isZero();
    // the department's form opens empty again, not with the refused request still chosen
    Task again = steps.task(pi, TASK_HANDLE_BY_DEPARTMENT);
    assertThat(processEngine.getTaskService().getVariable(again.getId(), "departmentOutcome")).isNull();
    assertThat(processEngine.getTaskService().getVariable(again.getId(), "requestedDate")).isNull();
  }

  @Test
  void shouldRefuseAnExtensionRequestedAfterTheDeadline() {
    ProcessInstance pi = steps.reportAndGetInstance("POLLUTE_NOISE", "NORMAL");
    dispatch(pi, "dept-sthj");
    Task department = steps.task(pi, TASK_HANDLE_BY_DEPARTMENT);
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        Date.from(department.getDueDate().toInstant().plusSeconds(60)));

    assertThatThrownBy(() -> steps.complete(department, "dept3", "departmentOutcome", "EXTEND",
        "requestedDate", LocalDate.now().plusDays(40).toString(), "departmentNote", "来不及"))
        .hasRootCauseInstanceOf(InvalidTaskInputException.class).hasMessageContaining("已超过办理时限");
    assertThat(pi).isWaitingAt(TASK_HANDLE_BY_DEPARTMENT);
  }

  @Test
  void shouldSuperviseADepartmentThatMissesItsDeadline() {
    ProcessInstance pi = steps.reportAndGetInstance("POLLUTE_NOISE", "NORMAL");
    dispatch(pi, "dept-sthj");

    steps.fireTimer(pi, BOUNDARY_DEPARTMENT_DEADLINE);
    steps.runDueJobs(pi);

    assertThat(pi).isWaitingAt(TASK_HANDLE_BY_DEPARTMENT);
    assertThat(pi).hasPassed(TASK_SUPERVISE_OVERDUE);
    assertThat(outbox.findByReference(caseNo(pi))).filteredOn(n -> n.getTemplateCode().equals("CASE_OVERDUE"))
        .extracting(OutboxEntry::getRecipientRef).contains("dept3", "dispatcher1");
  }

  @Test
  void shouldShelveTheCaseAndBringItBackAtThePlannedDate() {
    ProcessInstance pi = steps.reportAndGetInstance("POLLUTE_NOISE", "COMPLEX");
    dispatch(pi, "dept-sthj", "dept-cgj");
    LocalDate planned = EngineTime.nowLocal().toLocalDate().plusDays(90);

    // a co-handling department may not shelve the case
    Task co = steps.tasks(pi, TASK_HANDLE_BY_DEPARTMENT).stream().filter(t -> processEngine.getTaskService()
        .getIdentityLinksForTask(t.getId()).get(0).getGroupId().equals("dept-cgj")).findFirst().orElseThrow();
    assertThatThrownBy(() -> steps.complete(co, "dept1", "departmentOutcome", "SHELVE",
        "requestedDate", planned.toString(), "departmentNote", "需要预算")).hasMessageContaining("只有主办部门");

    Task lead = steps.tasks(pi, TASK_HANDLE_BY_DEPARTMENT).stream().filter(t -> !t.getId().equals(co.getId()))
        .findFirst().orElseThrow();
    steps.complete(lead, "dept3", "departmentOutcome", "SHELVE", "requestedDate", planned.toString(),
        "departmentNote", "需列入明年隔音屏障建设预算");
    assertThat(steps.task(pi, TASK_APPROVE_SHELVING)).hasCandidateGroup(CENTRE);
    steps.complete(pi, TASK_APPROVE_SHELVING, "county1", "shelvingDecision", "APPROVED", "reviewNote", "同意列入计划");

    // Then the case is shelved, all department work stops, and it waits for the planned date
    assertThat(pi).isWaitingAt(TIMER_SHELVED_UNTIL);
    assertThat(steps.tasks(pi, TASK_HANDLE_BY_DEPARTMENT)).isEmpty();
    assertThat(readModel.get(caseNo(pi)).getStatus()).isEqualTo(CaseStatus.SHELVED);

    steps.fireTimer(pi, TIMER_SHELVED_UNTIL);

    assertThat(steps.tasks(pi, TASK_HANDLE_BY_DEPARTMENT)).hasSize(2);
    assertThat(readModel.get(caseNo(pi)).getStatus()).isEqualTo(CaseStatus.HANDLING);
    assertThat(readModel.get(caseNo(pi)).getShelveCount()).isEqualTo(1);
    assertThat(steps.dateVariable(pi, CaseVariables.RESOLVE_DUE)).isAfter(
        Date.from(EngineTime.toInstant(planned.atStartOfDay())));
  }

  @Test
  void shouldContinueHandlingWhenShelvingIsRefused() {
    ProcessInstance pi = steps.reportAndGetInstance("POLLUTE_NOISE", "COMPLEX");
    dispatch(pi, "dept-sthj");

    steps.complete(pi, TASK_HANDLE_BY_DEPARTMENT, "dept3", "departmentOutcome", "SHELVE",
        "requestedDate", EngineTime.nowLocal().toLocalDate().plusDays(30).toString(), "departmentNote", "等待规划");
    steps.complete(pi, TASK_APPROVE_SHELVING, "county1", "shelvingDecision", "REFUSED", "reviewNote", "本月内可以解决");

    assertThat(pi).isWaitingAt(TASK_HANDLE_BY_DEPARTMENT);
    assertThat(readModel.get(caseNo(pi)).getShelveCount()).isZero();
  }

  @Test
  void shouldSendTheDepartmentsBackToWorkWhenTheCheckFails() {
    ProcessInstance pi = steps.reportAndGetInstance("POLLUTE_NOISE", "NORMAL");
    dispatch(pi, "dept-sthj");
    steps.complete(pi, TASK_HANDLE_BY_DEPARTMENT, "dept3", "departmentOutcome", "RESULT", "departmentNote", "已处理");
    steps.complete(pi, TASK_CONSOLIDATE_REPLY, "dept3", "reply", "已责令施工单位整改噪声问题。");

    steps.complete(pi, TASK_VERIFY_RESULT, "gridworker1", "resultCheck", "REWORK", "checkNote", "夜里仍在施工");

    assertThat(pi).isWaitingAt(TASK_HANDLE_BY_DEPARTMENT);
    assertThat(steps.task(pi, TASK_HANDLE_BY_DEPARTMENT)).hasCandidateGroup("dept-sthj");
    assertThat(readModel.get(caseNo(pi)).getReworkCount()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- evaluation, reopening

  @Test
  void shouldReopenOnceWhenTheResidentIsUnsatisfied() {
    ProcessInstance pi = closeOnSite(steps.reportAndGetInstance("ENV_GARBAGE", "NORMAL"));

    evaluation.evaluate(caseNo(pi), "UNSATISFIED", "根本没清理干净");
    assertThat(steps.task(pi, TASK_REVIEW_REOPEN)).hasCandidateGroup(TOWNSHIP);
    steps.complete(pi, TASK_REVIEW_REOPEN, "dispatcher1", "reopenDecision", "REOPEN", "reviewNote", "要求网格重新清理");

    // Then the grid handles it again
    assertThat(pi).isWaitingAt(TASK_HANDLE_ON_SITE);
    assertThat(readModel.get(caseNo(pi)).getStatus()).isEqualTo(CaseStatus.HANDLING);
    assertThat(pi).hasPassed(TASK_REOPEN_CASE);
    steps.complete(pi, TASK_HANDLE_ON_SITE, "gridworker1", "rungOutcome", "RESOLVED", "rungNote", "重新彻底清理");
    steps.complete(pi, TASK_VERIFY_RESULT, "gridleader1", "resultCheck", "ACCEPTED");
    steps.runDueJobs(pi);

    // and a second 不满意 closes the case (one reopening allowed)
    evaluation.evaluate(caseNo(pi), "UNSATISFIED", "还是不满意");
    assertThat(pi).isEnded();
    AssessmentRecord record = assessment.of(caseNo(pi)).orElseThrow();
    assertThat(record.reopenCount()).isEqualTo(1);
    assertThat(record.satisfaction()).isEqualTo("UNSATISFIED");
    assertThat(outbox.findByReference(caseNo(pi))).filteredOn(n -> n.getTemplateCode().equals("CASE_FEEDBACK"))
        .hasSize(2);
  }

  @Test
  void shouldCloseWithAnExplanationWhenReopeningIsNotWarranted() {
    ProcessInstance pi = closeOnSite(steps.reportAndGetInstance("ENV_GARBAGE", "NORMAL"));
    evaluation.evaluate(caseNo(pi), "UNSATISFIED", null);

    steps.complete(pi, TASK_REVIEW_REOPEN, "dispatcher1", "reopenDecision", "CLOSE",
        "reviewNote", "已按规定清运，向群众解释了清运周期");

    assertThat(pi).isEnded();
    assertThat(pi).hasNotPassed(TASK_REOPEN_CASE);
    assertThat(readModel.get(caseNo(pi)).getSatisfaction()).isEqualTo(Satisfaction.UNSATISFIED);
  }

  @Test
  void shouldRecordUnevaluatedWhenTheResidentDoesNotRateInTime() {
    ProcessInstance pi = closeOnSite(steps.reportAndGetInstance("ENV_GARBAGE", "NORMAL"));

    steps.fireTimer(pi, BOUNDARY_EVALUATION_TIMEOUT);

    assertThat(pi).hasPassed(TASK_RECORD_UNEVALUATED).isEnded();
    assertThat(readModel.get(caseNo(pi)).getSatisfaction()).isEqualTo(Satisfaction.UNEVALUATED);
    assertThat(readModel.get(caseNo(pi)).getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(assessment.of(caseNo(pi)).orElseThrow().satisfaction()).isEqualTo("UNEVALUATED");
  }

  // ---------------------------------------------------------------- patrol findings

  @Test
  void shouldHandleAPatrolFindingWithoutAskingForAnEvaluation() {
    // started from Tasklist by a grid worker, with the rights of their groups (authorizations are on)
    identity.setAuthentication("gridworker1", List.of(GRID, "role-gridworker"));
    ProcessInstance pi;
    try {
      pi = runtime.startProcessInstanceByKey(CaseVariables.PROCESS_KEY, CaseScenarioSteps.values(
          "categoryCode", "SAFETY_EBIKE", "urgency", "URGENT", "description", "3号楼楼道有电动车飞线充电",
          "addressText", CaseScenarioSteps.uniqueAddress()));
    } finally {
      identity.clearAuthentication();
    }
    String caseNo = caseNo(pi);
    assertThat(pi.getBusinessKey()).isEqualTo(caseNo);
    assertThat(caseNo).startsWith("GG-");
    assertThat(steps.instance(caseNo).getId()).isEqualTo(pi.getId());
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("description", "addressText");
    CaseRecord record = readModel.get(caseNo);
    assertThat(record.getSource()).isEqualTo(CaseSource.PATROL);
    assertThat(record.getReportedBy()).isEqualTo("gridworker1");
    assertThat(record.getDescription()).contains("飞线充电");

    steps.complete(pi, TASK_VERIFY_ON_SITE, "gridworker1", "rungOutcome", "HANDLE");
    steps.complete(pi, TASK_HANDLE_ON_SITE, "gridworker1", "rungOutcome", "RESOLVED", "rungNote", "已劝导拆除飞线");
    steps.complete(pi, TASK_VERIFY_RESULT, "gridleader1", "resultCheck", "ACCEPTED");
    steps.runDueJobs(pi);

    assertThat(pi).hasNotPassed(TASK_FOLLOW_UP_CALL).isEnded();
    assertThat(assessment.of(caseNo).orElseThrow().satisfaction()).isEqualTo("NOT_APPLICABLE");
    assertThat(outbox.findByReference(caseNo)).singleElement()
        .satisfies(n -> assertThat(n.getRecipientRef()).isEqualTo("gridworker1"));
  }

  @Test
  void shouldRefuseAPatrolFindingWithoutDescription() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(CaseVariables.PROCESS_KEY, CaseScenarioSteps.values(
        "categoryCode", "SAFETY_EBIKE", "urgency", "URGENT", "description", " ",
        "addressText", CaseScenarioSteps.uniqueAddress()))).hasMessageContaining("请描述发现的问题");
  }

  // ---------------------------------------------------------------- forms with bad values

  @Test
  void shouldRefuseAFormWithBadValuesAndChangeNothing() {
    ProcessInstance pi = steps.reportAndGetInstance("ENV_GARBAGE", "NORMAL");
    Task verify = steps.task(pi, TASK_VERIFY_ON_SITE);
    int timeline = readModel.timeline(caseNo(pi)).size();

    assertThatThrownBy(() -> steps.complete(verify, "gridworker1", "rungOutcome", "MAYBE"))
        .hasRootCauseInstanceOf(InvalidTaskInputException.class).hasMessageContaining("请选择核实结果");
    assertThatThrownBy(() -> steps.complete(verify, "gridworker1", "rungOutcome", "INVALID", "rungNote", "无"))
        .hasRootCauseInstanceOf(InvalidTaskInputException.class).hasMessageContaining("不属实的理由至少需要 2 个字");

    assertThat(pi).isWaitingAt(TASK_VERIFY_ON_SITE);
    assertThat(readModel.timeline(caseNo(pi))).hasSize(timeline);
    assertThat(readModel.get(caseNo(pi)).getFirstResponseAt()).isNull();
  }

  @Test
  void shouldRefuseADispatchWithTheLeadDepartmentAlsoAsCoHandler() {
    ProcessInstance pi = steps.reportAndGetInstance("POLLUTE_NOISE", "NORMAL");
    Task task = steps.task(pi, TASK_DISPATCH);

    assertThatThrownBy(() -> steps.complete(task, "dispatcher1", "leadDepartmentId", "dept-sthj",
        "coDepartmentIds", SpinValues.jsonValue("[\"dept-sthj\"]").create()))
        .hasRootCauseInstanceOf(InvalidTaskInputException.class).hasMessageContaining("不能与主办部门相同");
    assertThatThrownBy(() -> steps.complete(task, "dispatcher1", "leadDepartmentId", "grid-wenchang-01"))
        .hasRootCauseInstanceOf(InvalidTaskInputException.class).hasMessageContaining("不是有效的职能部门");
    assertThat(pi).isWaitingAt(TASK_DISPATCH);
  }

  // ---------------------------------------------------------------- helpers

  private void dispatch(ProcessInstance pi, String lead, String... co) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < co.length; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(co[i]).append('"');
    }
    json.append(']');
    steps.complete(pi, TASK_DISPATCH, "dispatcher1", "leadDepartmentId", lead,
        "coDepartmentIds", SpinValues.jsonValue(json.toString()).create(), "dispatchNote", "请按时办理");
  }

  /** Takes a grid case through on-site handling and the check to the point where the reporter rates it. */
  private ProcessInstance closeOnSite(ProcessInstance pi) {
    steps.complete(pi, TASK_VERIFY_ON_SITE, "gridworker1", "rungOutcome", "HANDLE");
    steps.complete(pi, TASK_HANDLE_ON_SITE, "gridworker1", "rungOutcome", "RESOLVED", "rungNote", "已清运");
    steps.complete(pi, TASK_VERIFY_RESULT, "gridleader1", "resultCheck", "ACCEPTED");
    steps.runDueJobs(pi);
    assertThat(pi).isWaitingAt(TASK_FOLLOW_UP_CALL);
    return pi;
  }

  private String caseNo(ProcessInstance pi) {
    return (String) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(CaseVariables.CASE_NO).singleResult().getValue();
  }

  private List<String> templates(String caseNo) {
    return outbox.findByReference(caseNo).stream().map(OutboxEntry::getTemplateCode).toList();
  }
}
