package org.gridgov.emergency;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gridgov.notification.Notification;
import org.gridgov.notification.Notifier;
import org.gridgov.organisation.OrganisationService;
import org.gridgov.organisation.Person;
import org.gridgov.organisation.StaffRole;
import org.gridgov.organisation.Unit;
import org.gridgov.organisation.UnitType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emergency record: registration, notices to the county units, the on-scene response, the
 * reports (首报/续报/终报) and closure. Times come from the engine clock, the same clock that runs
 * the 首报 deadline. A notice to a unit is recorded with the incident (which unit was told what, when)
 * and sent through the {@link Notifier} to each member of staff of that unit.
 */
@Service
public class EmergencyService {

  /** The units an emergency is reported to at once. */
  public enum Recipient { TOWNSHIP, COUNTY_CENTRE, EMERGENCY_DEPARTMENT }

  private static final int MIN_REPORT_LENGTH = 10;

  private final EmergencyMapper mapper;
  private final OrganisationService organisation;
  private final EmergencyProperties properties;
  private final JdbcTemplate jdbc;
  private final Notifier notifier;

  EmergencyService(EmergencyMapper mapper, OrganisationService organisation, EmergencyProperties properties,
      JdbcTemplate jdbc, Notifier notifier) {
    this.mapper = mapper;
    this.organisation = organisation;
    this.properties = properties;
    this.jdbc = jdbc;
    this.notifier = notifier;
  }

  /** What the starter of an emergency says about it; {@code sourceRef} may be empty for DIRECT. */
  public record Registration(String sourceType, String sourceRef, String categoryCode, String townshipId,
      String gridId, String summary, String processInstanceId) {
  }

  @Transactional
  public EmergencyIncident register(Registration registration) {
    SourceType sourceType = sourceTypeOf(registration.sourceType());
    String sourceRef = blankToNull(registration.sourceRef());
    if (sourceType != SourceType.DIRECT && sourceRef == null) {
      throw new InvalidEmergencyInputException("来源为案件或纠纷时须提供来源编号(sourceRef)");
    }
    checkCategory(registration.categoryCode());
    checkPlace(registration.townshipId(), blankToNull(registration.gridId()));
    String summary = blankToNull(registration.summary());
    if (summary != null && summary.length() > 1000) {
      throw new InvalidEmergencyInputException("事件概况不能超过1000字");
    }
    Date now = ClockUtil.getCurrentTime();
    EmergencyIncident incident = new EmergencyIncident();
    // a unique placeholder until the id gives the readable number
    incident.setIncidentNo(UUID.randomUUID().toString().replace("-", ""));
    incident.setSourceType(sourceType);
    incident.setSourceRef(sourceRef == null ? incident.getIncidentNo() : sourceRef);
    incident.setCategoryCode(registration.categoryCode());
    incident.setTownshipId(registration.townshipId());
    incident.setGridId(blankToNull(registration.gridId()));
    incident.setSummary(summary);
    incident.setStatus(EmergencyIncident.Status.RESPONDING);
    incident.setProcessInstanceId(registration.processInstanceId());
    incident.setFirstReportDue(new Date(now.getTime() + properties.getFirstReportDeadline().toMillis()));
    incident.setCreatedAt(now);
    mapper.insertIncident(incident);
    incident.setIncidentNo("YJ" + new SimpleDateFormat("yyyyMMdd").format(now) + String.format("%05d", incident.getId()));
    if (sourceRef == null) {
      incident.setSourceRef(incident.getIncidentNo());
    }
    mapper.updateIncident(incident);
    return incident;
  }

  @Transactional
  public EmergencyNotification notify(long incidentId, Recipient recipient) {
    EmergencyIncident incident = incident(incidentId);
    String unitId = switch (recipient) {
      case TOWNSHIP -> incident.getTownshipId();
      case COUNTY_CENTRE -> properties.getCountyCentreUnitId();
      case EMERGENCY_DEPARTMENT -> properties.getEmergencyDepartmentUnitId();
    };
    String message = "突发事件 " + incident.getIncidentNo() + "(" + categoryName(incident.getCategoryCode()) + ")发生于"
        + placeName(incident) + "，请立即响应；首报时限 "
        + new SimpleDateFormat("yyyy-MM-dd HH:mm").format(incident.getFirstReportDue()) + "。";
    return record(incident, unitId, EmergencyNotification.Reason.INCIDENT_REPORTED, message);
  }

