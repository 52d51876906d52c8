package org.gridgov.emergency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Emergency settings: the 首报 deadline (local rules differ, so it is configurable) and the
 * county units told of every emergency.
 */
@ConfigurationProperties("gridgov.emergency")
public class EmergencyProperties {

  private Duration firstReportDeadline = Duration.ofMinutes(30);
  private String countyCentreUnitId = "centre-anlan";
  private String emergencyDepartmentUnitId = "dept-yjglj";

  public Duration getFirstReportDeadline() { return firstReportDeadline; }
  public void setFirstReportDeadline(Duration firstReportDeadline) { this.firstReportDeadline = firstReportDeadline; }
  public String getCountyCentreUnitId() { return countyCentreUnitId; }
  public void setCountyCentreUnitId(String countyCentreUnitId) { this.countyCentreUnitId = countyCentreUnitId; }
  public String getEmergencyDepartmentUnitId() { return emergencyDepartmentUnitId; }
  public void setEmergencyDepartmentUnitId(String emergencyDepartmentUnitId) {
    this.emergencyDepartmentUnitId = emergencyDepartmentUnitId;
  }
}
