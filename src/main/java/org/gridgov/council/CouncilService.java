package org.gridgov.council;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.forms.FormValues;
import org.gridgov.organisation.OrganisationService;
import org.gridgov.organisation.Unit;
import org.gridgov.organisation.UnitType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of 四议两公开 and the record a person looks up afterwards: the matter, each decision,
 * each meeting with its counts and the rule applied, the notices, objections and implementation.
 */
@Service
public class CouncilService {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final String CASE_NO_PATTERN = "[A-Z]{2,4}-\\d{8}-\\d{6}";

  private final CouncilMapper councils;
  private final CouncilProperties properties;
  private final QuorumRule quorumRule;
  private final OrganisationService organisation;
  private final RuntimeService runtime;
  private final CaseReadModel cases;

  public CouncilService(CouncilMapper councils, CouncilProperties properties, QuorumRule quorumRule,
      OrganisationService organisation, RuntimeService runtime, CaseReadModel cases) {
    this.councils = councils;
    this.properties = properties;
    this.quorumRule = quorumRule;
    this.organisation = organisation;
    this.runtime = runtime;
    this.cases = cases;
  }

  /**
   * Starts 四议两公开 on a matter (as the start form in Tasklist does) and returns its matter number,
   * e.g. from a 小板凳恳谈会 whose demand needs a village decision.
   */
  @Transactional
  public String raise(String communityId, String title, String summary, String sourceTalkNo) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CouncilVariables.COMMUNITY_ID, communityId);
    variables.put(CouncilVariables.TITLE, title);
    variables.put(CouncilVariables.SUMMARY, summary);
    variables.put(CouncilVariables.SOURCE_TALK_NO, sourceTalkNo);
    ProcessInstance instance = runtime.startProcessInstanceByKey(CouncilVariables.PROCESS_KEY, variables);
    // read back from gov_council_matter, not the engine: the caller may not (yet) be allowed to read the instance
    return councils.findMatterByProcessInstance(instance.getId()).getMatterNo();
  }

  @Transactional
  public CouncilMatter register(String processInstanceId, String communityId, String title, String summary,
      String sourceTalkNo, Boolean combinedLeadership, String createdBy) {
    String communityOrHome = communityId != null ? communityId : homeCommunity(createdBy);
    Unit community = communityOrHome == null ? null : organisation.unit(communityOrHome).orElse(null);
    if (community == null || community.getUnitType() != UnitType.COMMUNITY) {
      throw new InvalidCouncilInputException("请填写议事的村(社区)编码(发起人不属于村(社区)时必填)，编码不存在或不是村(社区): " + communityId);
    }
    requireText(title, "议题名称", 200);
    LocalDateTime now = FormValues.now();
    CouncilMatter matter = new CouncilMatter();
    matter.setMatterNo("TMP-" + UUID.randomUUID().toString().replace("-", "").substring(0, 28));
    matter.setCommunityId(community.getId());
    matter.setTitle(title);
    matter.setSummary(limit(summary, "议题说明", 1000));
    matter.setSourceTalkNo(limit(sourceTalkNo, "恳谈会编号", 32));
    matter.setCombinedLeadership(combinedLeadership != null
        ? combinedLeadership : properties.combinedLeadership(community.getId()));
    matter.setStatus(CouncilStatus.PROPOSING);
    matter.setProcessInstanceId(processInstanceId);
    matter.setCreatedBy(createdBy);
    matter.setCreatedAt(now);
    matter.setUpdatedAt(now);
    councils.insertMatter(matter);
    // the number is derived from the id, so two matters raised at once never share it
    matter.setMatterNo(String.format("SY-%s-%06d", now.format(DAY), matter.getId()));
    councils.updateMatter(matter);
    return matter;
  }

  @Transactional
  public void recordProposal(Long matterId, String content, Object budget, String scope, String residentOpinions,
      String userId) {
    CouncilMatter matter = matter(matterId);
    matter.setContent(requireText(content, "提议方案内容", 4000));
    matter.setBudget(amount(budget, "预算"));
    matter.setScope(requireText(scope, "实施范围", 1000));
    matter.setResidentOpinions(limit(residentOpinions, "征求意见情况", 4000));
    matter.setStatus(CouncilStatus.DELIBERATING);
    touch(matter);
    insertDecision(matterId, CouncilDecision.Step.PROPOSAL, CouncilDecision.Verdict.PROPOSED, null, userId);
  }

  /** The committees' (or the joint meeting's) decision; returns it for the gateway. */
  @Transactional
  public CouncilDecision.Verdict recordDeliberation(Long matterId, CouncilDecision.Step step, String decision,
      String comment, String userId) {
    CouncilDecision.Verdict verdict;
    try {
      verdict = CouncilDecision.Verdict.valueOf(decision == null ? "" : decision);
    } catch (IllegalArgumentException e) {
      throw new InvalidCouncilInputException("请选择商议结果: 通过、退回修改或不通过");
    }
    if (verdict == CouncilDecision.Verdict.PROPOSED
        || (step == CouncilDecision.Step.JOINT && verdict == CouncilDecision.Verdict.REVISE)) {
      throw new InvalidCouncilInputException("商议结果只能是" + (step == CouncilDecision.Step.JOINT
          ? "通过或不通过" : "通过、退回修改或不通过"));
    }
    if (verdict != CouncilDecision.Verdict.ADOPT && (comment == null || comment.isBlank())) {
      throw new InvalidCouncilInputException("退回修改或不通过时须写明意见或理由");
    }
    insertDecision(matterId, step, verdict, limit(comment, "商议意见", 2000), userId);
    CouncilMatter matter = matter(matterId);
    matter.setStatus(verdict == CouncilDecision.Verdict.REVISE ? CouncilStatus.PROPOSING : matter.getStatus());
    touch(matter);
    return verdict;
  }

  @Transactional
  public void closeRejectedProposal(Long matterId) {
    CouncilMatter matter = matter(matterId);
    List<CouncilDecision> decisions = councils.findDecisions(matterId);
    close(matter, CouncilOutcome.REJECTED_BY_COMMITTEES, decisions.get(decisions.size() - 1).getComment());
  }

  /** Calls a meeting: the plan is circulated (or the meeting announced) now, the meeting is at the given time. */
  @Transactional
  public CouncilMeeting scheduleMeeting(Long matterId, MeetingKind kind, Object meetingTime, String place,
      Integer expectedCount, Integer householdsTotal) {
    if (kind == null) {
      throw new InvalidCouncilInputException("请选择会议形式: 村民代表会议或村民会议");
    }
    LocalDateTime now = FormValues.now();
    LocalDateTime at = FormValues.dateTime(meetingTime, "会议时间");
    int noticeDays = properties.noticeDays(kind);
    if (!at.isAfter(now) || at.isBefore(now.plusDays(noticeDays))) {
      throw new InvalidCouncilInputException(kind.label() + "须在" + (noticeDays > 0
          ? "方案分发(通知)至少 " + noticeDays + " 天之后" : "现在之后") + "召开，最早 "
          + now.plusDays(noticeDays).withSecond(0).withNano(0) + "，填写的是 " + at);
    }
    requireText(place, "会议地点", 200);
    if (expectedCount == null || expectedCount < 1) {
      throw new InvalidCouncilInputException("请填写" + kind.expectedLabel() + "(至少 1 人)");
    }
    if (kind == MeetingKind.VILLAGERS && (householdsTotal == null || householdsTotal < 1)) {
      throw new InvalidCouncilInputException("村民会议须填写本村(社区)总户数(至少 1 户)");
    }
    CouncilMeeting meeting = new CouncilMeeting();
    meeting.setMatterId(matterId);
    meeting.setKind(kind);
    meeting.setAttempt((int) councils.findMeetings(matterId).stream().filter(m -> m.getKind() == kind).count() + 1);
    meeting.setPlace(place.strip());
    meeting.setScheduledAt(at);
    meeting.setNoticeAt(now);
    meeting.setExpectedCount(expectedCount);
    meeting.setHouseholdsTotal(kind == MeetingKind.VILLAGERS ? householdsTotal : null);
    councils.insertMeeting(meeting);
    CouncilMatter matter = matter(matterId);
    matter.setStatus(kind == MeetingKind.PARTY_MEMBERS ? CouncilStatus.PARTY_REVIEW : CouncilStatus.VILLAGE_RESOLUTION);
    touch(matter);
    return meeting;
  }

  /** Records who came and how they voted; the counts must be possible. */
  @Transactional
  public void recordMeeting(Long meetingId, Integer attendeeCount, Integer householdsRepresented, Integer votesFor,
      Integer votesAgainst, Integer votesAbstain, String minutes, String userId) {
    CouncilMeeting meeting = councils.findMeeting(meetingId);
    if (meeting.getRecordedAt() != null) {
      throw new InvalidCouncilInputException("该次会议已记录，不能重复记录");
    }
    int attendees = count(attendeeCount, "实到人数");
    int yes = count(votesFor, "赞成票");
    int no = count(votesAgainst, "反对票");
    int abstain = count(votesAbstain, "弃权票");
    if (attendees > meeting.getExpectedCount()) {
      throw new InvalidCouncilInputException("实到人数 " + attendees + " 不能多于" + meeting.getKind().expectedLabel()
          + " " + meeting.getExpectedCount());
    }
    if (yes + no + abstain > attendees) {
      throw new InvalidCouncilInputException("赞成、反对、弃权票合计 " + (yes + no + abstain) + " 不能多于实到人数 "
          + attendees);
    }
    Integer households = null;
    if (meeting.getKind() == MeetingKind.VILLAGERS) {
      households = count(householdsRepresented, "到会户代表户数");
      if (households > meeting.getHouseholdsTotal()) {
        throw new InvalidCouncilInputException("到会户代表户数 " + households + " 不能多于总户数 "
            + meeting.getHouseholdsTotal());
      }
    }
    meeting.setAttendeeCount(attendees);
    meeting.setHouseholdsRepresented(households);
    meeting.setVotesFor(yes);
    meeting.setVotesAgainst(no);
    meeting.setVotesAbstain(abstain);
    meeting.setMinutes(limit(minutes, "会议纪要", 2000));
    meeting.setRecordedBy(userId);
    meeting.setRecordedAt(FormValues.now());
    councils.updateMeeting(meeting);
  }

  /** Applies the quorum/majority table to a recorded meeting and keeps the rule on the meeting's record. */
  @Transactional
  public CouncilMeeting applyQuorumRule(Long meetingId) {
    CouncilMeeting meeting = councils.findMeeting(meetingId);
    QuorumRule.Verdict verdict = quorumRule.decide(meeting);
    meeting.setQuorumReached(verdict.quorumReached());
    meeting.setPassed(verdict.quorumReached() && verdict.passed());
    meeting.setRuleApplied(limit(verdict.rule(), "规则", 500));
    councils.updateMeeting(meeting);
    return meeting;
  }

  public int maxReschedules() {
    return properties.getMaxReschedules();
  }

  /** The meeting's counts and verdict in one line, for the next task and the notices. */
  public String describe(CouncilMeeting meeting) {
    StringBuilder text = new StringBuilder()
        .append(meeting.getKind().label()).append("(第 ").append(meeting.getAttempt()).append(" 次召集): ")
        .append(meeting.getKind().expectedLabel()).append(" ").append(meeting.getExpectedCount())
        .append("，实到 ").append(meeting.getAttendeeCount());
    if (meeting.getKind() == MeetingKind.VILLAGERS) {
      text.append("，到会户代表 ").append(meeting.getHouseholdsRepresented()).append("/")
          .append(meeting.getHouseholdsTotal()).append(" 户");
    }
    text.append("，赞成 ").append(meeting.getVotesFor()).append("、反对 ").append(meeting.getVotesAgainst())
        .append("、弃权 ").append(meeting.getVotesAbstain()).append("。适用规则: ").append(meeting.getRuleApplied())
        .append("。结论: ").append(!meeting.getQuorumReached() ? "未达法定到会人数，会议无效"
            : meeting.getPassed() ? "通过" : "未通过");
    return text.toString();
  }

  @Transactional
  public void closeQuorumFailure(Long matterId, Long meetingId) {
    CouncilMeeting meeting = councils.findMeeting(meetingId);
    close(matter(matterId), CouncilOutcome.QUORUM_FAILED, meeting.getKind().label() + "已召集 "
        + meeting.getAttempt() + " 次仍未达法定到会人数(最多改期 " + properties.getMaxReschedules() + " 次)。"
        + describe(meeting));
  }

  /** A failed vote ends the matter; the result is published all the same. */
  @Transactional
  public CouncilNotice publishRejection(Long matterId, Long meetingId) {
    CouncilMatter matter = matter(matterId);
    CouncilMeeting meeting = councils.findMeeting(meetingId);
    String reason = describe(meeting);
    CouncilNotice notice = notice(matterId, CouncilNotice.Kind.REJECTION,
        "「" + matter.getTitle() + "」(" + matter.getMatterNo() + ") 表决未通过。" + reason, null);
    close(matter, CouncilOutcome.REJECTED_BY_VOTE, reason);
    return notice;
  }

  /** Posts the resolution with its publicity period; objections may be filed until it ends. */
  @Transactional
  public CouncilNotice publishResolution(Long matterId) {
    CouncilMatter matter = matter(matterId);
    List<CouncilMeeting> meetings = councils.findMeetings(matterId);
    StringBuilder content = new StringBuilder("「").append(matter.getTitle()).append("」(")
        .append(matter.getMatterNo()).append(") 决议: ").append(matter.getContent()).append(" 预算 ")
        .append(matter.getBudget()).append(" 元，范围: ").append(matter.getScope()).append("。");
    meetings.stream().filter(m -> Boolean.TRUE.equals(m.getPassed()))
        .forEach(m -> content.append(' ').append(describe(m)));
    matter.setStatus(CouncilStatus.PUBLICITY);
    touch(matter);
    return notice(matterId, CouncilNotice.Kind.RESOLUTION, limit(content.toString(), "公告", 4000),
        properties.getPublicityDays());
  }

  /**
   * A resident objects to a resolution on public notice: recorded and handed to the process, which
   * asks the community to answer. Refused (nothing recorded) when the matter is not on public notice.
   */
  @Transactional
  public Long fileObjection(String matterNo, String objectorName, String objectorPhone, String content) {
    CouncilMatter matter = matterNo == null ? null : councils.findMatterByNo(matterNo);
    if (matter == null) {
      throw new InvalidCouncilInputException("议事事项不存在: " + matterNo);
    }
    CouncilObjection objection = new CouncilObjection();
    objection.setMatterId(matter.getId());
    List<CouncilNotice> notices = councils.findNotices(matter.getId());
    objection.setNoticeId(notices.isEmpty() ? null : notices.get(notices.size() - 1).getId());
    objection.setObjectorName(requireText(objectorName, "异议人姓名", 50));
    objection.setObjectorPhone(limit(objectorPhone, "联系电话", 20));
    objection.setContent(requireText(content, "异议内容", 2000));
    objection.setFiledAt(FormValues.now());
    councils.insertObjection(objection);
    try {
      runtime.createMessageCorrelation(CouncilVariables.MESSAGE_OBJECTION)
          .processInstanceBusinessKey(matterNo)
          .setVariableLocal(CouncilVariables.OBJECTION_ID, objection.getId())
          .setVariableLocal(CouncilVariables.OBJECTION_CONTENT, objection.getContent())
          .correlateExclusively();
    } catch (MismatchingMessageCorrelationException e) {
      throw new InvalidCouncilInputException("「" + matter.getTitle() + "」当前不在决议公示期，不能提出异议");
    }
    return objection.getId();
  }

  @Transactional
  public boolean answerObjection(Long objectionId, Boolean sustained, String answer, String userId) {
    if (sustained == null) {
      throw new InvalidCouncilInputException("请选择异议是否成立");
    }
    CouncilObjection objection = councils.findObjection(objectionId);
    objection.setSustained(sustained);
    objection.setAnswer(requireText(answer, "答复内容", 2000));
    objection.setAnsweredBy(userId);
    objection.setAnsweredAt(FormValues.now());
    councils.updateObjection(objection);
    if (sustained) {
      CouncilMatter matter = matter(objection.getMatterId());
      matter.setStatus(CouncilStatus.DELIBERATING);
      touch(matter);
    }
    return sustained;
  }

  /** The implementation plan: at least one work item, each with who is responsible and when it is due. */
  @Transactional
  public List<Long> planImplementation(Long matterId, List<WorkItemPlan> plan) {
    if (plan == null || plan.isEmpty()) {
      throw new InvalidCouncilInputException("实施计划至少要有一项工作");
    }
    if (plan.size() > 50) {
      throw new InvalidCouncilInputException("实施计划最多 50 项工作");
    }
    List<Long> ids = new ArrayList<>();
    int seq = councils.findWorkItems(matterId).size();
    for (WorkItemPlan entry : plan) {
      seq++;
      CouncilWorkItem item = new CouncilWorkItem();
      item.setMatterId(matterId);
      item.setSeq(seq);
      item.setTitle(requireText(entry.title(), "第 " + seq + " 项的工作内容", 300));
      item.setResponsible(requireText(entry.responsible(), "第 " + seq + " 项的责任人(单位)", 100));
      item.setPlannedFinish(FormValues.date(entry.plannedFinish(), "第 " + seq + " 项的计划完成日期"));
      item.setCaseNo(checkCaseNo(entry.caseNo()));
      councils.insertWorkItem(item);
      ids.add(item.getId());
    }
    CouncilMatter matter = matter(matterId);
    matter.setStatus(CouncilStatus.IMPLEMENTING);
    touch(matter);
    return ids;
  }

  public CouncilWorkItem workItem(Long workItemId) {
    return councils.findWorkItem(workItemId);
  }

  /** A progress report on one work item; returns whether the item is finished (100 %). */
  @Transactional
  public boolean reportProgress(Long workItemId, Integer progress, String note, String caseNo, String userId) {
    CouncilWorkItem item = councils.findWorkItem(workItemId);
    if (progress == null || progress < 0 || progress > 100) {
      throw new InvalidCouncilInputException("完成进度须在 0 到 100 之间");
    }
    if (progress < item.getProgress()) {
      throw new InvalidCouncilInputException("完成进度不能低于上次报告的 " + item.getProgress() + "%");
    }
    String linked = checkCaseNo(caseNo);
    if (linked != null) {
      item.setCaseNo(linked);
    }
    LocalDateTime now = FormValues.now();
    item.setProgress(progress);
    item.setFinishedAt(progress == 100 ? now : null);
    councils.updateWorkItem(item);
    councils.insertProgress(workItemId, progress, requireText(note, "进展说明", 2000), userId, now);
    return progress == 100;
  }

  @Transactional
  public void summariseResults(Long matterId, String resultSummary, Object amountSpent) {
    CouncilMatter matter = matter(matterId);
    matter.setResultSummary(requireText(resultSummary, "实施结果", 4000));
    matter.setAmountSpent(amount(amountSpent, "实际支出"));
    touch(matter);
  }

  /** 实施结果公开: the results go on the board and the matter is closed. */
  @Transactional
  public CouncilNotice publishResults(Long matterId) {
    CouncilMatter matter = matter(matterId);
    StringBuilder content = new StringBuilder("「").append(matter.getTitle()).append("」(")
        .append(matter.getMatterNo()).append(") 实施结果: ").append(matter.getResultSummary())
        .append(" 实际支出 ").append(matter.getAmountSpent()).append(" 元(预算 ").append(matter.getBudget())
        .append(" 元)。");
    for (CouncilWorkItem item : councils.findWorkItems(matterId)) {
      content.append(' ').append(item.getSeq()).append(". ").append(item.getTitle()).append(" — ")
          .append(item.getResponsible()).append("，完成 ").append(item.getProgress()).append('%');
      if (item.getCaseNo() != null) {
        content.append("，关联案件 ").append(item.getCaseNo());
      }
      content.append(';');
    }
    CouncilNotice notice = notice(matterId, CouncilNotice.Kind.RESULTS, limit(content.toString(), "公告", 4000), null);
    close(matter, CouncilOutcome.IMPLEMENTED, null);
    return notice;
  }

  // look-ups for people and tests

  public CouncilMatter matter(Long matterId) {
    CouncilMatter matter = councils.findMatter(matterId);
    if (matter == null) {
      throw new IllegalStateException("议事事项不存在: " + matterId);
    }
    return matter;
  }

  public CouncilMatter matterByNo(String matterNo) {
    return councils.findMatterByNo(matterNo);
  }

  public List<CouncilDecision> decisions(Long matterId) {
    return councils.findDecisions(matterId);
  }

  public List<CouncilMeeting> meetings(Long matterId) {
    return councils.findMeetings(matterId);
  }

  public CouncilMeeting meeting(Long meetingId) {
    return councils.findMeeting(meetingId);
  }

  public List<CouncilNotice> notices(Long matterId) {
    return councils.findNotices(matterId);
  }

  public List<CouncilObjection> objections(Long matterId) {
    return councils.findObjections(matterId);
  }

  public List<CouncilWorkItem> workItems(Long matterId) {
    return councils.findWorkItems(matterId);
  }

  /** The village/community a member of its staff belongs to, for a start form left without one. */
  public String homeCommunity(String userId) {
    return userId == null ? null : organisation.person(userId)
        .flatMap(person -> organisation.unit(person.getUnitId()))
        .filter(unit -> unit.getUnitType() == UnitType.COMMUNITY)
        .map(Unit::getId)
        .orElse(null);
  }

  // helpers

  /** A case number is linked only if that caseHandling case exists (in the case read model). */
  private String checkCaseNo(String caseNo) {
    if (caseNo == null || caseNo.isBlank()) {
      return null;
    }
    String number = caseNo.strip();
    if (!number.matches(CASE_NO_PATTERN) || cases.find(number).isEmpty()) {
      throw new InvalidCouncilInputException("关联的案件编号不存在: " + number);
    }
    return number;
  }

  private CouncilNotice notice(Long matterId, CouncilNotice.Kind kind, String content, Integer publicityDays) {
    CouncilNotice notice = new CouncilNotice();
    LocalDateTime now = FormValues.now();
    notice.setMatterId(matterId);
    notice.setKind(kind);
    notice.setContent(content);
    notice.setPublishedAt(now);
    notice.setPublicityDays(publicityDays);
    notice.setPublicityEnds(publicityDays == null ? null : now.plusDays(publicityDays));
    councils.insertNotice(notice);
    return notice;
  }

  private void insertDecision(Long matterId, CouncilDecision.Step step, CouncilDecision.Verdict verdict,
      String comment, String userId) {
    CouncilDecision decision = new CouncilDecision();
    decision.setMatterId(matterId);
    decision.setStep(step);
    decision.setDecision(verdict);
    decision.setComment(comment);
    decision.setDecidedBy(userId);
    decision.setDecidedAt(FormValues.now());
    councils.insertDecision(decision);
  }

  private void close(CouncilMatter matter, CouncilOutcome outcome, String reason) {
    matter.setStatus(CouncilStatus.CLOSED);
    matter.setOutcome(outcome);
    matter.setOutcomeReason(limit(reason, "理由", 1000));
    matter.setClosedAt(FormValues.now());
    touch(matter);
  }

  private void touch(CouncilMatter matter) {
    matter.setUpdatedAt(FormValues.now());
    councils.updateMatter(matter);
  }

  private static int count(Integer value, String label) {
    if (value == null || value < 0) {
      throw new InvalidCouncilInputException("请填写" + label + "(不能为负数)");
    }
    return value;
  }

  private static BigDecimal amount(Object value, String label) {
    if (value == null || value.toString().isBlank()) {
      throw new InvalidCouncilInputException("请填写" + label + "(元)");
    }
    try {
      BigDecimal amount = new BigDecimal(value.toString().strip());
      if (amount.signum() < 0 || amount.compareTo(new BigDecimal("999999999999")) > 0) {
        throw new InvalidCouncilInputException(label + "须在 0 到 999999999999 元之间");
      }
      return amount.setScale(2, java.math.RoundingMode.HALF_UP);
    } catch (NumberFormatException e) {
      throw new InvalidCouncilInputException(label + "须为金额(元): " + value);
    }
  }

  private static String requireText(String value, String label, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidCouncilInputException("请填写" + label);
    }
    return limit(value, label, max);
  }

  private static String limit(String value, String label, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw new InvalidCouncilInputException(label + "不能超过 " + max + " 字");
    }
    return text;
  }

  /** One line of the implementation plan as the form sends it. */
  public record WorkItemPlan(String title, String responsible, String plannedFinish, String caseNo) {
  }
}