  /** The 首报 deadline passed without a report: the county centre is told and the incident marked. */
  @Transactional
  public EmergencyNotification escalateOverdueFirstReport(long incidentId) {
    EmergencyIncident incident = incident(incidentId);
    incident.setFirstReportEscalated(true);
    incident.setEscalatedAt(ClockUtil.getCurrentTime());
    mapper.updateIncident(incident);
    String message = "突发事件 " + incident.getIncidentNo() + " 已超过首报时限，" + placeName(incident)
        + "尚未首报，请县社会治理中心督促并可直接报送。";
    return record(incident, properties.getCountyCentreUnitId(), EmergencyNotification.Reason.FIRST_REPORT_OVERDUE,
        message);
  }

  public String countyCentreUnitId() {
    return properties.getCountyCentreUnitId();
  }

  @Transactional
  public EmergencyIncident recordOnSceneResponse(long incidentId, String measures, Integer responders, String by) {
    if (measures == null || measures.isBlank() || measures.length() < MIN_REPORT_LENGTH) {
      throw new InvalidEmergencyInputException("请填写现场处置措施(至少" + MIN_REPORT_LENGTH + "字)");
    }
    if (measures.length() > 1000) {
      throw new InvalidEmergencyInputException("现场处置措施不能超过1000字");
    }
    if (responders == null || responders < 1) {
      throw new InvalidEmergencyInputException("到场处置人数须至少为1");
    }
    EmergencyIncident incident = incident(incidentId);
    incident.setOnSceneMeasures(measures.trim());
    incident.setOnSceneResponders(responders);
    incident.setOnSceneBy(by);
    incident.setOnSceneAt(ClockUtil.getCurrentTime());
    mapper.updateIncident(incident);
    return incident;
  }

  /** Records a report; a 终报 always means the situation is under control. */
  @Transactional
  public EmergencyReport recordReport(long incidentId, ReportKind kind, String content, Integer casualties,
      Boolean underControl, String by) {
    if (content == null || content.isBlank() || content.trim().length() < MIN_REPORT_LENGTH) {
      throw new InvalidEmergencyInputException(kind.label() + "内容至少" + MIN_REPORT_LENGTH + "字");
    }
    if (content.length() > 2000) {
      throw new InvalidEmergencyInputException(kind.label() + "内容不能超过2000字");
    }
    if (casualties == null || casualties < 0) {
      throw new InvalidEmergencyInputException(kind.label() + "须填写伤亡人数(无伤亡填0)");
    }
    if (kind != ReportKind.FINAL && underControl == null) {
      throw new InvalidEmergencyInputException(kind.label() + "须说明事态是否已得到控制");
    }
    EmergencyIncident incident = incident(incidentId);
    if (incident.getStatus() == EmergencyIncident.Status.CLOSED) {
      throw new InvalidEmergencyInputException("突发事件 " + incident.getIncidentNo() + " 已结案");
    }
    Date now = ClockUtil.getCurrentTime();
    EmergencyReport report = new EmergencyReport();
    report.setIncidentId(incidentId);
    report.setReportKind(kind);
    report.setSequenceNo(mapper.findReports(incidentId).size() + 1);
    report.setContent(content.trim());
    report.setCasualties(casualties);
    report.setUnderControl(kind == ReportKind.FINAL || underControl);
    report.setReportedBy(by);
    report.setReportedAt(now);
    report.setOnTime(kind != ReportKind.FIRST || !now.after(incident.getFirstReportDue()));
    mapper.insertReport(report);
    if (kind == ReportKind.FIRST) {
      incident.setFirstReportAt(now);
    }
    if (report.isUnderControl() && incident.getUnderControlAt() == null) {
      incident.setStatus(EmergencyIncident.Status.UNDER_CONTROL);
      incident.setUnderControlAt(now);
    }
    mapper.updateIncident(incident);
    return report;
  }

