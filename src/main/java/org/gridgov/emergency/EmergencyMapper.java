package org.gridgov.emergency;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface EmergencyMapper {

  String INCIDENT_COLUMNS = "id, incident_no, source_type, source_ref, category_code, township_id, grid_id, summary,"
      + " status, process_instance_id, first_report_due, first_report_at, first_report_escalated, escalated_at,"
      + " on_scene_measures, on_scene_responders, on_scene_by, on_scene_at, under_control_at, closed_at, created_at";

  @Insert("insert into gov_emergency_incident (incident_no, source_type, source_ref, category_code, township_id,"
      + " grid_id, summary, status, process_instance_id, first_report_due, first_report_escalated, created_at)"
      + " values (#{incidentNo}, #{sourceType}, #{sourceRef}, #{categoryCode}, #{townshipId}, #{gridId}, #{summary},"
      + " #{status}, #{processInstanceId}, #{firstReportDue}, #{firstReportEscalated}, #{createdAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertIncident(EmergencyIncident incident);

  @Update("update gov_emergency_incident set incident_no = #{incidentNo}, source_ref = #{sourceRef}, status = #{status},"
      + " first_report_at = #{firstReportAt}, first_report_escalated = #{firstReportEscalated},"
      + " escalated_at = #{escalatedAt}, on_scene_measures = #{onSceneMeasures},"
      + " on_scene_responders = #{onSceneResponders}, on_scene_by = #{onSceneBy}, on_scene_at = #{onSceneAt},"
      + " under_control_at = #{underControlAt}, closed_at = #{closedAt} where id = #{id}")
  void updateIncident(EmergencyIncident incident);

  @Select("select " + INCIDENT_COLUMNS + " from gov_emergency_incident where id = #{id}")
  EmergencyIncident findIncident(long id);

  @Select("select " + INCIDENT_COLUMNS + " from gov_emergency_incident where source_type = #{sourceType}"
      + " and source_ref = #{sourceRef} order by id")
  List<EmergencyIncident> findBySource(SourceType sourceType, String sourceRef);

  @Insert("insert into gov_emergency_report (incident_id, report_kind, sequence_no, content, casualties,"
      + " under_control, reported_by, reported_at, on_time) values (#{incidentId}, #{reportKind}, #{sequenceNo},"
      + " #{content}, #{casualties}, #{underControl}, #{reportedBy}, #{reportedAt}, #{onTime})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertReport(EmergencyReport report);

  @Select("select id, incident_id, report_kind, sequence_no, content, casualties, under_control, reported_by,"
      + " reported_at, on_time from gov_emergency_report where incident_id = #{incidentId} order by sequence_no")
  List<EmergencyReport> findReports(long incidentId);

  @Insert("insert into gov_emergency_notification (incident_id, recipient_unit_id, reason, message, created_at)"
      + " values (#{incidentId}, #{recipientUnitId}, #{reason}, #{message}, #{createdAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertNotification(EmergencyNotification notification);

  @Select("select id, incident_id, recipient_unit_id, reason, message, created_at from gov_emergency_notification"
      + " where incident_id = #{incidentId} order by id")
  List<EmergencyNotification> findNotifications(long incidentId);
}
