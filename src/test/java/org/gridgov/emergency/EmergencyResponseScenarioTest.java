package org.gridgov.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.gridgov.emergency.EmergencyVariables.Elements.*;

import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.gridgov.notification.NotificationMapper;
import org.gridgov.notification.OutboxEntry;
import org.gridgov.testsupport.CoverageGate;
import org.gridgov.testsupport.ProcessScenarioSupport;
import org.gridgov.testsupport.ProcessScenarioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Every path of {@code emergencyResponse}: 首报 on time or late, 续报 until under control, 终报. */
@ProcessScenarioTest
class EmergencyResponseScenarioTest extends ProcessScenarioSupport {

  @TestConfiguration
  static class Gate {
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverage() {
      return CoverageGate.atLeast95Percent();
    }
  }

  private static final String TOWNSHIP = "town-chengguan";

  @Autowired
  EmergencyResponseStarter starter;
  @Autowired
  EmergencyService emergencies;
  @Autowired
  NotificationMapper outbox;

  @Test
  void shouldNotifyAllAtOnceAndCloseAfterFinalReportWhenUnderControlAtFirstReport() {
    // Given a gas leak raised from a case
    String caseNo = "AJ-" + UUID.randomUUID();
    ProcessInstance pi = starter.start(SourceType.CASE, caseNo, "UTIL_GAS", TOWNSHIP, "grid-wenchang-01");
    assertThat(pi).hasBusinessKey(caseNo).isWaitingAt(NOTIFY_TOWNSHIP, NOTIFY_COUNTY_CENTRE,
        NOTIFY_EMERGENCY_DEPARTMENT);

    // When the three notices go out
    executeNotifications(pi);

    // Then township, county centre and emergency department are told, and the township responds
    EmergencyIncident incident = incidentOf(pi);
    assertThat(emergencies.notifications(incident.getId()))
        .extracting(EmergencyNotification::getRecipientUnitId)
        .containsExactlyInAnyOrder(TOWNSHIP, "centre-anlan", "dept-yjglj");
    // each member of staff of those units gets the message, administrators and auditors do not
    assertThat(outbox.findByReference(incident.getIncidentNo())).extracting(OutboxEntry::getRecipientRef)
        .contains("township1", "dispatcher1", "county1", "county2", "dept7")
        .doesNotContain("admin", "auditor");
    assertThat(pi).isWaitingAt(RESPOND_ON_SCENE, FIRST_REPORT);
    assertThat(task(RESPOND_ON_SCENE, pi)).hasCandidateGroup(TOWNSHIP);
    assertThat(task(FIRST_REPORT, pi)).hasCandidateGroup(TOWNSHIP);

    // When the first report says it is under control and the on-scene work is done
    submitReport(pi, FIRST_REPORT, true);
    respondOnScene(pi);

    // Then only the final report is left, and after it the incident is closed
    assertThat(pi).isWaitingAt(FINAL_REPORT);
    complete(claimed(task(FINAL_REPORT, pi)),
        withVariables("reportContent", "燃气泄漏已处置完毕，管道已修复，无人员伤亡。", "casualties", 0L));
    assertThat(pi).isEnded().hasPassed(RESPOND_ON_SCENE, FIRST_REPORT, FINAL_REPORT, CLOSE, CLOSED)
        .hasNotPassed(FOLLOW_UP_REPORT, ESCALATE_FIRST_REPORT);
    EmergencyIncident closed = incidentOf(pi);
    assertThat(closed.getStatus()).isEqualTo(EmergencyIncident.Status.CLOSED);
    assertThat(closed.getSourceType()).isEqualTo(SourceType.CASE);
    assertThat(closed.getOnSceneResponders()).isEqualTo(6);
    assertThat(emergencies.reports(closed.getId())).extracting(EmergencyReport::getReportKind)
        .containsExactly(ReportKind.FIRST, ReportKind.FINAL);
    assertThat(emergencies.reports(closed.getId()).get(0).isOnTime()).isTrue();
    assertThat(runtimeService().createVariableInstanceQuery().processInstanceIdIn(pi.getId())
        .variableName("reportContent").count()).isZero();
  }

  @Test
  void shouldAskForFollowUpReportsUntilTheSituationIsUnderControl() {
    ProcessInstance pi = starter.start(SourceType.DISPUTE, "JF-" + UUID.randomUUID(), "DISPUTE_LAND",
        "town-liulin", null);
    executeNotifications(pi);

    submitReport(pi, FIRST_REPORT, false);
    assertThat(pi).isWaitingAt(RESPOND_ON_SCENE, FOLLOW_UP_REPORT);
    submitReport(pi, FOLLOW_UP_REPORT, false);
    assertThat(pi).isWaitingAt(RESPOND_ON_SCENE, FOLLOW_UP_REPORT);
    submitReport(pi, FOLLOW_UP_REPORT, true);
    assertThat(pi).isWaitingAt(RESPOND_ON_SCENE);
    respondOnScene(pi);
    complete(claimed(task(FINAL_REPORT, pi)),
        withVariables("reportContent", "双方情绪稳定，冲突已平息，移交镇调解。", "casualties", 1L));

    assertThat(pi).isEnded().hasPassed(FOLLOW_UP_REPORT, CLOSED);
    assertThat(emergencies.reports(incidentOf(pi).getId())).extracting(EmergencyReport::getReportKind)
        .containsExactly(ReportKind.FIRST, ReportKind.FOLLOW_UP, ReportKind.FOLLOW_UP, ReportKind.FINAL);
  }

