package org.gridgov.evaluation;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface AssessmentMapper {

  @Insert("insert into gov_case_assessment (case_no, category_code, grid_id, community_id, township_id,"
      + " lead_department_id, outcome, resolved_rung, reported_at, first_response_at, closed_at, response_minutes,"
      + " resolution_minutes, responded_on_time, closed_on_time, escalated, bounce_count, extension_count,"
      + " rework_count, reopen_count, shelve_count, satisfaction, recorded_at) values (#{caseNo}, #{categoryCode},"
      + " #{gridId}, #{communityId}, #{townshipId}, #{leadDepartmentId}, #{outcome}, #{resolvedRung}, #{reportedAt},"
      + " #{firstResponseAt}, #{closedAt}, #{responseMinutes}, #{resolutionMinutes}, #{respondedOnTime},"
      + " #{closedOnTime}, #{escalated}, #{bounceCount}, #{extensionCount}, #{reworkCount}, #{reopenCount},"
      + " #{shelveCount}, #{satisfaction}, #{recordedAt})")
  void insert(AssessmentRecord record);

  @Select("select case_no, category_code, grid_id, community_id, township_id, lead_department_id, outcome,"
      + " resolved_rung, reported_at, first_response_at, closed_at, response_minutes, resolution_minutes,"
      + " responded_on_time, closed_on_time, escalated, bounce_count, extension_count, rework_count, reopen_count,"
      + " shelve_count, satisfaction, recorded_at from gov_case_assessment where case_no = #{caseNo}")
  AssessmentRecord find(String caseNo);
}
