package org.gridgov.talk;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gridgov.council.CouncilService;
import org.gridgov.forms.FormValues;
import org.gridgov.intake.CaseIntakeService;
import org.gridgov.intake.IntakeReceipt;
import org.gridgov.intake.ResidentReport;
import org.gridgov.notification.Notification;
import org.gridgov.notification.Notifier;
import org.gridgov.organisation.OrganisationService;
import org.gridgov.organisation.Unit;
import org.gridgov.organisation.UnitType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 小板凳恳谈会: who was invited and who came, each resident's opinion, the 群众诉求清单 and what
 * became of each demand; residents hear back through the {@link Notifier}.
 */
@Service
public class TalkService {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("M月d日 HH:mm");
  private static final int MAX_ROWS = 200;

  private final TalkMapper talks;
  private final OrganisationService organisation;
  private final CouncilService council;
  private final Notifier notifier;
  private final RuntimeService runtime;
  private final CaseIntakeService intake;

  public TalkService(TalkMapper talks, OrganisationService organisation, CouncilService council, Notifier notifier,
      RuntimeService runtime, CaseIntakeService intake) {
    this.talks = talks;
    this.organisation = organisation;
    this.council = council;
    this.notifier = notifier;
    this.runtime = runtime;
    this.intake = intake;
  }

  /**
   * Organises a talk from Java (a REST resource, an import): the invitees go straight into
   * gov_talk_participant and the process starts with the talk's id only. Returns the talk number.
   */
  @Transactional
  public String organise(String communityId, String topic, String place, LocalDateTime meetingTime,
      List<Invitee> invitees, String createdBy) {
    Talk talk = register(null, communityId, topic, place, FormValues.toDate(meetingTime), invitees, createdBy);
    Map<String, Object> variables = new HashMap<>();
    variables.put(TalkVariables.COMMUNITY_ID, talk.getCommunityId());
    variables.put(TalkVariables.TALK_ID, talk.getId());
    ProcessInstance instance = runtime.startProcessInstanceByKey(TalkVariables.PROCESS_KEY, talk.getTalkNo(),
        variables);
    talks.setProcessInstance(talk.getId(), instance.getId());
    return talk.getTalkNo();
  }

  /** One invited resident/household as the organising form lists them. */
  public record Invitee(String name, String household, String phone) {
  }

  /** One resident who spoke (or just came) as the meeting form lists them. */
  public record Speaker(String name, String household, String opinion) {
  }

  /** One demand of the list, with the numbers of the opinions it sums up. */
  public record DemandDraft(String content, List<Integer> opinionNos) {
  }

  @Transactional
  public Talk register(String processInstanceId, String communityId, String topic, String place, Object meetingTime,
      List<Invitee> invitees, String createdBy) {
    String communityOrHome = communityId != null ? communityId : council.homeCommunity(createdBy);
    Unit community = communityOrHome == null ? null : organisation.unit(communityOrHome).orElse(null);
    if (community == null || community.getUnitType() != UnitType.COMMUNITY) {
      throw new InvalidTalkInputException("请填写召开恳谈会的村(社区)编码(发起人不属于村(社区)时必填)，编码不存在或不是村(社区): " + communityId);
    }
    LocalDateTime now = FormValues.now();
    LocalDateTime at = FormValues.dateTime(meetingTime, "恳谈会时间");
    if (!at.isAfter(now)) {
      throw new InvalidTalkInputException("恳谈会时间须晚于现在: " + at);
    }
    if (invitees.isEmpty()) {
      throw new InvalidTalkInputException("请至少邀请一户居民");
    }
    if (invitees.size() > MAX_ROWS) {
      throw new InvalidTalkInputException("一次恳谈会最多邀请 " + MAX_ROWS + " 户");
    }
    Talk talk = new Talk();
    talk.setTalkNo("TMP-" + UUID.randomUUID().toString().replace("-", "").substring(0, 28));
    talk.setCommunityId(community.getId());
    talk.setTopic(require(topic, "恳谈议题", 200));
    talk.setPlace(require(place, "地点", 200));
    talk.setScheduledAt(at);
    talk.setStatus(Talk.Status.INVITED);
    talk.setProcessInstanceId(processInstanceId);
    talk.setCreatedBy(createdBy);
    talk.setCreatedAt(now);
    talk.setUpdatedAt(now);
    talks.insertTalk(talk);
    // the number is derived from the id, so two talks organised at once never share it
    talk.setTalkNo(String.format("TK-%s-%06d", now.format(DAY), talk.getId()));
    talks.updateTalk(talk);
    talks.setProcessInstance(talk.getId(), processInstanceId);
    int row = 0;
    for (Invitee invitee : invitees) {
      row++;
      TalkParticipant participant = new TalkParticipant();
      participant.setTalkId(talk.getId());
      participant.setName(require(invitee.name(), "第 " + row + " 位受邀居民的姓名", 50));
      participant.setHousehold(limit(invitee.household(), "第 " + row + " 位的户/住址", 200));
      participant.setPhone(phone(invitee.phone(), row));
      participant.setInvited(true);
      talks.insertParticipant(participant);
    }
    return talk;
  }