  @Test
  void shouldEscalateToCountyCentreWhenFirstReportMissesItsDeadline() {
    // whole seconds: MySQL keeps no fractions
    Date start = new Date(System.currentTimeMillis() / 1000 * 1000);
    ClockUtil.setCurrentTime(start);
    ProcessInstance pi = starter.start(SourceType.CASE, "AJ-" + UUID.randomUUID(), "SAFETY_FIRE", TOWNSHIP, null);
    executeNotifications(pi);
    EmergencyIncident incident = incidentOf(pi);
    assertThat(incident.getFirstReportDue()).isEqualTo(new Date(start.getTime() + 30 * 60_000L));
    // the task shows its deadline in Tasklist (and so appears under 已超期 once it passes)
    assertThat(task(FIRST_REPORT, pi).getDueDate()).isEqualTo(incident.getFirstReportDue());

    // When 31 minutes pass without a first report
    ClockUtil.setCurrentTime(new Date(start.getTime() + 31 * 60_000L));
    execute(job(FIRST_REPORT_OVERDUE, pi));
    execute(job(ESCALATE_FIRST_REPORT, pi));

    // Then the county centre is told and may file the first report itself
    assertThat(pi).hasPassed(ESCALATE_FIRST_REPORT, FIRST_REPORT_ESCALATED).isWaitingAt(RESPOND_ON_SCENE, FIRST_REPORT);
    assertThat(task(FIRST_REPORT, pi)).hasCandidateGroup("centre-anlan").hasCandidateGroup(TOWNSHIP);
    assertThat(incidentOf(pi).isFirstReportEscalated()).isTrue();
    assertThat(emergencies.notifications(incident.getId()))
        .filteredOn(n -> n.getReason() == EmergencyNotification.Reason.FIRST_REPORT_OVERDUE)
        .extracting(EmergencyNotification::getRecipientUnitId).containsExactly("centre-anlan");
    assertThat(outbox.findByDedupKey("emergency:" + incident.getIncidentNo() + ":FIRST_REPORT_OVERDUE:county1"))
        .isNotNull();

    // When the late first report arrives, the response goes on as usual
    submitReport(pi, FIRST_REPORT, true);
    respondOnScene(pi);
    complete(claimed(task(FINAL_REPORT, pi)),
        withVariables("reportContent", "火势已扑灭，现场清理完毕，无人员伤亡。", "casualties", 0L));
    assertThat(pi).isEnded();
    assertThat(emergencies.reports(incident.getId()).get(0).isOnTime()).isFalse();
  }

  @Test
  void shouldStartDirectlyFromTasklistWithTheIncidentNumberAsBusinessKey() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(EmergencyVariables.PROCESS_KEY,
        withVariables("categoryCode", "SAFETY_FLOOD", "townshipId", "town-taoyuan", "gridId", "grid-taoyuan-01",
            "incidentSummary", "桃园村低洼处积水深约一米，两户老人被困。"));

    EmergencyIncident incident = emergencies.incident(
        (Long) runtimeService().getVariable(pi.getId(), EmergencyVariables.INCIDENT_ID));
    assertThat(incident.getSourceType()).isEqualTo(SourceType.DIRECT);
    assertThat(incident.getIncidentNo()).startsWith("YJ").isEqualTo(incident.getSourceRef());
    assertThat(incident.getSummary()).contains("两户老人被困");
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey()).isEqualTo(incident.getIncidentNo());
    assertThat(runtimeService().getVariable(pi.getId(), EmergencyVariables.INCIDENT_SUMMARY)).isNull();
  }

  @Test
  void shouldRefuseAGridOutsideTheTownshipAndStartNothing() {
    String caseNo = "AJ-" + UUID.randomUUID();
    assertThatThrownBy(() -> starter.start(SourceType.CASE, caseNo, "UTIL_GAS", "town-donghu", "grid-wenchang-01"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("不属于");
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count()).isZero();
    assertThat(emergencies.incidentsFrom(SourceType.CASE, caseNo)).isEmpty();
  }

  @Test
  void shouldRejectAReportThatIsTooShortAndKeepTheTask() {
    ProcessInstance pi = starter.start(SourceType.CASE, "AJ-" + UUID.randomUUID(), "UTIL_GAS", TOWNSHIP, null);
    executeNotifications(pi);
    Task firstReport = claimed(task(FIRST_REPORT, pi));

    assertThatThrownBy(() -> complete(firstReport,
        withVariables("reportContent", "有险情", "casualties", 0L, "underControl", false)))
        .hasMessageContaining("首报内容至少10字");

    assertThat(pi).isWaitingAt(FIRST_REPORT, RESPOND_ON_SCENE);
    assertThat(emergencies.reports(incidentOf(pi).getId())).isEmpty();
  }

  private void executeNotifications(ProcessInstance pi) {
    List<Job> jobs = managementService().createJobQuery().processInstanceId(pi.getId()).messages().list();
    assertThat(jobs).hasSize(3);
    jobs.forEach(j -> execute(j));
  }

  private void submitReport(ProcessInstance pi, String taskKey, boolean underControl) {
    complete(claimed(task(taskKey, pi)), withVariables("reportContent", "现场情况：已设置警戒区，正在处置中。",
        "casualties", 0L, "underControl", underControl));
  }

  private void respondOnScene(ProcessInstance pi) {
    complete(claimed(task(RESPOND_ON_SCENE, pi)),
        withVariables("responseMeasures", "已疏散周边群众，设置警戒，关闭阀门。", "responderCount", 6L));
  }

  private static Task claimed(Task task) {
    claim(task, "township1");
    return task;
  }

  private EmergencyIncident incidentOf(ProcessInstance pi) {
    return emergencies.incident((Long) historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(EmergencyVariables.INCIDENT_ID).singleResult().getValue());
  }
}
