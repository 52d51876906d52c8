package org.gridgov.mediation;

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
import static org.gridgov.mediation.DisputeVariables.Elements.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.gridgov.emergency.EmergencyVariables;
import org.gridgov.testsupport.CoverageGate;
import org.gridgov.testsupport.ProcessScenarioSupport;
import org.gridgov.testsupport.ProcessScenarioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Every path of {@code disputeMediation} on the Fengqiao ladder: resolved at the village or the
 * township, referred, reopened after a broken agreement, and high risk starting an emergency.
 */
@ProcessScenarioTest
class DisputeMediationScenarioTest extends ProcessScenarioSupport {

  @TestConfiguration
  static class Gate {
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverage() {
      return CoverageGate.atLeast95Percent(EmergencyVariables.PROCESS_KEY);
    }
  }

  private static final String GRID = "grid-wenchang-01";
  private static final String COMMUNITY = "comm-wenchang";
  private static final String TOWNSHIP = "town-chengguan";

  @Autowired
  DisputeService disputes;
  @Autowired
  MediationStatisticsService statistics;

  @Test
  void shouldResolveAtTheVillageWhenTheAgreementHolds() {
    // Given a neighbour dispute handed over from a case
    ProcessInstance pi = start(dispute("DISPUTE_NEIGHBOUR", false, false).putValue("sourceCaseNo", "AJ-2026-000123"));
    Dispute registered = disputeOf(pi);
    assertThat(registered.getSourceCaseNo()).isEqualTo("AJ-2026-000123");
    assertThat(registered.getRiskLevel()).isEqualTo("LOW");
    assertThat(registered.getCommunityId()).isEqualTo(COMMUNITY);
    assertThat(runtimeService().getVariable(pi.getId(), "partyA")).isNull();
    assertThat(pi).hasBusinessKey(registered.getDisputeNo()).isWaitingAt(VILLAGE_MEDIATION);
    assertThat(task(VILLAGE_MEDIATION, pi)).hasCandidateGroup(GRID).hasCandidateGroup(COMMUNITY);

    // When the village mediation committee mediates successfully
    Date agreedAt = new Date(System.currentTimeMillis() / 1000 * 1000); // whole seconds: MySQL keeps no fractions
    ClockUtil.setCurrentTime(agreedAt);
    mediate(pi, VILLAGE_MEDIATION, "SUCCESS", "LOW");

    // Then the agreement is recorded and a visit is due 30 days later
    assertThat(pi).isWaitingAt(FOLLOW_UP_DUE);
    MediationAgreement agreement = disputes.agreements(registered.getId()).get(0);
    assertThat(agreement.getParties()).isEqualTo("张三、李四");
    assertThat(agreement.isSigned()).isTrue();
    assertThat(agreement.getRung()).isEqualTo(Rung.VILLAGE);
    Job visitDue = job(FOLLOW_UP_DUE, pi);
    assertThat(visitDue.getDuedate()).isEqualTo(new Date(agreedAt.getTime() + 30L * 24 * 3600 * 1000));

    // When the visit finds the agreement kept
    ClockUtil.setCurrentTime(new Date(agreedAt.getTime() + 31L * 24 * 3600 * 1000));
    execute(visitDue);
    assertThat(task(FOLLOW_UP_VISIT, pi)).hasCandidateGroup(GRID);
    followUp(pi, "HELD");

    // Then the dispute is resolved at the village (小事不出村)
    assertThat(pi).isEnded().hasPassedInOrder(VILLAGE_MEDIATION, FOLLOW_UP_VISIT, CONCLUDE_RESOLVED, RESOLVED)
        .hasNotPassed(TOWNSHIP_MEDIATION, START_EMERGENCY);
    Dispute resolved = disputeOf(pi);
    assertThat(resolved.getStatus()).isEqualTo(Dispute.Status.RESOLVED);
    assertThat(resolved.getResolvedRung()).isEqualTo(Rung.VILLAGE);
    assertThat(disputes.agreements(resolved.getId()).get(0).getStatus()).isEqualTo(MediationAgreement.Status.HELD);
    assertThat(disputes.followUps(resolved.getId())).singleElement().satisfies(v -> assertThat(v.isHolds()).isTrue());
  }

