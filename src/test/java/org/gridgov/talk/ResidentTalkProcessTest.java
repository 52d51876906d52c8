package org.gridgov.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.spin.plugin.variable.SpinValues;
import org.gridgov.council.CouncilMatter;
import org.gridgov.council.CouncilService;
import org.gridgov.council.CouncilVariables;
import org.gridgov.talk.TalkVariables.Elements;
import org.gridgov.testsupport.CoverageGate;
import org.gridgov.testsupport.ProcessScenarioSupport;
import org.gridgov.testsupport.ProcessScenarioTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of 小板凳恳谈会 ({@code residentTalk}): 文昌社区 talks with its residents about parking
 * in 文昌花园; each demand is handed on and the residents hear back.
 */
@ProcessScenarioTest
class ResidentTalkProcessTest extends ProcessScenarioSupport {

  @TestConfiguration
  static class Gate {
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverage() {
      // the council matters a demand starts are residentCouncil's business, tested there
      return CoverageGate.atLeast95Percent(CouncilVariables.PROCESS_KEY, "caseHandling", "disputeMediation",
          "emergencyResponse", "matterAdmission");
    }
  }

  private static final String COMMUNITY = "comm-wenchang";
  private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 9, 0);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  private TalkService talks;
  @Autowired
  private CouncilService council;
  @Autowired
  private JdbcTemplate jdbc;

  @BeforeEach
  void startOfTheStory() {
    ClockUtil.setCurrentTime(date(START));
  }

  @Test
  void shouldHandOnEveryDemandAndTellParticipantsWhatBecameOfTheirOpinions() {
    ProcessInstance pi = organiseInTasklist();
    Talk talk = talkOf(pi);
    assertThat(pi.getBusinessKey()).isEqualTo(talk.getTalkNo()).matches("TK-20261201-\\d{6}");
    assertThat(runtimeService().getVariables(pi.getId())).doesNotContainKeys(TalkVariables.INVITEES,
        TalkVariables.TOPIC);
    assertThat(talks.participants(talk.getId())).extracting(TalkParticipant::getName, TalkParticipant::getHousehold,
        TalkParticipant::getPhone).containsExactly(
            org.assertj.core.groups.Tuple.tuple("张桂芳", "文昌花园2号楼401", "19900001111"),
            org.assertj.core.groups.Tuple.tuple("刘建军", "文昌花园2号楼 502", null),
            org.assertj.core.groups.Tuple.tuple("陈晓梅", "文昌花园3号楼101", "19900003333"));

    assertThat(pi).isWaitingAt(Elements.NOTIFY_INVITEES);
    execute(job());
    execute(job());
    assertThat(notifications(talk.getTalkNo(), "TALK_INVITATION")).hasSize(3)
        .allSatisfy(text -> assertThat(text).contains("文昌社区", "停车难"));

    assertThat(pi).isWaitingAt(Elements.HOLD_TALK);
    assertThat(task()).hasCandidateGroup(COMMUNITY);
    complete(task(), withVariables(TalkVariables.PARTICIPANTS, lines(
        "张桂芳 文昌花园2号楼401：晚上小区里停满车，消防通道被堵",
        "刘建军：希望把2号楼后面的空地改成停车位",
        "赵大爷 文昌路18号: 小区门口的垃圾堆了三天没人清运",
        "",
        "陈晓梅：希望社区办周末托管班",
        "王师傅",
        "𠮷大爷 文昌花园5号楼"), TalkVariables.NOTES, "社区书记和网格员参加"));
    assertThat(talks.participants(talk.getId())).extracting(TalkParticipant::getName, TalkParticipant::isInvited,
        TalkParticipant::isAttended).containsExactly(
            org.assertj.core.groups.Tuple.tuple("张桂芳", true, true),
            org.assertj.core.groups.Tuple.tuple("刘建军", true, true),
            org.assertj.core.groups.Tuple.tuple("陈晓梅", true, true),
            org.assertj.core.groups.Tuple.tuple("赵大爷", false, true),
            org.assertj.core.groups.Tuple.tuple("王师傅", false, true),
            // a 4-byte character (CJK Ext-B) is kept whole, also on MySQL
            org.assertj.core.groups.Tuple.tuple("𠮷大爷", false, true));

    assertThat(pi).isWaitingAt(Elements.SUMMARISE_DEMANDS);
    String opinionList = (String) taskService().getVariable(task().getId(), TalkVariables.OPINION_LIST);
    assertThat(opinionList).startsWith("1. 晚上小区里停满车").doesNotContain("张桂芳");
    complete(task(), withVariables(TalkVariables.DEMANDS, lines(
        "1，2：规划增设停车位并整治占用消防通道",
        "3: 文昌花园门口垃圾清运不及时",
        "4：开办周末托管班")));

    List<TalkDemand> demands = talks.demands(talk.getId());
    decide(pi, demands.get(0).getId(), withVariables(TalkVariables.DEMAND_ROUTE, "COUNCIL",
        TalkVariables.COUNCIL_TITLE, "文昌花园2号楼后空地改建停车场"));
    decide(pi, demands.get(1).getId(), withVariables(TalkVariables.DEMAND_ROUTE, "CASE",
        TalkVariables.CATEGORY_CODE, "ENV_GARBAGE", TalkVariables.CASE_ADDRESS, "文昌花园小区南门"));
    decide(pi, demands.get(2).getId(), withVariables(TalkVariables.DEMAND_ROUTE, "ANSWER",
        TalkVariables.ANSWER, "社区场地暂不具备条件，已联系文昌小学课后服务，下月起可报名"));

    assertThat(pi).isWaitingAt(Elements.NOTIFY_PARTICIPANTS);
    execute(job());
    assertThat(pi).isEnded().hasPassed(Elements.PROPOSE_COUNCIL_MATTER, Elements.END_COUNCIL_PROPOSED,
        Elements.OPEN_CASE, Elements.END_CASE_OPENED, Elements.END_DEMAND_ANSWERED, Elements.END_TALK_CONCLUDED);

    String caseNo = talks.demand(demands.get(1).getId()).getCaseNo();
    assertThat(caseNo).startsWith("GG-");
    assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
        .createHistoricProcessInstanceQuery().processDefinitionKey("caseHandling").processInstanceBusinessKey(caseNo)
        .count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select description from gov_case where case_no = ?", String.class, caseNo))
        .contains(talk.getTalkNo(), "垃圾清运不及时");

    TalkDemand proposed = talks.demand(demands.get(0).getId());
    CouncilMatter matter = council.matterByNo(proposed.getCouncilMatterNo());
    assertThat(matter.getTitle()).isEqualTo("文昌花园2号楼后空地改建停车场");
    assertThat(matter.getSourceTalkNo()).isEqualTo(talk.getTalkNo());
    assertThat(matter.getCommunityId()).isEqualTo(COMMUNITY);
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(CouncilVariables.PROCESS_KEY)
        .processInstanceBusinessKey(matter.getMatterNo()).count()).isEqualTo(1);
    assertThat(talks.opinions(talk.getId())).extracting(TalkOpinion::getDemandId)
        .containsExactly(demands.get(0).getId(), demands.get(0).getId(), demands.get(1).getId(),
            demands.get(2).getId());

    List<String> outcomes = notifications(talk.getTalkNo(), "TALK_OUTCOME");
    assertThat(outcomes).hasSize(6);
    assertThat(outcomes).anySatisfy(text -> assertThat(text).startsWith("张桂芳")
        .contains("已提交“四议两公开”决策(事项编号 " + matter.getMatterNo() + ")"));
    assertThat(outcomes).anySatisfy(text -> assertThat(text).startsWith("赵大爷").contains("已转为事件案件 " + caseNo));
    assertThat(outcomes).anySatisfy(text -> assertThat(text).startsWith("陈晓梅").contains("答复：社区场地暂不具备条件"));
    assertThat(outcomes).anySatisfy(text -> assertThat(text).startsWith("王师傅").contains("形成诉求 3 项"));
    assertThat(talks.talk(talk.getId()).getStatus()).isEqualTo(Talk.Status.CONCLUDED);
  }

  @Test
  void shouldConcludeTalkWithoutDemandsOrganisedThroughTheService() {
    String talkNo = talks.organise(COMMUNITY, "楼道照明", "文昌社区党群服务中心", START.plusDays(1),
        List.of(new TalkService.Invitee("孙丽", "文昌花园1号楼", "19900002222")), "community1");
    ProcessInstance pi = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(talkNo)
        .singleResult();
    assertThat(runtimeService().getVariables(pi.getId())).containsOnlyKeys(TalkVariables.COMMUNITY_ID,
        TalkVariables.TALK_ID, TalkVariables.MEETING_DUE, "initiator");

    assertThat(pi).isWaitingAt(Elements.NOTIFY_INVITEES);
    execute(job());
    assertThat(pi).isWaitingAt(Elements.TALK_DUE);
    assertThat(job().getDuedate()).isEqualTo(date(START.plusDays(1)));
    execute(job());
    complete(task(), withVariables(TalkVariables.PARTICIPANTS, lines("孙丽 文昌花园1号楼：楼道灯已经修好了，谢谢")));
    complete(task(), withVariables(TalkVariables.DEMANDS, lines()));
    execute(job());

    assertThat(pi).isEnded().hasNotPassed(Elements.DECIDE_DEMAND).hasPassed(Elements.END_TALK_CONCLUDED);
    assertThat(notifications(talkNo, "TALK_OUTCOME")).singleElement().asString()
        .contains("楼道灯已经修好了", "已记录，作为社区工作参考");
  }

  @Test
  void shouldRefuseBadInputAndChangeNothing() {
    assertThatThrownBy(() -> talks.organise(COMMUNITY, "停车", "广场", START.minusHours(1),
        List.of(new TalkService.Invitee("孙丽", null, null)), null)).hasMessageContaining("须晚于现在");
    assertThatThrownBy(() -> talks.organise(COMMUNITY, "停车", "广场", START.plusDays(1),
        List.of(new TalkService.Invitee("孙丽", null, "12345")), null)).hasMessageContaining("电话号码不正确");

    Integer talksBefore = jdbc.queryForObject("select count(*) from gov_talk", Integer.class);
    assertThatThrownBy(() -> organiseInTasklist(lines("孙丽 12345678 文昌花园1号楼")))
        .hasMessageContaining("第 1 位受邀居民的电话号码不正确: 12345678");
    assertThatThrownBy(() -> organiseInTasklist(lines(""))).hasMessageContaining("请至少邀请一户居民");
    assertThat(jdbc.queryForObject("select count(*) from gov_talk", Integer.class)).isEqualTo(talksBefore);

    ProcessInstance pi = organiseInTasklist();
    assertThat(pi).isWaitingAt(Elements.NOTIFY_INVITEES);
    execute(job());
    execute(job());
    Task hold = task();
    assertThatThrownBy(() -> complete(hold, withVariables(TalkVariables.PARTICIPANTS, lines("  ", ""))))
        .hasMessageContaining("至少记录一位");
    assertThatThrownBy(() -> complete(hold, withVariables(TalkVariables.PARTICIPANTS, lines("张桂芳：停车难",
        "：路灯暗")))).hasMessageContaining("请填写第 2 位到会居民的姓名");
    assertThatThrownBy(() -> complete(hold, withVariables(TalkVariables.PARTICIPANTS, "张桂芳：停车难")))
        .hasMessageContaining("到会居民名单的格式不正确");
    assertThat(talks.participants(talkOf(pi).getId())).noneMatch(TalkParticipant::isAttended);
    complete(hold, withVariables(TalkVariables.PARTICIPANTS, lines("张桂芳：停车难", "刘建军：路灯暗")));
    Task summary = task();
    assertThatThrownBy(() -> complete(summary, withVariables(TalkVariables.DEMANDS, lines("1,5：停车"))))
        .hasMessageContaining("意见 5 不存在");
    assertThatThrownBy(() -> complete(summary, withVariables(TalkVariables.DEMANDS, lines("1：停车", "1：停车位"))))
        .hasMessageContaining("意见 1 已归入第 1 项诉求");
    assertThatThrownBy(() -> complete(summary, withVariables(TalkVariables.DEMANDS, lines("1,2："))))
        .hasMessageContaining("请填写第 1 项诉求的内容");
    assertThat(talks.demands(talkOf(pi).getId())).isEmpty();

    complete(summary, withVariables(TalkVariables.DEMANDS, lines("1,2：停车")));
    Task decision = task();
    assertThatThrownBy(() -> complete(decision, withVariables(TalkVariables.DEMAND_ROUTE, "ANSWER")))
        .hasMessageContaining("答复内容和理由");
    assertThatThrownBy(() -> complete(decision, withVariables(TalkVariables.DEMAND_ROUTE, "SOMEWHERE")))
        .hasMessageContaining("请选择诉求去向");
    assertThatThrownBy(() -> complete(decision, withVariables(TalkVariables.DEMAND_ROUTE, "CASE",
        TalkVariables.CATEGORY_CODE, "NO_SUCH_CATEGORY"))).hasMessageContaining("事项分类无效");
    assertThat(pi).isWaitingAt(Elements.DECIDE_DEMAND);
    assertThat(talks.demands(talkOf(pi).getId()).get(0).getRoute()).isNull();
  }

  // ---- helpers

  private ProcessInstance organiseInTasklist() {
    return organiseInTasklist(lines(
        "张桂芳 19900001111 文昌花园2号楼401",
        "刘建军 文昌花园2号楼 502",
        "陈晓梅 文昌花园3号楼101 199 0000 3333"));
  }

  private ProcessInstance organiseInTasklist(Object invitees) {
    return runtimeService().startProcessInstanceByKey(TalkVariables.PROCESS_KEY, withVariables(
        TalkVariables.COMMUNITY_ID, COMMUNITY, TalkVariables.TOPIC, "文昌花园小区停车难",
        TalkVariables.PLACE, "文昌花园2号楼前小广场", TalkVariables.MEETING_TIME, START.plusDays(2).format(FORM_TIME),
        TalkVariables.INVITEES, invitees));
  }

  /** What Tasklist submits for a list typed into a form's textarea (a group with a path). */
  private static Object lines(String... lines) {
    return SpinValues.jsonValue(JSON.createObjectNode().put("text", String.join("\n", lines)).toString()).create();
  }

  private void decide(ProcessInstance pi, Long demandId, Map<String, Object> values) {
    Task task = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Elements.DECIDE_DEMAND).list().stream()
        .filter(t -> demandId.equals(taskService().getVariable(t.getId(), TalkVariables.DEMAND_ID)))
        .findFirst().orElseThrow();
    assertThat(task).hasCandidateGroup(COMMUNITY);
    assertThat((String) taskService().getVariable(task.getId(), TalkVariables.DEMAND_CONTENT))
        .isEqualTo(talks.demand(demandId).getSeq() + ". " + talks.demand(demandId).getContent());
    complete(task, values);
  }

  private Talk talkOf(ProcessInstance pi) {
    Long talkId = (Long) org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
        .createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(TalkVariables.TALK_ID)
        .singleResult().getValue();
    return talks.talk(talkId);
  }

  private List<String> notifications(String talkNo, String template) {
    return jdbc.queryForList("select content from gov_notification where reference_no = ? and template_code = ?"
        + " order by id", String.class, talkNo, template);
  }

  private static Date date(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }
}