  @Transactional
  public EmergencyIncident close(long incidentId) {
    EmergencyIncident incident = incident(incidentId);
    incident.setStatus(EmergencyIncident.Status.CLOSED);
    incident.setClosedAt(ClockUtil.getCurrentTime());
    mapper.updateIncident(incident);
    return incident;
  }

  public EmergencyIncident incident(long incidentId) {
    EmergencyIncident incident = mapper.findIncident(incidentId);
    if (incident == null) {
      throw new IllegalStateException("emergency incident " + incidentId + " does not exist");
    }
    return incident;
  }

  public List<EmergencyIncident> incidentsFrom(SourceType sourceType, String sourceRef) {
    return mapper.findBySource(sourceType, sourceRef);
  }

  public List<EmergencyReport> reports(long incidentId) {
    return mapper.findReports(incidentId);
  }

  public List<EmergencyNotification> notifications(long incidentId) {
    return mapper.findNotifications(incidentId);
  }

  private EmergencyNotification record(EmergencyIncident incident, String unitId,
      EmergencyNotification.Reason reason, String message) {
    EmergencyNotification notification = new EmergencyNotification();
    notification.setIncidentId(incident.getId());
    notification.setRecipientUnitId(unitId);
    notification.setReason(reason);
    notification.setMessage(message);
    notification.setCreatedAt(ClockUtil.getCurrentTime());
    mapper.insertNotification(notification);
    for (Person person : organisation.peopleOf(unitId)) {
      if (person.getRole() != StaffRole.ADMIN && person.getRole() != StaffRole.AUDITOR) {
        // the key makes a retried job send each message once
        notifier.send(new Notification("emergency:" + incident.getIncidentNo() + ":" + reason + ":" + person.getId(),
            Notification.RecipientKind.STAFF, person.getId(), "EMERGENCY_" + reason, incident.getIncidentNo(),
            message));
      }
    }
    return notification;
  }

  private static SourceType sourceTypeOf(String value) {
    if (value == null || value.isBlank()) {
      return SourceType.DIRECT;
    }
    try {
      return SourceType.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidEmergencyInputException("来源类型须为 CASE、DISPUTE 或 DIRECT: " + value);
    }
  }

  private void checkCategory(String categoryCode) {
    if (categoryCode == null || categoryName(categoryCode) == null) {
      throw new InvalidEmergencyInputException("事项分类不存在: " + categoryCode);
    }
  }

  private String categoryName(String categoryCode) {
    return jdbc.query("select name from gov_case_category where code = ?",
        rs -> rs.next() ? rs.getString(1) : null, categoryCode);
  }

  private void checkPlace(String townshipId, String gridId) {
    Unit township = townshipId == null ? null : organisation.unit(townshipId).orElse(null);
    if (township == null || township.getUnitType() != UnitType.TOWNSHIP) {
      throw new InvalidEmergencyInputException("乡镇(街道)不存在: " + townshipId);
    }
    if (gridId != null) {
      Unit grid = organisation.unit(gridId).orElse(null);
      if (grid == null || grid.getUnitType() != UnitType.GRID) {
        throw new InvalidEmergencyInputException("网格不存在: " + gridId);
      }
      boolean inTownship = organisation.enclosing(gridId, UnitType.TOWNSHIP)
          .map(t -> t.getId().equals(townshipId)).orElse(false);
      if (!inTownship) {
        throw new InvalidEmergencyInputException("网格 " + grid.getName() + " 不属于 " + township.getName());
      }
    }
  }

  private String placeName(EmergencyIncident incident) {
    String unitId = incident.getGridId() != null ? incident.getGridId() : incident.getTownshipId();
    return organisation.chainUpwards(unitId).stream()
        .filter(u -> u.getUnitType() != UnitType.COUNTY)
        .map(Unit::getName)
        .reduce((lower, upper) -> upper + lower)
        .orElse(unitId);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