  /** Invitations go out through the notifier; the dedup key makes a retried job send nothing twice. */
  @Transactional
  public int inviteResidents(Long talkId) {
    Talk talk = talk(talkId);
    String community = organisation.unit(talk.getCommunityId()).map(Unit::getName).orElse(talk.getCommunityId());
    int sent = 0;
    for (TalkParticipant participant : talks.findParticipants(talkId)) {
      if (!participant.isInvited()) {
        continue;
      }
      notifier.send(new Notification("talk:" + talk.getTalkNo() + ":invitation:" + participant.getId(),
          Notification.RecipientKind.RESIDENT, residentRef(participant), "TALK_INVITATION", talk.getTalkNo(),
          participant.getName() + "您好，" + community + "定于" + talk.getScheduledAt().format(SHOWN) + "在"
              + talk.getPlace() + "召开小板凳恳谈会，议题：" + talk.getTopic() + "。欢迎参加，说说您的想法。"));
      sent++;
    }
    return sent;
  }

  /**
   * The meeting: who came (invited residents are matched by name and household, others are added)
   * and each opinion, numbered. Returns the numbered opinions without names, for the summary.
   */
  @Transactional
  public String recordMeeting(Long talkId, List<Speaker> speakers, String notes) {
    Talk talk = talk(talkId);
    if (talk.getStatus() != Talk.Status.INVITED) {
      throw new InvalidTalkInputException("该恳谈会已记录，不能重复记录");
    }
    if (speakers.isEmpty()) {
      throw new InvalidTalkInputException("请至少记录一位到会居民");
    }
    if (speakers.size() > MAX_ROWS) {
      throw new InvalidTalkInputException("到会居民最多记录 " + MAX_ROWS + " 位");
    }
    List<TalkParticipant> invited = talks.findParticipants(talkId);
    int seq = 0;
    int row = 0;
    for (Speaker speaker : speakers) {
      row++;
      String name = require(speaker.name(), "第 " + row + " 位到会居民的姓名", 50);
      String household = limit(speaker.household(), "第 " + row + " 位的户/住址", 200);
      TalkParticipant participant = invited.stream()
          .filter(p -> !p.isAttended() && p.getName().equals(name)
              && (household == null || p.getHousehold() == null || p.getHousehold().equals(household)))
          .findFirst().orElse(null);
      if (participant == null) {
        participant = new TalkParticipant();
        participant.setTalkId(talkId);
        participant.setName(name);
        participant.setHousehold(household);
        participant.setInvited(false);
        participant.setAttended(true);
        talks.insertParticipant(participant);
      } else {
        participant.setAttended(true);
        talks.updateAttendance(participant);
      }
      String opinion = limit(speaker.opinion(), "第 " + row + " 位的意见", 1000);
      if (opinion != null) {
        TalkOpinion entry = new TalkOpinion();
        entry.setTalkId(talkId);
        entry.setParticipantId(participant.getId());
        entry.setSeq(++seq);
        entry.setContent(opinion);
        talks.insertOpinion(entry);
      }
    }
    talk.setNotes(limit(notes, "会议情况", 2000));
    talk.setStatus(Talk.Status.HELD);
    touch(talk);
    return opinionList(talkId);
  }

