package org.gridgov.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.spin.plugin.variable.SpinValues;
import org.gridgov.council.CouncilVariables.Elements;
import org.gridgov.intake.CaseIntakeService;
import org.gridgov.intake.ResidentReport;
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
 * Every path of 四议两公开 ({@code residentCouncil}): the demo village 柳林村 decides on hardening a
 * farm road. Default reactions drive the steps; each test changes only what its path needs.
 */
@ProcessScenarioTest
class ResidentCouncilProcessTest extends ProcessScenarioSupport {

  @TestConfiguration
  static class Gate {
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverage() {
      return CoverageGate.atLeast95Percent("residentTalk", "caseHandling", "disputeMediation", "emergencyResponse",
          "matterAdmission");
    }
  }

  private static final String VILLAGE = "comm-liulincun";
  private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 9, 0);

  @Autowired
  private CouncilService council;
  @Autowired
  private CaseIntakeService intake;

  private LocalDateTime now;

  @BeforeEach
  void startOfTheStory() {
    moveClockTo(START);
  }

  @Test
  void shouldPublishResultsWhenEveryStepPasses() {
    ProcessInstance pi = raise(null);
    assertThat(pi).isWaitingAt(Elements.DRAFT_PROPOSAL);
    assertThat(task()).hasCandidateGroup(VILLAGE);
    CouncilMatter matter = matterOf(pi);
    assertThat(pi.getBusinessKey()).isEqualTo(matter.getMatterNo()).matches("SY-20261201-\\d{6}");
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(matter.getMatterNo())
        .singleResult().getId()).isEqualTo(pi.getId());

    propose(pi);
    deliberate(pi, "ADOPT", null);
    schedulePartyMeeting(pi, 4, 45);
    assertThat(pi).isWaitingAt(Elements.PARTY_MEETING_DUE);
    assertThat(job().getDuedate()).isEqualTo(date(now.plusDays(4)));
    holdMeeting(pi);
    recordMeeting(pi, 40, 30, 6, 4, null);
    scheduleVillageMeeting(pi, "REPRESENTATIVES", 2, 30, null);
    holdMeeting(pi);
    recordMeeting(pi, 25, 20, 3, 2, null);

    assertThat(pi).isWaitingAt(Elements.PUBLICITY_ENDS);
    CouncilNotice resolution = council.notices(matter.getId()).get(0);
    assertThat(resolution.getKind()).isEqualTo(CouncilNotice.Kind.RESOLUTION);
    assertThat(resolution.getPublicityDays()).isEqualTo(7);
    assertThat(resolution.getPublicityEnds()).isEqualTo(now.plusDays(7));
    endPublicity(pi);

    String caseNo = intake.report(new ResidentReport("ENV_GARBAGE", null, "生产路沿线建筑垃圾需清运", "柳林村一组",
        null, null, null, null, "APP", null)).caseNo();
    planImplementation(pi, "路基平整；柳林村村委会；2027-01-15；" + caseNo,
        "浇筑混凝土路面; 安澜县路桥公司; 2027年3月31日");
    List<CouncilWorkItem> items = council.workItems(matter.getId());
    assertThat(items).extracting(CouncilWorkItem::getTitle).containsExactly("路基平整", "浇筑混凝土路面");
    assertThat(items).extracting(CouncilWorkItem::getCaseNo).containsExactly(caseNo, null);
    reportProgress(pi, items.get(0).getId(), 50);
    reportProgress(pi, items.get(0).getId(), 100);
    reportProgress(pi, items.get(1).getId(), 100);
    assertThat(pi).isWaitingAt(Elements.SUMMARISE_RESULTS);
    complete(task(), withVariables(CouncilVariables.RESULT_SUMMARY, "生产路 1.2 公里全部硬化并通过验收",
        CouncilVariables.AMOUNT_SPENT, 358000.5));

    assertThat(pi).hasPassedInOrder(Elements.DRAFT_PROPOSAL, Elements.DELIBERATE, Elements.SCHEDULE_PARTY_MEETING,
        Elements.RECORD_PARTY_MEETING, Elements.SCHEDULE_VILLAGE_MEETING, Elements.RECORD_VILLAGE_MEETING,
        Elements.PUBLISH_RESOLUTION, Elements.PLAN_IMPLEMENTATION, Elements.REPORT_PROGRESS,
        Elements.PUBLISH_RESULTS);
    assertThat(pi).isEnded().hasPassed(Elements.END_RESULTS_PUBLISHED);
    CouncilMatter closed = council.matter(matter.getId());
    assertThat(closed.getStatus()).isEqualTo(CouncilStatus.CLOSED);
    assertThat(closed.getOutcome()).isEqualTo(CouncilOutcome.IMPLEMENTED);
    assertThat(closed.getBudget()).isEqualByComparingTo("380000");
    assertThat(council.meetings(matter.getId())).extracting(CouncilMeeting::getKind, CouncilMeeting::getPassed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(MeetingKind.PARTY_MEMBERS, true),
            org.assertj.core.groups.Tuple.tuple(MeetingKind.REPRESENTATIVES, true));
    assertThat(council.meetings(matter.getId()).get(0).getRuleApplied()).contains("三分之二");
    assertThat(council.workItems(matter.getId())).allSatisfy(item -> assertThat(item.getProgress()).isEqualTo(100));
    assertThat(council.notices(matter.getId())).extracting(CouncilNotice::getKind)
        .containsExactly(CouncilNotice.Kind.RESOLUTION, CouncilNotice.Kind.RESULTS);
    assertThat(council.notices(matter.getId()).get(1).getContent()).contains("358000.50", "路基平整",
        "关联案件 " + caseNo);
  }

  @Test
  void shouldReturnProposalForRevisionAndCloseWhenCommitteesReject() {
    ProcessInstance pi = raise(false);
    propose(pi);
    deliberate(pi, "REVISE", "预算偏高，请补充两家以上报价");
    assertThat(pi).isWaitingAt(Elements.DRAFT_PROPOSAL);
    assertThat(taskService().getVariable(task().getId(), CouncilVariables.CONTENT)).isNotNull();
    propose(pi);
    deliberate(pi, "REJECT", "集体资金不足，暂缓");

    assertThat(pi).isEnded().hasPassed(Elements.CLOSE_REJECTED_PROPOSAL, Elements.END_PROPOSAL_REJECTED);
    CouncilMatter matter = matterOf(pi);
    assertThat(matter.getOutcome()).isEqualTo(CouncilOutcome.REJECTED_BY_COMMITTEES);
    assertThat(matter.getOutcomeReason()).isEqualTo("集体资金不足，暂缓");
    assertThat(council.decisions(matter.getId())).extracting(CouncilDecision::getDecision).containsExactly(
        CouncilDecision.Verdict.PROPOSED, CouncilDecision.Verdict.REVISE, CouncilDecision.Verdict.PROPOSED,
        CouncilDecision.Verdict.REJECT);
  }

  @Test
  void shouldMergeProposalAndDeliberationWhereOneLeaderHoldsBothPosts() {
    // the demo county configures 王庄村 as 一肩挑 (gridgov.council.combined-leadership)
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(CouncilVariables.PROCESS_KEY, withVariables(
        CouncilVariables.COMMUNITY_ID, "comm-wangzhuang", CouncilVariables.TITLE, "王庄村村规民约修订"));
    assertThat(pi).isWaitingAt(Elements.JOINT_PROPOSAL);
    assertThat(task()).hasCandidateGroup("comm-wangzhuang");
    completeJoint(pi, "ADOPT", null);

    assertThat(pi).isWaitingAt(Elements.SCHEDULE_PARTY_MEETING).hasNotPassed(Elements.DRAFT_PROPOSAL,
        Elements.DELIBERATE);
    assertThat(council.decisions(matterOf(pi).getId())).extracting(CouncilDecision::getStep)
        .containsExactly(CouncilDecision.Step.PROPOSAL, CouncilDecision.Step.JOINT);
  }

  @Test
  void shouldRaiseMatterInTheInitiatorsOwnCommunityWhenTheFormLeavesItOut() {
    // logged in as in Tasklist: the user with the groups of their unit and role
    identityService().setAuthentication("community1", identityService().createGroupQuery().groupMember("community1")
        .list().stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
    ProcessInstance pi;
    try {
      // Tasklist's start form sends the untouched field as an empty string
      pi = runtimeService().startProcessInstanceByKey(CouncilVariables.PROCESS_KEY,
          withVariables(CouncilVariables.TITLE, "文昌社区加装电梯补贴", CouncilVariables.COMMUNITY_ID, ""));
    } finally {
      identityService().clearAuthentication();
    }

    assertThat(pi).isWaitingAt(Elements.DRAFT_PROPOSAL);
    assertThat(task()).hasCandidateGroup("comm-wenchang");
    assertThat(matterOf(pi).getCommunityId()).isEqualTo("comm-wenchang");
    assertThat(matterOf(pi).getCreatedBy()).isEqualTo("community1");
  }

  @Test
  void shouldCloseWhenJointMeetingRejectsProposal() {
    ProcessInstance pi = raise(true);
    completeJoint(pi, "REJECT", "与村庄规划冲突");

    assertThat(pi).isEnded().hasPassed(Elements.END_PROPOSAL_REJECTED);
    assertThat(matterOf(pi).getOutcome()).isEqualTo(CouncilOutcome.REJECTED_BY_COMMITTEES);
  }

  @Test
  void shouldRescheduleMissedPartyMeetingAndFailAfterTheLastReschedule() {
    ProcessInstance pi = toPartyMeeting();
    for (int attempt = 1; attempt <= 2; attempt++) {
      schedulePartyMeeting(pi, 3, 45);
      holdMeeting(pi);
      recordMeeting(pi, 29, 25, 2, 2, null);
      assertThat(pi).isWaitingAt(Elements.SCHEDULE_PARTY_MEETING);
      assertThat((String) taskService().getVariable(task().getId(), CouncilVariables.MEETING_VERDICT))
          .contains("第 " + attempt + " 次召集", "实到 29", "会议无效");
    }
    schedulePartyMeeting(pi, 3, 45);
    holdMeeting(pi);
    recordMeeting(pi, 20, 18, 1, 1, null);

    assertThat(pi).isEnded().hasPassed(Elements.CLOSE_QUORUM_FAILURE, Elements.END_QUORUM_FAILED);
    CouncilMatter matter = matterOf(pi);
    assertThat(matter.getOutcome()).isEqualTo(CouncilOutcome.QUORUM_FAILED);
    assertThat(matter.getOutcomeReason()).contains("党员大会已召集 3 次", "最多改期 2 次");
    assertThat(council.meetings(matter.getId())).extracting(CouncilMeeting::getAttempt).containsExactly(1, 2, 3);
  }

  @Test
  void shouldRescheduleMissedVillageMeetingAndFailAfterTheLastReschedule() {
    ProcessInstance pi = toVillageMeeting();
    for (int attempt = 1; attempt <= 3; attempt++) {
      scheduleVillageMeeting(pi, "REPRESENTATIVES", 1, 30, null);
      holdMeeting(pi);
      recordMeeting(pi, 19, 19, 0, 0, null);
    }

    assertThat(pi).isEnded().hasPassed(Elements.END_QUORUM_FAILED);
    assertThat(matterOf(pi).getOutcomeReason()).contains("村民代表会议已召集 3 次");
  }

  @Test
  void shouldPublishRejectionWhenPartyMembersVoteAgainst() {
    ProcessInstance pi = toPartyMeeting();
    schedulePartyMeeting(pi, 3, 45);
    holdMeeting(pi);
    // 30 of 45 attend (exactly two thirds); 22 for is not more than half of the 45 who should attend
    recordMeeting(pi, 30, 22, 5, 3, null);

    assertThat(pi).isEnded().hasPassed(Elements.PUBLISH_REJECTION, Elements.END_MOTION_REJECTED)
        .hasNotPassed(Elements.SCHEDULE_VILLAGE_MEETING);
    CouncilMatter matter = matterOf(pi);
    assertThat(matter.getOutcome()).isEqualTo(CouncilOutcome.REJECTED_BY_VOTE);
    CouncilNotice notice = council.notices(matter.getId()).get(0);
    assertThat(notice.getKind()).isEqualTo(CouncilNotice.Kind.REJECTION);
    assertThat(notice.getContent()).contains("赞成 22", "超过应到党员半数");
  }

  @Test
  void shouldPublishRejectionWhenVillagersVoteAgainst() {
    ProcessInstance pi = toVillageMeeting();
    scheduleVillageMeeting(pi, "VILLAGERS", 10, 800, 280);
    holdMeeting(pi);
    // 300 of 800 adults is no majority, but 200 of 280 households are represented: quorum; 150 of 300 is not more than half
    recordMeeting(pi, 300, 150, 120, 30, 200);

    assertThat(pi).isEnded().hasPassed(Elements.END_MOTION_REJECTED);
    CouncilMeeting meeting = council.meetings(matterOf(pi).getId()).get(1);
    assertThat(meeting.getQuorumReached()).isTrue();
    assertThat(meeting.getPassed()).isFalse();
    assertThat(meeting.getRuleApplied()).contains("三分之二以上户的代表");
  }

  @Test
  void shouldImplementAfterPublicityWhenObjectionIsDismissed() {
    ProcessInstance pi = toPublicity(false);
    String matterNo = matterOf(pi).getMatterNo();
    Long objectionId = council.fileObjection(matterNo, "王秀兰", "19900001234", "路线占用了我家的责任田");

    assertThat(pi).isWaitingAt(Elements.ANSWER_OBJECTION, Elements.PUBLICITY_ENDS);
    assertThat(taskService().getVariable(task().getId(), CouncilVariables.OBJECTION_CONTENT))
        .isEqualTo("路线占用了我家的责任田");
    complete(task(), withVariables(CouncilVariables.OBJECTION_SUSTAINED, false,
        CouncilVariables.OBJECTION_ANSWER, "经实地测量，路线在原有机耕路范围内，不占责任田"));
    assertThat(pi).isWaitingAt(Elements.PUBLICITY_ENDS);
    endPublicity(pi);

    assertThat(pi).isWaitingAt(Elements.PLAN_IMPLEMENTATION);
    CouncilObjection objection = council.objections(matterOf(pi).getId()).get(0);
    assertThat(objection.getId()).isEqualTo(objectionId);
    assertThat(objection.getSustained()).isFalse();
    assertThat(objection.getAnswer()).contains("不占责任田");
  }

  @Test
  void shouldReturnToCommitteesWhenObjectionIsSustained() {
    ProcessInstance pi = toPublicity(false);
    council.fileObjection(matterOf(pi).getMatterNo(), "李国强", null, "预算中的土方单价明显高于市场价");
    complete(task(), withVariables(CouncilVariables.OBJECTION_SUSTAINED, true,
        CouncilVariables.OBJECTION_ANSWER, "异议成立，重新询价后再议"));

    assertThat(pi).isWaitingAt(Elements.DELIBERATE).hasPassed(Elements.OBJECTION_SUSTAINED);
    assertThat(council.matter(matterOf(pi).getId()).getStatus()).isEqualTo(CouncilStatus.DELIBERATING);
    assertThat(runtimeService().createMessageCorrelation(CouncilVariables.MESSAGE_OBJECTION)
        .processInstanceBusinessKey(matterOf(pi).getMatterNo()).correlateAllWithResult()).isEmpty();
  }

  @Test
  void shouldReturnToJointMeetingWhenObjectionIsSustainedWhereOneLeaderHoldsBothPosts() {
    ProcessInstance pi = toPublicity(true);
    council.fileObjection(matterOf(pi).getMatterNo(), "赵德明", null, "未征求三组村民意见");
    complete(task(), withVariables(CouncilVariables.OBJECTION_SUSTAINED, true,
        CouncilVariables.OBJECTION_ANSWER, "异议成立，补充征求三组意见"));

    assertThat(pi).isWaitingAt(Elements.JOINT_PROPOSAL);
  }

  @Test
  void shouldRefuseImpossibleCountsAndChangeNothing() {
    ProcessInstance pi = toPartyMeeting();
    schedulePartyMeeting(pi, 3, 45);
    holdMeeting(pi);
    Task record = task();

    assertThatThrownBy(() -> complete(record, meetingCounts(46, 30, 0, 0, null)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("实到人数 46 不能多于应到党员人数 45");
    assertThatThrownBy(() -> complete(record, meetingCounts(40, 30, 8, 3, null)))
        .hasMessageContaining("合计 41 不能多于实到人数 40");
    assertThatThrownBy(() -> complete(record, meetingCounts(40, -1, 8, 3, null)))
        .hasMessageContaining("赞成票");

    assertThat(pi).isWaitingAt(Elements.RECORD_PARTY_MEETING);
    assertThat(council.meeting(council.meetings(matterOf(pi).getId()).get(0).getId()).getRecordedAt()).isNull();
  }

  @Test
  void shouldRefuseMeetingsCalledAtTooShortNotice() {
    ProcessInstance pi = toPartyMeeting();
    assertThatThrownBy(() -> schedulePartyMeeting(pi, 2, 45)).hasMessageContaining("至少 3 天");
    assertThat(pi).isWaitingAt(Elements.SCHEDULE_PARTY_MEETING);
    assertThat(council.meetings(matterOf(pi).getId())).isEmpty();

    schedulePartyMeeting(pi, 3, 45);
    holdMeeting(pi);
    recordMeeting(pi, 40, 30, 5, 5, null);
    assertThatThrownBy(() -> scheduleVillageMeeting(pi, "VILLAGERS", 9, 800, 280)).hasMessageContaining("至少 10 天");
    assertThatThrownBy(() -> scheduleVillageMeeting(pi, "VILLAGERS", 10, 800, null)).hasMessageContaining("总户数");
    assertThat(pi).isWaitingAt(Elements.SCHEDULE_VILLAGE_MEETING);
  }

  @Test
  void shouldRefuseObjectionOutsidePublicityAndUnknownCaseNumbers() {
    ProcessInstance pi = raise(false);
    String matterNo = matterOf(pi).getMatterNo();
    assertThatThrownBy(() -> council.fileObjection(matterNo, "王秀兰", null, "不同意"))
        .hasMessageContaining("不在决议公示期");
    assertThat(council.objections(matterOf(pi).getId())).isEmpty();

    ProcessInstance published = toPublicity(false);
    endPublicity(published);
    assertThatThrownBy(() -> planImplementation(published, "路基平整；村委会；2027-01-15；GG-20261129-999999"))
        .hasMessageContaining("案件编号不存在");
    assertThatThrownBy(() -> planImplementation(published, "路基平整；村委会；2027-01-15", "浇筑路面，路桥公司，2027-03-31"))
        .hasMessageContaining("第 2 项须写成“工作内容；责任人(单位)；计划完成日期”");
    assertThatThrownBy(() -> planImplementation(published, "路基平整；村委会；2027-02-30"))
        .hasMessageContaining("第 1 项的计划完成日期格式不正确");
    assertThatThrownBy(() -> planImplementation(published, "路基平整；；2027-01-15"))
        .hasMessageContaining("请填写第 1 项的责任人(单位)");
    assertThatThrownBy(() -> planImplementation(published)).hasMessageContaining("至少要有一项");
    assertThat(council.workItems(matterOf(published).getId())).isEmpty();
  }

  // ---- the story's steps, with the values a village would enter

  private ProcessInstance raise(Boolean combinedLeadership) {
    Map<String, Object> variables = withVariables(CouncilVariables.COMMUNITY_ID, VILLAGE,
        CouncilVariables.TITLE, "柳林村一组生产路硬化", CouncilVariables.SUMMARY, "雨天泥泞，群众出行难");
    if (combinedLeadership != null) {
      variables.put(CouncilVariables.COMBINED_LEADERSHIP, combinedLeadership);
    }
    return runtimeService().startProcessInstanceByKey(CouncilVariables.PROCESS_KEY, variables);
  }

  private void propose(ProcessInstance pi) {
    assertThat(pi).isWaitingAt(Elements.DRAFT_PROPOSAL);
    complete(task(), proposal());
  }

  private static Map<String, Object> proposal() {
    return withVariables(CouncilVariables.CONTENT, "硬化一组生产路 1.2 公里，宽 4 米", CouncilVariables.BUDGET, 380000,
        CouncilVariables.SCOPE, "一组全体村民", CouncilVariables.RESIDENT_OPINIONS, "恳谈会上多数群众赞成");
  }

  private void deliberate(ProcessInstance pi, String decision, String comment) {
    assertThat(pi).isWaitingAt(Elements.DELIBERATE);
    complete(task(), withVariables(CouncilVariables.DECISION, decision, CouncilVariables.DECISION_COMMENT, comment));
  }

  private void completeJoint(ProcessInstance pi, String decision, String comment) {
    assertThat(pi).isWaitingAt(Elements.JOINT_PROPOSAL);
    Map<String, Object> values = proposal();
    values.put(CouncilVariables.DECISION, decision);
    values.put(CouncilVariables.DECISION_COMMENT, comment);
    complete(task(), values);
  }

  private void schedulePartyMeeting(ProcessInstance pi, int daysAhead, int members) {
    assertThat(pi).isWaitingAt(Elements.SCHEDULE_PARTY_MEETING);
    complete(task(), withVariables(CouncilVariables.MEETING_TIME, now.plusDays(daysAhead).format(FORM_TIME),
        CouncilVariables.PLACE, "柳林村党群服务中心", CouncilVariables.EXPECTED_COUNT, members));
  }

  private void scheduleVillageMeeting(ProcessInstance pi, String kind, int daysAhead, int expected,
      Integer households) {
    assertThat(pi).isWaitingAt(Elements.SCHEDULE_VILLAGE_MEETING);
    complete(task(), withVariables(CouncilVariables.MEETING_KIND, kind,
        CouncilVariables.MEETING_TIME, now.plusDays(daysAhead).format(FORM_TIME),
        CouncilVariables.PLACE, "柳林村文化广场", CouncilVariables.EXPECTED_COUNT, expected,
        CouncilVariables.HOUSEHOLDS_TOTAL, households));
  }

  /** The meeting day comes: the clock moves to the timer's due date and the timer fires. */
  private void holdMeeting(ProcessInstance pi) {
    Date due = job().getDuedate();
    moveClockTo(LocalDateTime.ofInstant(due.toInstant(), ZoneId.systemDefault()));
    execute(job());
    assertThat(pi).isWaitingAt(Elements.RECORD_PARTY_MEETING.equals(task().getTaskDefinitionKey())
        ? Elements.RECORD_PARTY_MEETING : Elements.RECORD_VILLAGE_MEETING);
  }

  private void recordMeeting(ProcessInstance pi, int attendees, int yes, int no, int abstain, Integer households) {
    complete(task(), meetingCounts(attendees, yes, no, abstain, households));
  }

  private static Map<String, Object> meetingCounts(int attendees, int yes, int no, int abstain, Integer households) {
    return withVariables(CouncilVariables.ATTENDEE_COUNT, attendees, CouncilVariables.VOTES_FOR, yes,
        CouncilVariables.VOTES_AGAINST, no, CouncilVariables.VOTES_ABSTAIN, abstain,
        CouncilVariables.HOUSEHOLDS_REPRESENTED, households, CouncilVariables.MINUTES, "举手表决");
  }

  private void endPublicity(ProcessInstance pi) {
    assertThat(pi).isWaitingAt(Elements.PUBLICITY_ENDS);
    moveClockTo(now.plusDays(7));
    execute(job());
  }

  /** The work items as the village types them, one a line; Tasklist submits them as {@code {"text": …}}. */
  private void planImplementation(ProcessInstance pi, String... workItems) {
    assertThat(pi).isWaitingAt(Elements.PLAN_IMPLEMENTATION);
    complete(task(), withVariables(CouncilVariables.WORK_ITEMS, SpinValues.jsonValue(
        new ObjectMapper().createObjectNode().put("text", String.join("\n", workItems)).toString()).create()));
  }

  private void reportProgress(ProcessInstance pi, Long workItemId, int progress) {
    Task task = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Elements.REPORT_PROGRESS).list().stream()
        .filter(t -> workItemId.equals(taskService().getVariable(t.getId(), CouncilVariables.WORK_ITEM_ID)))
        .findFirst().orElseThrow();
    assertThat(task).hasCandidateGroup(VILLAGE);
    assertThat((String) taskService().getVariable(task.getId(), CouncilVariables.WORK_ITEM_TITLE)).contains("计划");
    complete(task, withVariables(CouncilVariables.PROGRESS, progress, CouncilVariables.PROGRESS_NOTE,
        "完成 " + progress + "%"));
  }

  private ProcessInstance toPartyMeeting() {
    ProcessInstance pi = raise(false);
    propose(pi);
    deliberate(pi, "ADOPT", null);
    return pi;
  }

  private ProcessInstance toVillageMeeting() {
    ProcessInstance pi = toPartyMeeting();
    schedulePartyMeeting(pi, 3, 45);
    holdMeeting(pi);
    recordMeeting(pi, 40, 30, 5, 5, null);
    return pi;
  }

  private ProcessInstance toPublicity(boolean combinedLeadership) {
    ProcessInstance pi = raise(combinedLeadership);
    if (combinedLeadership) {
      completeJoint(pi, "ADOPT", null);
    } else {
      propose(pi);
      deliberate(pi, "ADOPT", null);
    }
    schedulePartyMeeting(pi, 3, 45);
    holdMeeting(pi);
    recordMeeting(pi, 40, 30, 5, 5, null);
    scheduleVillageMeeting(pi, "REPRESENTATIVES", 1, 30, null);
    holdMeeting(pi);
    recordMeeting(pi, 25, 20, 3, 2, null);
    assertThat(pi).isWaitingAt(Elements.PUBLICITY_ENDS);
    return pi;
  }

  private CouncilMatter matterOf(ProcessInstance pi) {
    Long matterId = (Long) org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
        .createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(CouncilVariables.MATTER_ID).singleResult().getValue();
    return council.matter(matterId);
  }

  private void moveClockTo(LocalDateTime time) {
    now = time;
    ClockUtil.setCurrentTime(date(time));
  }

  private static Date date(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }
}
