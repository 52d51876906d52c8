package org.gridgov.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines staff type into the talk's forms, read as Tasklist sends them ({@code {"text": …}}). */
class TalkListsTest {

  @Test
  void invitedHouseholdsWithOrWithoutPhoneInAnyPlace() {
    assertThat(TalkLists.invitees(typed(
        "张桂芳 19900001111 文昌花园2号楼3单元401",
        "  ",
        "刘建军\t文昌花园2号楼 502",
        "陈晓梅，文昌花园3号楼101，199 0000 3333",
        "赵大爷 0371-6123456 文昌路18号",
        "孙丽"))).containsExactly(
            new TalkService.Invitee("张桂芳", "文昌花园2号楼3单元401", "19900001111"),
            new TalkService.Invitee("刘建军", "文昌花园2号楼 502", null),
            new TalkService.Invitee("陈晓梅", "文昌花园3号楼101", "19900003333"),
            new TalkService.Invitee("赵大爷", "文昌路18号", "0371-6123456"),
            new TalkService.Invitee("孙丽", null, null));
  }

  @Test
  void speakersWithHouseholdAndOpinionAfterTheColon() {
    assertThat(TalkLists.speakers(typed(
        "张桂芳 文昌花园2号楼401：晚上停满车：消防通道被堵",
        "刘建军: 希望改建停车位",
        "王师傅",
        "：没写名字的意见"))).containsExactly(
            new TalkService.Speaker("张桂芳", "文昌花园2号楼401", "晚上停满车：消防通道被堵"),
            new TalkService.Speaker("刘建军", null, "希望改建停车位"),
            new TalkService.Speaker("王师傅", null, null),
            new TalkService.Speaker(null, null, "没写名字的意见"));
  }

  @Test
  void demandsLedByTheNumbersOfTheirOpinions() {
    assertThat(TalkLists.demands(typed(
        "1，3、4：增设停车位",
        "2: 垃圾清运",
        "开办托管班：周末"))).containsExactly(
            new TalkService.DemandDraft("增设停车位", List.of(1, 3, 4)),
            new TalkService.DemandDraft("垃圾清运", List.of(2)),
            new TalkService.DemandDraft("开办托管班：周末", List.of()));
    assertThatThrownBy(() -> TalkLists.demands(typed("99999999999：停车")))
        .hasMessageContaining("意见序号不正确");
  }

  @Test
  void anEmptyOrMissingListHasNoEntriesAndAnythingElseIsRefused() {
    assertThat(TalkLists.invitees(null)).isEmpty();
    assertThat(TalkLists.demands("{}")).isEmpty();
    assertThat(TalkLists.demands(typed(""))).isEmpty();
    assertThatThrownBy(() -> TalkLists.invitees("张桂芳 19900001111")).hasMessage("受邀居民名单的格式不正确");
    assertThatThrownBy(() -> TalkLists.speakers("{\"text\":[\"张桂芳\"]}")).hasMessage("到会居民名单须是文字，每行一项");
  }

  private static String typed(String... lines) {
    return new ObjectMapper().createObjectNode().put("text", String.join("\n", lines)).toString();
  }
}