  /** The opinions of a talk, numbered, without who said them. */
  public String opinionList(Long talkId) {
    List<TalkOpinion> opinions = talks.findOpinions(talkId);
    if (opinions.isEmpty()) {
      return "(本次恳谈会没有记录到具体意见)";
    }
    return opinions.stream().map(o -> o.getSeq() + ". " + o.getContent()).collect(Collectors.joining("\n"));
  }

  /** The 群众诉求清单; every opinion goes into at most one demand. Returns the demand ids. */
  @Transactional
  public List<Long> summarise(Long talkId, List<DemandDraft> drafts) {
    Talk talk = talk(talkId);
    if (talk.getStatus() != Talk.Status.HELD) {
      throw new InvalidTalkInputException("该恳谈会的诉求清单已汇总");
    }
    if (drafts.size() > MAX_ROWS) {
      throw new InvalidTalkInputException("诉求清单最多 " + MAX_ROWS + " 项");
    }
    Map<Integer, TalkOpinion> opinions = new HashMap<>();
    talks.findOpinions(talkId).forEach(o -> opinions.put(o.getSeq(), o));
    Map<Integer, Integer> usedBy = new HashMap<>();
    List<Long> ids = new ArrayList<>();
    int seq = 0;
    for (DemandDraft draft : drafts) {
      seq++;
      TalkDemand demand = new TalkDemand();
      demand.setTalkId(talkId);
      demand.setSeq(seq);
      demand.setContent(require(draft.content(), "第 " + seq + " 项诉求的内容", 1000));
      talks.insertDemand(demand);
      for (Integer no : draft.opinionNos()) {
        TalkOpinion opinion = opinions.get(no);
        if (opinion == null) {
          throw new InvalidTalkInputException("第 " + seq + " 项诉求引用的意见 " + no + " 不存在");
        }
        if (usedBy.containsKey(no)) {
          throw new InvalidTalkInputException("意见 " + no + " 已归入第 " + usedBy.get(no) + " 项诉求，不能重复归入");
        }
        usedBy.put(no, seq);
        opinion.setDemandId(demand.getId());
        talks.linkOpinion(opinion);
      }
      ids.add(demand.getId());
    }
    talk.setStatus(Talk.Status.SUMMARISED);
    touch(talk);
    return ids;
  }

  public TalkDemand demand(Long demandId) {
    return talks.findDemand(demandId);
  }

  /** How a demand is handed on; an answer needs its reason, a case its category. */
  @Transactional
  public TalkDemand.Route decide(Long demandId, String route, String categoryCode, String answer, String userId) {
    TalkDemand.Route chosen;
    try {
      chosen = TalkDemand.Route.valueOf(route == null ? "" : route);
    } catch (IllegalArgumentException e) {
      throw new InvalidTalkInputException("请选择诉求去向: 转为事件案件、提交四议两公开或答复说明");
    }
    TalkDemand demand = talks.findDemand(demandId);
    if (demand.getRoute() != null) {
      throw new InvalidTalkInputException("第 " + demand.getSeq() + " 项诉求的去向已确定");
    }
    if (chosen == TalkDemand.Route.ANSWER) {
      demand.setAnswer(require(answer, "答复内容和理由", 2000));
    }
    if (chosen == TalkDemand.Route.CASE) {
      demand.setCategoryCode(require(categoryCode, "事件类别", 32));
    }
    demand.setRoute(chosen);
    demand.setDecidedBy(userId);
    demand.setDecidedAt(FormValues.now());
    talks.updateDemand(demand);
    return chosen;
  }

  /** A demand that needs a village decision becomes a 四议两公开 matter citing this talk. */
  @Transactional
  public String proposeToCouncil(Long demandId, String title) {
    TalkDemand demand = talks.findDemand(demandId);
    Talk talk = talk(demand.getTalkId());
    String matterTitle = title != null ? title : limit200(demand.getContent());
    String matterNo = council.raise(talk.getCommunityId(), matterTitle,
        "来自小板凳恳谈会「" + talk.getTopic() + "」的群众诉求: " + demand.getContent(), talk.getTalkNo());
    demand.setCouncilMatterNo(matterNo);
    talks.updateDemand(demand);
    return matterNo;
  }

