package org.gridgov.council;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface CouncilMapper {

  String MATTER_COLUMNS = "id, matter_no, community_id, title, summary, content, budget, scope, resident_opinions,"
      + " source_talk_no, combined_leadership, status, outcome, outcome_reason, result_summary, amount_spent,"
      + " process_instance_id, created_by, created_at, updated_at, closed_at";

  String MEETING_COLUMNS = "id, matter_id, kind, attempt, place, scheduled_at, notice_at, expected_count,"
      + " households_total, attendee_count, households_represented, votes_for, votes_against, votes_abstain,"
      + " quorum_reached, passed, rule_applied, minutes, recorded_by, recorded_at";

  String OBJECTION_COLUMNS = "id, matter_id, notice_id, objector_name, objector_phone, content, filed_at, sustained,"
      + " answer, answered_by, answered_at";

  String WORK_ITEM_COLUMNS = "id, matter_id, seq, title, responsible, planned_finish, case_no, progress, finished_at";

  // matters

  @Insert("insert into gov_council_matter (matter_no, community_id, title, summary, source_talk_no,"
      + " combined_leadership, status, process_instance_id, created_by, created_at, updated_at) values (#{matterNo},"
      + " #{communityId}, #{title}, #{summary}, #{sourceTalkNo}, #{combinedLeadership}, #{status},"
      + " #{processInstanceId}, #{createdBy}, #{createdAt}, #{updatedAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertMatter(CouncilMatter matter);

  @Update("update gov_council_matter set matter_no = #{matterNo}, content = #{content}, budget = #{budget},"
      + " scope = #{scope}, resident_opinions = #{residentOpinions}, status = #{status}, outcome = #{outcome},"
      + " outcome_reason = #{outcomeReason}, result_summary = #{resultSummary}, amount_spent = #{amountSpent},"
      + " updated_at = #{updatedAt}, closed_at = #{closedAt} where id = #{id}")
  int updateMatter(CouncilMatter matter);

  @Select("select " + MATTER_COLUMNS + " from gov_council_matter where id = #{id}")
  CouncilMatter findMatter(Long id);

  @Select("select " + MATTER_COLUMNS + " from gov_council_matter where process_instance_id = #{processInstanceId}")
  CouncilMatter findMatterByProcessInstance(String processInstanceId);

  @Select("select " + MATTER_COLUMNS + " from gov_council_matter where matter_no = #{matterNo}")
  CouncilMatter findMatterByNo(String matterNo);

  @Select("select " + MATTER_COLUMNS + " from gov_council_matter where community_id = #{communityId}"
      + " order by created_at desc, id desc")
  List<CouncilMatter> findMattersOfCommunity(String communityId);

  // decisions

  @Insert("insert into gov_council_decision (matter_id, step, decision, comment, decided_by, decided_at)"
      + " values (#{matterId}, #{step}, #{decision}, #{comment}, #{decidedBy}, #{decidedAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertDecision(CouncilDecision decision);

  @Select("select id, matter_id, step, decision, comment, decided_by, decided_at from gov_council_decision"
      + " where matter_id = #{matterId} order by id")
  List<CouncilDecision> findDecisions(Long matterId);

  // meetings

  @Insert("insert into gov_council_meeting (matter_id, kind, attempt, place, scheduled_at, notice_at, expected_count,"
      + " households_total) values (#{matterId}, #{kind}, #{attempt}, #{place}, #{scheduledAt}, #{noticeAt},"
      + " #{expectedCount}, #{householdsTotal})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertMeeting(CouncilMeeting meeting);

  @Update("update gov_council_meeting set attendee_count = #{attendeeCount},"
      + " households_represented = #{householdsRepresented}, votes_for = #{votesFor}, votes_against = #{votesAgainst},"
      + " votes_abstain = #{votesAbstain}, quorum_reached = #{quorumReached}, passed = #{passed},"
      + " rule_applied = #{ruleApplied}, minutes = #{minutes}, recorded_by = #{recordedBy},"
      + " recorded_at = #{recordedAt} where id = #{id}")
  int updateMeeting(CouncilMeeting meeting);

  @Select("select " + MEETING_COLUMNS + " from gov_council_meeting where id = #{id}")
  CouncilMeeting findMeeting(Long id);

  @Select("select " + MEETING_COLUMNS + " from gov_council_meeting where matter_id = #{matterId} order by id")
  List<CouncilMeeting> findMeetings(Long matterId);

  // notices

  @Insert("insert into gov_council_notice (matter_id, kind, content, published_at, publicity_days, publicity_ends)"
      + " values (#{matterId}, #{kind}, #{content}, #{publishedAt}, #{publicityDays}, #{publicityEnds})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertNotice(CouncilNotice notice);

  @Select("select id, matter_id, kind, content, published_at, publicity_days, publicity_ends"
      + " from gov_council_notice where matter_id = #{matterId} order by id")
  List<CouncilNotice> findNotices(Long matterId);

  // objections

  @Insert("insert into gov_council_objection (matter_id, notice_id, objector_name, objector_phone, content, filed_at)"
      + " values (#{matterId}, #{noticeId}, #{objectorName}, #{objectorPhone}, #{content}, #{filedAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertObjection(CouncilObjection objection);

  @Update("update gov_council_objection set sustained = #{sustained}, answer = #{answer},"
      + " answered_by = #{answeredBy}, answered_at = #{answeredAt} where id = #{id}")
  int updateObjection(CouncilObjection objection);

  @Select("select " + OBJECTION_COLUMNS + " from gov_council_objection where id = #{id}")
  CouncilObjection findObjection(Long id);

  @Select("select " + OBJECTION_COLUMNS + " from gov_council_objection where matter_id = #{matterId} order by id")
  List<CouncilObjection> findObjections(Long matterId);

  // implementation

  @Insert("insert into gov_council_work_item (matter_id, seq, title, responsible, planned_finish, case_no, progress)"
      + " values (#{matterId}, #{seq}, #{title}, #{responsible}, #{plannedFinish}, #{caseNo}, #{progress})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertWorkItem(CouncilWorkItem item);

  @Update("update gov_council_work_item set case_no = #{caseNo}, progress = #{progress},"
      + " finished_at = #{finishedAt} where id = #{id}")
  int updateWorkItem(CouncilWorkItem item);

  @Select("select " + WORK_ITEM_COLUMNS + " from gov_council_work_item where id = #{id}")
  CouncilWorkItem findWorkItem(Long id);

  @Select("select " + WORK_ITEM_COLUMNS + " from gov_council_work_item where matter_id = #{matterId} order by seq")
  List<CouncilWorkItem> findWorkItems(Long matterId);

  @Insert("insert into gov_council_progress (work_item_id, progress, note, reported_by, reported_at)"
      + " values (#{workItemId}, #{progress}, #{note}, #{reportedBy}, #{reportedAt})")
  void insertProgress(@Param("workItemId") Long workItemId, @Param("progress") int progress,
      @Param("note") String note, @Param("reportedBy") String reportedBy,
      @Param("reportedAt") java.time.LocalDateTime reportedAt);

  @Select("select count(*) from gov_council_progress where work_item_id = #{workItemId}")
  int countProgressReports(Long workItemId);
}
