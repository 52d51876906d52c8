package org.gridgov.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.gridgov.admission.AdmissionVariables.Elements.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.gridgov.testsupport.Logins;
import org.gridgov.testsupport.CoverageGate;
import org.gridgov.testsupport.ProcessScenarioSupport;
import org.gridgov.testsupport.ProcessScenarioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Every path of {@code matterAdmission}: admitted and kept or exited at the yearly review, expired, rejected. */
@ProcessScenarioTest
class MatterAdmissionScenarioTest extends ProcessScenarioSupport {

  @TestConfiguration
  static class Gate {
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverage() {
      return CoverageGate.atLeast95Percent();
    }
  }

  @Autowired
  AdmissionListService list;
  @Autowired
  AdmissionService admissions;
  @Autowired
  IdentityService identity;

  @AfterEach
  void forgetUser() {
    identity.clearAuthentication();
  }

  @Test
  void shouldPublishAPermanentMatterAndKeepItAtTheYearlyReview() {
    LocalDate today = LocalDate.now();
    ProcessInstance pi = apply("dept6", "dept-mzj", "SOCIAL_CARE", "PERMANENT", today, null);
    assertThat(pi).isWaitingAt(REVIEW);
    assertThat(task(REVIEW, pi)).hasCandidateGroup("centre-anlan");
    AdmissionApplication application = applicationOf(pi);
    assertThat(application.getApplicantId()).isEqualTo("dept6");
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey()).isEqualTo(application.getApplicationNo());

    review(pi, "county1", "APPROVE", null);
    assertThat(pi).isWaitingAt(APPROVE);
    approve(pi, "county2", "APPROVE", "同意列入");

    // Then the matter is on the list from its first day, with a review a year later
    String code = application.getItemCode();
    assertThat(pi).hasPassed(PUBLISH).isWaitingAt(ANNUAL_REVIEW_DUE);
    AdmissionItem item = list.item(code).orElseThrow();
    assertThat(item.getStatus()).isEqualTo(AdmissionItem.Status.LISTED);
    assertThat(item.getNextReviewDate()).isEqualTo(today.plusYears(1));
    assertThat(list.admits("SOCIAL_CARE", today)).isTrue();
    assertThat(list.listOn(today)).extracting(AdmissionItem::getCode).contains(code);
    assertThat(applicationOf(pi).getStatus()).isEqualTo(AdmissionApplication.Status.APPROVED);

    // When the review date comes and the centre keeps it
    reachReviewDate(pi, today.plusYears(1));
    assertThat(task(ANNUAL_REVIEW, pi)).hasCandidateGroup("centre-anlan");
    completeAs(task(ANNUAL_REVIEW, pi), "county1", "annualDecision", "KEEP", "annualReason", "各社区仍须定期探访独居老人");