  /**
   * A demand for a department or the grid becomes a caseHandling case, filed like a resident's
   * report from channel TALK; the idempotency key makes a retry answer the same case.
   */
  @Transactional
  public String openCase(Long demandId, String address) {
    TalkDemand demand = talks.findDemand(demandId);
    Talk talk = talk(demand.getTalkId());
    IntakeReceipt receipt = intake.report(new ResidentReport(demand.getCategoryCode(), null,
        "小板凳恳谈会「" + talk.getTopic() + "」(" + talk.getTalkNo() + ")群众诉求: " + demand.getContent(),
        address != null ? limit(address, "事件地址", 300) : talk.getPlace(), null, null, null, null, "TALK",
        "talk:" + talk.getTalkNo() + ":demand:" + demand.getId()));
    demand.setCaseNo(receipt.masterCaseNo() != null ? receipt.masterCaseNo() : receipt.caseNo());
    talks.updateDemand(demand);
    return demand.getCaseNo();
  }

  /** Every resident who came hears what became of their opinions (or of the meeting, if they gave none). */
  @Transactional
  public int tellParticipants(Long talkId) {
    Talk talk = talk(talkId);
    Map<Long, TalkDemand> demands = new LinkedHashMap<>();
    talks.findDemands(talkId).forEach(d -> demands.put(d.getId(), d));
    Map<Long, List<TalkOpinion>> opinionsOf = talks.findOpinions(talkId).stream()
        .collect(Collectors.groupingBy(TalkOpinion::getParticipantId));
    int sent = 0;
    for (TalkParticipant participant : talks.findParticipants(talkId)) {
      if (!participant.isAttended()) {
        continue;
      }
      StringBuilder text = new StringBuilder(participant.getName()).append("您好，感谢参加「")
          .append(talk.getTopic()).append("」恳谈会。");
      List<TalkOpinion> own = opinionsOf.getOrDefault(participant.getId(), List.of());
      if (own.isEmpty()) {
        text.append("会上形成诉求 ").append(demands.size()).append(" 项，办理情况可凭编号 ").append(talk.getTalkNo())
            .append(" 查询。");
      }
      for (TalkOpinion opinion : own) {
        TalkDemand demand = opinion.getDemandId() == null ? null : demands.get(opinion.getDemandId());
        text.append("您提出的「").append(shorten(opinion.getContent())).append("」：")
            .append(demand == null ? "已记录，作为社区工作参考" : demand.outcome()).append("。");
      }
      notifier.send(new Notification("talk:" + talk.getTalkNo() + ":outcome:" + participant.getId(),
          Notification.RecipientKind.RESIDENT, residentRef(participant), "TALK_OUTCOME", talk.getTalkNo(),
          text.length() > 1000 ? text.substring(0, 997) + "…" : text.toString()));
      sent++;
    }
    talk.setStatus(Talk.Status.CONCLUDED);
    talk.setConcludedAt(FormValues.now());
    touch(talk);
    return sent;
  }

  // look-ups

  public Talk talk(Long talkId) {
    Talk talk = talks.findTalk(talkId);
    if (talk == null) {
      throw new IllegalStateException("恳谈会不存在: " + talkId);
    }
    return talk;
  }

  public Talk talkByNo(String talkNo) {
    return talks.findTalkByNo(talkNo);
  }

  public List<TalkParticipant> participants(Long talkId) {
    return talks.findParticipants(talkId);
  }

  public List<TalkOpinion> opinions(Long talkId) {
    return talks.findOpinions(talkId);
  }

  public List<TalkDemand> demands(Long talkId) {
    return talks.findDemands(talkId);
  }

  // helpers

  /** The notifier addresses residents by a reference, never by phone number. */
  static String residentRef(TalkParticipant participant) {
    return "talk-participant-" + participant.getId();
  }

  private void touch(Talk talk) {
    talk.setUpdatedAt(FormValues.now());
    talks.updateTalk(talk);
  }

  private static String phone(String value, int row) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String phone = value.replaceAll("[ -]", "");
    if (!phone.matches("1[3-9]\\d{9}|0\\d{9,11}")) {
      throw new InvalidTalkInputException("第 " + row + " 位受邀居民的电话号码不正确: " + value);
    }
    return phone;
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }

  private static String limit200(String text) {
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }

  private static String require(String value, String label, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidTalkInputException("请填写" + label);
    }
    return limit(value, label, max);
  }

  private static String limit(String value, String label, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw new InvalidTalkInputException(label + "不能超过 " + max + " 字");
    }
    return text;
  }
}