  @Test
  void shouldMoveToTownshipJointMediationWhenTheVillageFailsAndResolveThere() {
    ProcessInstance pi = start(dispute("DISPUTE_FAMILY", false, false));
    mediate(pi, VILLAGE_MEDIATION, "FAILED", "LOW");

    assertThat(pi).isWaitingAt(TOWNSHIP_MEDIATION);
    assertThat(task(TOWNSHIP_MEDIATION, pi)).hasCandidateGroup(TOWNSHIP);
    mediate(pi, TOWNSHIP_MEDIATION, "SUCCESS", "LOW");
    passFollowUpTimer(pi);
    followUp(pi, "HELD");

    assertThat(pi).isEnded().hasPassedInOrder(VILLAGE_MEDIATION, TOWNSHIP_MEDIATION, FOLLOW_UP_VISIT, RESOLVED);
    Dispute resolved = disputeOf(pi);
    assertThat(resolved.getResolvedRung()).isEqualTo(Rung.TOWNSHIP);
    assertThat(disputes.attempts(resolved.getId())).extracting(MediationAttempt::getRung, MediationAttempt::getOutcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Rung.VILLAGE, MediationAttempt.Outcome.FAILED),
            org.assertj.core.groups.Tuple.tuple(Rung.TOWNSHIP, MediationAttempt.Outcome.SUCCESS));
  }

  @Test
  void shouldReferToALegalChannelWhenTownshipMediationFails() {
    ProcessInstance pi = start(dispute("DISPUTE_LAND", false, false));
    assertThat(disputeOf(pi).getRiskLevel()).isEqualTo("MEDIUM");
    mediate(pi, VILLAGE_MEDIATION, "FAILED", "MEDIUM");
    mediate(pi, TOWNSHIP_MEDIATION, "FAILED", "MEDIUM");

    assertThat(pi).isWaitingAt(REFER);
    assertThat(task(REFER, pi)).hasCandidateGroup(TOWNSHIP);
    claim(task(REFER, pi), "township1");
    complete(task(REFER, pi), withVariables("referralChannel", "LITIGATION", "receivingBody", "安澜县人民法院",
        "referralReason", "宅基地权属争议须经确权诉讼解决，已告知当事人起诉途径"));

    assertThat(pi).isEnded().hasPassed(REFER, CONCLUDE_REFERRED, REFERRED).hasNotPassed(FOLLOW_UP_VISIT);
    Dispute referred = disputeOf(pi);
    assertThat(referred.getStatus()).isEqualTo(Dispute.Status.REFERRED);
    assertThat(disputes.referrals(referred.getId())).singleElement().satisfies(r -> {
      assertThat(r.getChannel()).isEqualTo(ReferralChannel.LITIGATION);
      assertThat(r.getReceivingBody()).isEqualTo("安澜县人民法院");
      assertThat(r.getReferredBy()).isEqualTo("township1");
    });
  }

  @Test
  void shouldReopenVillageMediationWhenTheAgreementIsBroken() {
    ProcessInstance pi = start(dispute("DISPUTE_NEIGHBOUR", false, false));
    mediate(pi, VILLAGE_MEDIATION, "SUCCESS", "LOW");
    passFollowUpTimer(pi);
    followUp(pi, "BROKEN");

    assertThat(pi).isWaitingAt(VILLAGE_MEDIATION).hasPassed(REOPEN_RUNG);
    assertThat(disputeOf(pi).getStatus()).isEqualTo(Dispute.Status.MEDIATING);
    assertThat(disputes.agreements(disputeOf(pi).getId()).get(0).getStatus())
        .isEqualTo(MediationAgreement.Status.BROKEN);

    mediate(pi, VILLAGE_MEDIATION, "SUCCESS", "LOW");
    passFollowUpTimer(pi);
    followUp(pi, "HELD");
    assertThat(pi).isEnded();
    assertThat(disputes.agreements(disputeOf(pi).getId())).extracting(MediationAgreement::getStatus)
        .containsExactly(MediationAgreement.Status.BROKEN, MediationAgreement.Status.HELD);
  }

  @Test
  void shouldReopenTownshipMediationWhenATownshipAgreementIsBroken() {
    ProcessInstance pi = start(dispute("DISPUTE_FAMILY", false, false));
    mediate(pi, VILLAGE_MEDIATION, "FAILED", "LOW");
    mediate(pi, TOWNSHIP_MEDIATION, "SUCCESS", "LOW");
    passFollowUpTimer(pi);
    followUp(pi, "BROKEN");

    assertThat(pi).isWaitingAt(TOWNSHIP_MEDIATION);
  }

  @Test
  void shouldStartEmergencyResponseRightAwayForAThreatToLife() {
    ProcessInstance pi = start(dispute("DISPUTE_NEIGHBOUR", true, false));
    Dispute dispute = disputeOf(pi);
    assertThat(dispute.getRiskLevel()).isEqualTo("HIGH");
    assertThat(pi).isWaitingAt(START_EMERGENCY, VILLAGE_MEDIATION);

    execute(job(START_EMERGENCY, pi));

    assertThat(pi).hasPassed(EMERGENCY_STARTED).isWaitingAt(VILLAGE_MEDIATION);
    ProcessInstance emergency = emergencyOf(dispute);
    assertThat(runtimeService().getVariable(emergency.getId(), EmergencyVariables.SOURCE_TYPE)).isEqualTo("DISPUTE");
    assertThat(runtimeService().getVariable(emergency.getId(), EmergencyVariables.TOWNSHIP_ID)).isEqualTo(TOWNSHIP);
    assertThat(disputeOf(pi).getEmergencyStartedAt()).isNotNull();
  }

  @Test
  void shouldStartOneEmergencyWhenAMediatorRaisesTheRiskToHigh() {
    ProcessInstance pi = start(dispute("DISPUTE_WAGE", false, false));
    assertThat(pi).isWaitingAt(VILLAGE_MEDIATION);

    mediate(pi, VILLAGE_MEDIATION, "FAILED", "HIGH");
    execute(job(START_EMERGENCY, pi));
    Dispute dispute = disputeOf(pi);
    assertThat(dispute.getRiskLevel()).isEqualTo("HIGH");
    assertThat(emergencyOf(dispute)).isNotNull();

    // still high at the township while the emergency runs: no second emergency
    mediate(pi, TOWNSHIP_MEDIATION, "FAILED", "HIGH");
    execute(job(START_EMERGENCY, pi));
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(EmergencyVariables.PROCESS_KEY)
        .processInstanceBusinessKey(dispute.getDisputeNo()).count()).isEqualTo(1);
    assertThat(pi).isWaitingAt(REFER);
  }

  @Test
  void shouldRefuseASuccessWithoutSignedAgreementAndKeepTheTask() {
    ProcessInstance pi = start(dispute("DISPUTE_NEIGHBOUR", false, false));
    Task village = task(VILLAGE_MEDIATION, pi);
    claim(village, "gridworker1");

    assertThatThrownBy(() -> complete(village, withVariables("mediationOutcome", "SUCCESS", "riskLevel", "LOW",
        "mediators", "王调解员", "mediationNotes", "双方同意赔偿", "agreementTerms", "李四赔偿张三漏水损失两千元，七日内付清",
        "partiesSigned", false, "signedOn", LocalDate.now().toString())))
        .hasMessageContaining("须经各方当事人签字");

    assertThat(pi).isWaitingAt(VILLAGE_MEDIATION);
    assertThat(disputes.attempts(disputeOf(pi).getId())).isEmpty();
  }

  @Test
  void shouldReportTheShareResolvedAtEachRung() {
    // a day of its own, so that only these disputes are counted (before 2038: MySQL timestamps end there)
    LocalDate day = LocalDate.of(2030, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(6 * 365));
    ClockUtil.setCurrentTime(Date.from(day.atStartOfDay(ZoneId.systemDefault()).plusHours(9).toInstant()));

    ProcessInstance atVillage = start(dispute("DISPUTE_NEIGHBOUR", false, false));
    mediate(atVillage, VILLAGE_MEDIATION, "SUCCESS", "LOW");
    ProcessInstance atTownship = start(dispute("DISPUTE_FAMILY", false, false));
    mediate(atTownship, VILLAGE_MEDIATION, "FAILED", "LOW");
    mediate(atTownship, TOWNSHIP_MEDIATION, "SUCCESS", "LOW");
    ProcessInstance referred = start(dispute("DISPUTE_FAMILY", false, false));
    mediate(referred, VILLAGE_MEDIATION, "FAILED", "LOW");
    mediate(referred, TOWNSHIP_MEDIATION, "FAILED", "LOW");
    claim(task(REFER, referred), "township1");
    complete(task(REFER, referred), withVariables("referralChannel", "ARBITRATION",
        "receivingBody", "县劳动人事争议仲裁委员会", "referralReason", "调解不成，告知申请仲裁"));
    ProcessInstance village2 = start(dispute("DISPUTE_NEIGHBOUR", false, false));
    mediate(village2, VILLAGE_MEDIATION, "SUCCESS", "LOW");
    for (ProcessInstance pi : new ProcessInstance[] {atVillage, atTownship, village2}) {
      passFollowUpTimer(pi);
      followUp(pi, "HELD");
    }

    MediationStatistics figures = statistics.statistics(day, day.plusDays(40), TOWNSHIP);
    assertThat(figures.concluded()).isEqualTo(4);
    assertThat(figures.resolvedAtVillage()).isEqualTo(2);
    assertThat(figures.resolvedAtTownship()).isEqualTo(1);
    assertThat(figures.referred()).isEqualTo(1);
    assertThat(figures.villageShare()).isEqualByComparingTo("0.5");
    assertThat(figures.resolvedWithinTownshipShare()).isEqualByComparingTo("0.75");
    assertThat(statistics.statistics(day, day.plusDays(40), "town-taoyuan").concluded()).isZero();
  }

  private ProcessInstance start(VariableMap variables) {
    return runtimeService().startProcessInstanceByKey(DisputeVariables.PROCESS_KEY, variables);
  }

  private static VariableMap dispute(String type, boolean threatToLife, boolean group) {
    return Variables.createVariables()
        .putValue("disputeType", type)
        .putValue("gridId", GRID)
        .putValue("partyA", "张三")
        .putValue("partyB", "李四")
        .putValue("partiesCount", 2L)
        .putValue("amountInvolved", 2000L)
        .putValue("threatToLife", threatToLife)
        .putValue("groupDispute", group)
        .putValue("disputeSummary", "楼上卫生间漏水，楼下住户要求赔偿，双方多次争吵");
  }

  private void mediate(ProcessInstance pi, String rungTask, String outcome, String riskLevel) {
    Task task = task(rungTask, pi);
    claim(task, VILLAGE_MEDIATION.equals(rungTask) ? "gridworker1" : "township1");
    Map<String, Object> values = withVariables("mediationOutcome", outcome, "riskLevel", riskLevel,
        "mediators", "王调解员、赵司法助理员", "mediationNotes", "分别听取双方意见，释法说理");
    if ("SUCCESS".equals(outcome)) {
      values.put("agreementTerms", "李四赔偿张三漏水损失两千元，七日内付清，并修复防水层");
      values.put("partiesSigned", true);
      values.put("signedOn", LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault())
          .toString());
    }
    complete(task, values);
  }

  private void passFollowUpTimer(ProcessInstance pi) {
    Job due = job(FOLLOW_UP_DUE, pi);
    ClockUtil.setCurrentTime(new Date(due.getDuedate().getTime() + 60_000));
    execute(due);
  }

  private void followUp(ProcessInstance pi, String result) {
    claim(task(FOLLOW_UP_VISIT, pi), "gridworker1");
    complete(task(FOLLOW_UP_VISIT, pi), withVariables("followUpResult", result,
        "followUpNotes", "电话及上门回访双方当事人"));
  }

  private ProcessInstance emergencyOf(Dispute dispute) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(EmergencyVariables.PROCESS_KEY)
        .processInstanceBusinessKey(dispute.getDisputeNo()).singleResult();
  }

  private Dispute disputeOf(ProcessInstance pi) {
    return disputes.dispute((Long) historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(DisputeVariables.DISPUTE_ID).singleResult().getValue());
  }
}