    // Then it stays listed and waits for the next year's review
    assertThat(pi).hasPassed(KEEP).isWaitingAt(ANNUAL_REVIEW_DUE);
    assertThat(list.item(code).orElseThrow().getNextReviewDate()).isEqualTo(today.plusYears(2));
    assertThat(list.history(code)).extracting(AdmissionChange::getChangeKind)
        .containsExactly(AdmissionChange.Kind.ADMITTED, AdmissionChange.Kind.KEPT);
    assertThat(list.history(code).get(1).getChangedBy()).isEqualTo("county1");
    assertThat(job(ANNUAL_REVIEW_DUE, pi).getDuedate()).isEqualTo(AdmissionService.startOf(today.plusYears(2)));
  }

  @Test
  void shouldExitAMatterAtTheYearlyReview() {
    LocalDate today = LocalDate.now();
    ProcessInstance pi = apply("dept6", "dept-mzj", "SOCIAL_AID", "PERMANENT", today, null);
    review(pi, "county1", "APPROVE", "属于网格代办事项");
    approve(pi, "county2", "APPROVE", null);
    String code = applicationOf(pi).getItemCode();

    reachReviewDate(pi, today.plusYears(1));
    completeAs(task(ANNUAL_REVIEW, pi), "county2", "annualDecision", "EXIT", "annualReason", "已改由民政专干线上办理");

    assertThat(pi).isEnded().hasPassed(EXIT, EXITED).hasNotPassed(KEEP);
    AdmissionItem item = list.item(code).orElseThrow();
    assertThat(item.getStatus()).isEqualTo(AdmissionItem.Status.EXITED);
    assertThat(item.getExitReason()).isEqualTo("已改由民政专干线上办理");
    assertThat(item.admitsOn(today.plusYears(1))).isFalse();
    assertThat(list.listOn(today.plusYears(1))).extracting(AdmissionItem::getCode).doesNotContain(code);
    assertThat(list.history(code)).extracting(AdmissionChange::getChangeKind)
        .containsExactly(AdmissionChange.Kind.ADMITTED, AdmissionChange.Kind.EXITED);
  }

  @Test
  void shouldExitATemporaryMatterByItselfAtItsEndDate() {
    LocalDate today = LocalDate.now();
    LocalDate until = today.plusDays(30);
    ProcessInstance pi = apply("dept7", "dept-yjglj", "SAFETY_EBIKE", "TEMPORARY", today, until);
    review(pi, "county1", "APPROVE", null);
    approve(pi, "county2", "APPROVE", null);
    String code = applicationOf(pi).getItemCode();

    assertThat(pi).isWaitingAt(TEMPORARY_ENDS);
    assertThat(list.item(code).orElseThrow().admitsOn(until)).isTrue();
    Job end = job(TEMPORARY_ENDS, pi);
    assertThat(end.getDuedate()).isEqualTo(AdmissionService.startOf(until.plusDays(1)));

    ClockUtil.setCurrentTime(Date.from(until.plusDays(1).atStartOfDay(ZoneId.systemDefault()).plusMinutes(1).toInstant()));
    execute(end);

    assertThat(pi).isEnded().hasPassed(EXPIRE, EXPIRED).hasNotPassed(ANNUAL_REVIEW);
    AdmissionItem item = list.item(code).orElseThrow();
    assertThat(item.getStatus()).isEqualTo(AdmissionItem.Status.EXITED);
    assertThat(item.getExitReason()).contains("临时准入期限届满");
    assertThat(list.history(code)).extracting(AdmissionChange::getChangeKind)
        .containsExactly(AdmissionChange.Kind.ADMITTED, AdmissionChange.Kind.EXPIRED);
  }

  @Test
  void shouldRejectWhenTheReviewRecommendsRejection() {
    ProcessInstance pi = apply("dept1", "dept-cgj", "ENV_STALL", "PERMANENT", LocalDate.now(), null);
    review(pi, "county1", "REJECT", "属于城管执法职责，不应交由网格员");

    assertThat(pi).isEnded().hasPassed(REJECT, REJECTED).hasNotPassed(APPROVE, PUBLISH);
    AdmissionApplication application = applicationOf(pi);
    assertThat(application.getStatus()).isEqualTo(AdmissionApplication.Status.REJECTED);
    assertThat(application.getReviewOpinion()).contains("城管执法");
    assertThat(list.item(application.getItemCode())).isEmpty();
  }

  @Test
  void shouldRejectWhenTheApproverDoesNotApprove() {
    ProcessInstance pi = apply("dept1", "dept-cgj", "ENV_AD", "PERMANENT", LocalDate.now(), null);
    review(pi, "county1", "APPROVE", null);
    approve(pi, "county2", "REJECT", "工作量估算偏低，请重新测算");

    assertThat(pi).isEnded().hasPassed(APPROVE, REJECT, REJECTED).hasNotPassed(PUBLISH);
    assertThat(applicationOf(pi).getApprovalOpinion()).contains("重新测算");
    assertThat(list.item(applicationOf(pi).getItemCode())).isEmpty();
  }

  @Test
  void shouldNotLetTheReviewerApproveTheirOwnReview() {
    ProcessInstance pi = apply("dept1", "dept-cgj", "ENV_STREET", "PERMANENT", LocalDate.now(), null);
    review(pi, "county1", "APPROVE", null);

    assertThatThrownBy(() -> approve(pi, "county1", "APPROVE", null))
        .hasMessageContaining("审核人与审批人不能是同一人");
    assertThat(pi).isWaitingAt(APPROVE);
    assertThat(applicationOf(pi).getApprovalDecision()).isNull();
  }

  @Test
  void shouldRefuseAnApplicationForAnotherDepartmentAndStartNothing() {
    Logins.authenticate(identity, "dept1");
    long before = historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(AdmissionVariables.PROCESS_KEY).startedBy("dept1").count();
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(AdmissionVariables.PROCESS_KEY,
        applicationVariables("dept-mzj", "SOCIAL_CARE", "PERMANENT", LocalDate.now(), null)))
        .isInstanceOf(InvalidAdmissionException.class).hasMessageContaining("只有安澜县民政局的工作人员");
    assertThat(historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(AdmissionVariables.PROCESS_KEY).startedBy("dept1").count()).isEqualTo(before);
  }

  @Test
  void shouldRefuseATemporaryAdmissionLongerThanAYear() {
    Logins.authenticate(identity, "dept7");
    LocalDate today = LocalDate.now();
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(AdmissionVariables.PROCESS_KEY,
        applicationVariables("dept-yjglj", "SAFETY_FLOOD", "TEMPORARY", today, today.plusYears(1).plusDays(1))))
        .isInstanceOf(InvalidAdmissionException.class).hasMessageContaining("临时准入最长一年");
  }

  private ProcessInstance apply(String applicant, String department, String category, String kind, LocalDate from,
      LocalDate until) {
    Logins.authenticate(identity, applicant);
    try {
      return runtimeService().startProcessInstanceByKey(AdmissionVariables.PROCESS_KEY,
          applicationVariables(department, category, kind, from, until));
    } finally {
      identity.clearAuthentication();
    }
  }

  private static Map<String, Object> applicationVariables(String department, String category, String kind,
      LocalDate from, LocalDate until) {
    return Variables.createVariables()
        .putValue("departmentId", department)
        .putValue("matterName", "定期走访登记")
        .putValue("matterDescription", "网格员每月走访辖区重点对象一次并登记情况")
        .putValue("applicationReason", "网格员熟悉辖区住户，走访效率最高，依据县政府文件")
        .putValue("categoryCode", category)
        .putValue("gridDuty", "走访、登记、发现问题上报")
        .putValue("workloadHoursPerMonth", 6L)
        .putValue("admissionKind", kind)
        .putValue("validFrom", from.toString())
        .putValue("validUntil", until == null ? null : until.toString());
  }

  private void review(ProcessInstance pi, String reviewer, String recommendation, String opinion) {
    completeAs(task(REVIEW, pi), reviewer, "reviewRecommendation", recommendation, "reviewOpinion", opinion);
  }

  private void approve(ProcessInstance pi, String approver, String decision, String opinion) {
    completeAs(task(APPROVE, pi), approver, "approvalDecision", decision, "approvalOpinion", opinion);
  }

  private static void completeAs(Task task, String user, String decisionName, String decision, String reasonName,
      String reason) {
    claim(task, user);
    complete(task, withVariables(decisionName, decision, reasonName, reason));
  }

  private void reachReviewDate(ProcessInstance pi, LocalDate reviewDate) {
    Job due = job(ANNUAL_REVIEW_DUE, pi);
    assertThat(due.getDuedate()).isEqualTo(AdmissionService.startOf(reviewDate));
    ClockUtil.setCurrentTime(Date.from(reviewDate.atStartOfDay(ZoneId.systemDefault()).plusHours(8).toInstant()));
    execute(due);
    assertThat(pi).isWaitingAt(ANNUAL_REVIEW);
  }

  private AdmissionApplication applicationOf(ProcessInstance pi) {
    return admissions.application((Long) historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(AdmissionVariables.APPLICATION_ID).singleResult().getValue());
  }
}
