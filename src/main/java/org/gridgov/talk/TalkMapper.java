package org.gridgov.talk;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface TalkMapper {

  String TALK_COLUMNS = "id, talk_no, community_id, topic, place, scheduled_at, status, notes, process_instance_id,"
      + " created_by, created_at, updated_at, concluded_at";
  String DEMAND_COLUMNS = "id, talk_id, seq, content, route, category_code, case_no, council_matter_no, answer,"
      + " decided_by, decided_at";

  @Insert("insert into gov_talk (talk_no, community_id, topic, place, scheduled_at, status, process_instance_id,"
      + " created_by, created_at, updated_at) values (#{talkNo}, #{communityId}, #{topic}, #{place}, #{scheduledAt},"
      + " #{status}, #{processInstanceId}, #{createdBy}, #{createdAt}, #{updatedAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertTalk(Talk talk);

  @Update("update gov_talk set talk_no = #{talkNo}, status = #{status}, notes = #{notes}, updated_at = #{updatedAt},"
      + " concluded_at = #{concludedAt} where id = #{id}")
  int updateTalk(Talk talk);

  @Update("update gov_talk set process_instance_id = #{processInstanceId} where id = #{id}")
  int setProcessInstance(@org.apache.ibatis.annotations.Param("id") Long id,
      @org.apache.ibatis.annotations.Param("processInstanceId") String processInstanceId);

  @Select("select " + TALK_COLUMNS + " from gov_talk where id = #{id}")
  Talk findTalk(Long id);

  @Select("select " + TALK_COLUMNS + " from gov_talk where talk_no = #{talkNo}")
  Talk findTalkByNo(String talkNo);

  @Insert("insert into gov_talk_participant (talk_id, name, household, phone, invited, attended)"
      + " values (#{talkId}, #{name}, #{household}, #{phone}, #{invited}, #{attended})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertParticipant(TalkParticipant participant);

  @Update("update gov_talk_participant set attended = #{attended} where id = #{id}")
  int updateAttendance(TalkParticipant participant);

  @Select("select id, talk_id, name, household, phone, invited, attended from gov_talk_participant"
      + " where talk_id = #{talkId} order by id")
  List<TalkParticipant> findParticipants(Long talkId);

  @Insert("insert into gov_talk_opinion (talk_id, participant_id, seq, content)"
      + " values (#{talkId}, #{participantId}, #{seq}, #{content})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertOpinion(TalkOpinion opinion);

  @Update("update gov_talk_opinion set demand_id = #{demandId} where id = #{id}")
  int linkOpinion(TalkOpinion opinion);

  @Select("select id, talk_id, participant_id, seq, content, demand_id from gov_talk_opinion"
      + " where talk_id = #{talkId} order by seq")
  List<TalkOpinion> findOpinions(Long talkId);

  @Insert("insert into gov_talk_demand (talk_id, seq, content) values (#{talkId}, #{seq}, #{content})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertDemand(TalkDemand demand);

  @Update("update gov_talk_demand set route = #{route}, category_code = #{categoryCode}, case_no = #{caseNo},"
      + " council_matter_no = #{councilMatterNo}, answer = #{answer}, decided_by = #{decidedBy},"
      + " decided_at = #{decidedAt} where id = #{id}")
  int updateDemand(TalkDemand demand);

  @Select("select " + DEMAND_COLUMNS + " from gov_talk_demand where id = #{id}")
  TalkDemand findDemand(Long id);

  @Select("select " + DEMAND_COLUMNS + " from gov_talk_demand where talk_id = #{talkId} order by seq")
  List<TalkDemand> findDemands(Long talkId);
}
