package org.gridgov.cases;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface CaseMapper {

  String COLUMNS = "case_no, process_instance_id, source, channel, idempotency_key, category_code, urgency,"
      + " description, address_text, lat, lng, reporter_id, reported_by, status, status_reason, grid_id,"
      + " community_id, township_id, lead_department_id, handling_level, emergency, rung, escalated,"
      + " master_case_no, response_due, resolve_due, first_response_at, resolved_at, closed_at, shelved_until,"
      + " bounce_count, extension_count, rework_count, reopen_count, shelve_count, satisfaction,"
      + " evaluation_comment, reply, created_at, updated_at";

  @Insert("insert into gov_case (case_no, source, channel, idempotency_key, category_code, urgency, description,"
      + " address_text, address_key, lat, lng, reporter_id, reported_by, status, grid_id, community_id, township_id,"
      + " created_at, updated_at) values (#{caseNo}, #{source}, #{channel}, #{idempotencyKey}, #{categoryCode},"
      + " #{urgency}, #{description}, #{addressText}, #{addressKey}, #{lat}, #{lng}, #{reporterId}, #{reportedBy},"
      + " #{status}, #{gridId}, #{communityId}, #{townshipId}, #{createdAt}, #{updatedAt})")
  void insert(CaseRecord record);

  @Select("select " + COLUMNS + " from gov_case where case_no = #{caseNo}")
  CaseRecord find(String caseNo);

  @Select("select " + COLUMNS + " from gov_case where idempotency_key = #{key}")
  CaseRecord findByIdempotencyKey(String key);

  String OPEN_OF_CATEGORY_SINCE = " from gov_case where category_code = #{categoryCode} and created_at >= #{since}"
      + " and case_no <> #{excluding} and status not in ('CLOSED', 'EVALUATED', 'MERGED', 'REJECTED')";

  /**
   * Open cases of a category reported since a moment at the same address (key) or inside a box of
   * coordinates, oldest first: the candidates of the duplicate check (each part uses its own index).
   * A null key or box matches nothing.
   */
  @Select("select " + COLUMNS + OPEN_OF_CATEGORY_SINCE + " and address_key = #{addressKey}"
      + " union select " + COLUMNS + OPEN_OF_CATEGORY_SINCE
      + " and lat between #{box.minLat} and #{box.maxLat} and lng between #{box.minLng} and #{box.maxLng}"
      + " order by created_at")
  List<CaseRecord> findOpenOfCategoryNear(@Param("categoryCode") String categoryCode,
      @Param("since") LocalDateTime since, @Param("excluding") String excluding,
      @Param("addressKey") String addressKey, @Param("box") CoordinateBox box);

  @Update("update gov_case set process_instance_id = #{pid}, updated_at = #{now} where case_no = #{caseNo}")
  int setProcessInstance(@Param("caseNo") String caseNo, @Param("pid") String pid, @Param("now") LocalDateTime now);

  @Update("update gov_case set status = #{status}, status_reason = #{reason}, updated_at = #{now} where case_no = #{caseNo}")
  int setStatus(@Param("caseNo") String caseNo, @Param("status") CaseStatus status, @Param("reason") String reason,
      @Param("now") LocalDateTime now);

  @Update("update gov_case set grid_id = #{gridId}, community_id = #{communityId}, township_id = #{townshipId},"
      + " updated_at = #{now} where case_no = #{caseNo}")
  int setLocation(@Param("caseNo") String caseNo, @Param("gridId") String gridId,
      @Param("communityId") String communityId, @Param("townshipId") String townshipId, @Param("now") LocalDateTime now);

  @Update("update gov_case set handling_level = #{level}, lead_department_id = #{lead}, emergency = #{emergency},"
      + " response_due = #{responseDue}, resolve_due = #{resolveDue}, updated_at = #{now} where case_no = #{caseNo}")
  int setRouting(@Param("caseNo") String caseNo, @Param("level") String level, @Param("lead") String lead,
      @Param("emergency") boolean emergency, @Param("responseDue") LocalDateTime responseDue,
      @Param("resolveDue") LocalDateTime resolveDue, @Param("now") LocalDateTime now);

  @Update("update gov_case set rung = #{rung}, updated_at = #{now} where case_no = #{caseNo}")
  int setRung(@Param("caseNo") String caseNo, @Param("rung") Rung rung, @Param("now") LocalDateTime now);

  @Update("update gov_case set escalated = true, updated_at = #{now} where case_no = #{caseNo}")
  int markEscalated(@Param("caseNo") String caseNo, @Param("now") LocalDateTime now);

  @Update("update gov_case set master_case_no = #{master}, status = 'MERGED', updated_at = #{now} where case_no = #{caseNo}")
  int merge(@Param("caseNo") String caseNo, @Param("master") String master, @Param("now") LocalDateTime now);

  @Update("update gov_case set first_response_at = #{at}, updated_at = #{at}"
      + " where case_no = #{caseNo} and first_response_at is null")
  int markFirstResponse(@Param("caseNo") String caseNo, @Param("at") LocalDateTime at);

  /** Adds one to a counter column; the column name comes from {@link CaseCounter}, never from input. */
  @Update("update gov_case set ${column} = ${column} + 1, updated_at = #{now} where case_no = #{caseNo}")
  int increment(@Param("caseNo") String caseNo, @Param("column") String column, @Param("now") LocalDateTime now);

  @Update("update gov_case set lead_department_id = #{lead}, updated_at = #{now} where case_no = #{caseNo}")
  int setLeadDepartment(@Param("caseNo") String caseNo, @Param("lead") String lead, @Param("now") LocalDateTime now);

  @Update("update gov_case set resolve_due = #{due}, updated_at = #{now} where case_no = #{caseNo}")
  int setResolveDue(@Param("caseNo") String caseNo, @Param("due") LocalDateTime due, @Param("now") LocalDateTime now);

  @Update("update gov_case set shelved_until = #{until}, updated_at = #{now} where case_no = #{caseNo}")
  int setShelvedUntil(@Param("caseNo") String caseNo, @Param("until") LocalDateTime until,
      @Param("now") LocalDateTime now);

  @Update("update gov_case set reply = #{reply}, updated_at = #{now} where case_no = #{caseNo}")
  int setReply(@Param("caseNo") String caseNo, @Param("reply") String reply, @Param("now") LocalDateTime now);

  @Update("update gov_case set resolved_at = #{at}, updated_at = #{at} where case_no = #{caseNo}")
  int markResolved(@Param("caseNo") String caseNo, @Param("at") LocalDateTime at);

  @Update("update gov_case set closed_at = #{at}, updated_at = #{at} where case_no = #{caseNo}")
  int markClosed(@Param("caseNo") String caseNo, @Param("at") LocalDateTime at);

  @Update("update gov_case set satisfaction = #{satisfaction}, updated_at = #{now} where case_no = #{caseNo}")
  int setSatisfaction(@Param("caseNo") String caseNo, @Param("satisfaction") Satisfaction satisfaction,
      @Param("now") LocalDateTime now);

  @Update("update gov_case set evaluation_comment = #{comment}, updated_at = #{now} where case_no = #{caseNo}")
  int setEvaluationComment(@Param("caseNo") String caseNo, @Param("comment") String comment,
      @Param("now") LocalDateTime now);

  @Insert("insert into gov_case_reporter (name, phone, created_at) values (#{name}, #{phone}, #{createdAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertReporter(CaseReporter reporter);

  @Select("select id, name, phone, created_at from gov_case_reporter where id = #{id}")
  CaseReporter findReporter(long id);

  @Insert("insert into gov_case_event (case_no, event_type, status, unit_id, actor, detail, occurred_at)"
      + " values (#{caseNo}, #{eventType}, #{status}, #{unitId}, #{actor}, #{detail}, #{occurredAt})")
  void insertEvent(CaseEvent event);

  @Select("select id, case_no, event_type, status, unit_id, actor, detail, occurred_at from gov_case_event"
      + " where case_no = #{caseNo} order by occurred_at, id")
  List<CaseEvent> findEvents(String caseNo);

  @Update("update gov_case_number_counter set last_number = last_number + 1 where counter_day = #{day}")
  int nextNumber(@Param("day") java.time.LocalDate day);

  @Insert("insert into gov_case_number_counter (counter_day, last_number) values (#{day}, 0)")
  void startDay(@Param("day") java.time.LocalDate day);

  @Select("select last_number from gov_case_number_counter where counter_day = #{day}")
  int lastNumber(@Param("day") java.time.LocalDate day);
}
