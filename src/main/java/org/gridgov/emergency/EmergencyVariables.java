package org.gridgov.emergency;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Key, BPMN element ids and typed variables of the {@code emergencyResponse} process. */
public final class EmergencyVariables {

  public static final String PROCESS_KEY = "emergencyResponse";

  /** Start contract: who starts an emergency passes these (ids only). */
  public static final String SOURCE_TYPE = "sourceType";
  public static final String SOURCE_REF = "sourceRef";
  public static final String CATEGORY_CODE = "categoryCode";
  public static final String TOWNSHIP_ID = "townshipId";
  public static final String GRID_ID = "gridId";
  /** Free text from the Tasklist start form; moved into {@code gov_emergency_incident} on registration. */
  public static final String INCIDENT_SUMMARY = "incidentSummary";

  public static final String INCIDENT_ID = "incidentId";
  public static final String FIRST_REPORT_DUE = "firstReportDue";
  public static final String UNDER_CONTROL = "underControl";

  /** Form fields of the report and on-scene forms; moved into {@code gov_} tables on completion. */
  public static final String REPORT_CONTENT = "reportContent";
  public static final String CASUALTIES = "casualties";
  public static final String RESPONSE_MEASURES = "responseMeasures";
  public static final String RESPONDER_COUNT = "responderCount";

  public static final class Elements {
    public static final String START = "StartEvent_EmergencyReported";
    public static final String REGISTER = "Task_RegisterIncident";
    public static final String NOTIFY_TOWNSHIP = "Task_NotifyTownship";
    public static final String NOTIFY_COUNTY_CENTRE = "Task_NotifyCountyCentre";
    public static final String NOTIFY_EMERGENCY_DEPARTMENT = "Task_NotifyEmergencyDepartment";
    public static final String RESPOND_ON_SCENE = "Task_RespondOnScene";
    public static final String FIRST_REPORT = "Task_SubmitFirstReport";
    public static final String FIRST_REPORT_OVERDUE = "BoundaryEvent_FirstReportOverdue";
    public static final String ESCALATE_FIRST_REPORT = "Task_EscalateFirstReport";
    public static final String FIRST_REPORT_ESCALATED = "EndEvent_FirstReportEscalated";
    public static final String UNDER_CONTROL = "Gateway_UnderControl";
    public static final String FOLLOW_UP_REPORT = "Task_SubmitFollowUpReport";
    public static final String FINAL_REPORT = "Task_SubmitFinalReport";
    public static final String CLOSE = "Task_CloseIncident";
    public static final String CLOSED = "EndEvent_IncidentClosed";

    private Elements() {
    }
  }

  private final VariableScope scope;

  private EmergencyVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static EmergencyVariables of(VariableScope scope) {
    return new EmergencyVariables(scope);
  }

  public String sourceType() { return (String) scope.getVariable(SOURCE_TYPE); }
  public String sourceRef() { return (String) scope.getVariable(SOURCE_REF); }
  public String categoryCode() { return (String) scope.getVariable(CATEGORY_CODE); }
  public String townshipId() { return (String) scope.getVariable(TOWNSHIP_ID); }
  public String gridId() { return (String) scope.getVariable(GRID_ID); }
  public String incidentSummary() { return (String) scope.getVariable(INCIDENT_SUMMARY); }

  public long incidentId() { return (Long) scope.getVariable(INCIDENT_ID); }

  public void registered(EmergencyIncident incident) {
    scope.setVariable(SOURCE_TYPE, incident.getSourceType().name());
    scope.setVariable(SOURCE_REF, incident.getSourceRef());
    scope.setVariable(INCIDENT_ID, incident.getId());
    scope.setVariable(FIRST_REPORT_DUE, incident.getFirstReportDue());
    scope.removeVariable(INCIDENT_SUMMARY);
  }

  public String reportContent() { return (String) scope.getVariable(REPORT_CONTENT); }
  public Integer casualties() { return asInteger(scope.getVariable(CASUALTIES)); }
  public Boolean underControl() { return (Boolean) scope.getVariable(UNDER_CONTROL); }
  public String responseMeasures() { return (String) scope.getVariable(RESPONSE_MEASURES); }
  public Integer responderCount() { return asInteger(scope.getVariable(RESPONDER_COUNT)); }

  /** Keeps only the decision the gateway needs; the report text now lives in gov_emergency_report. */
  public void reportRecorded(boolean underControl) {
    scope.removeVariable(REPORT_CONTENT);
    scope.removeVariable(CASUALTIES);
    scope.setVariable(UNDER_CONTROL, underControl);
  }

  public void onSceneRecorded() {
    scope.removeVariable(RESPONSE_MEASURES);
    scope.removeVariable(RESPONDER_COUNT);
  }

  public Date firstReportDue() { return (Date) scope.getVariable(FIRST_REPORT_DUE); }

  /** Camunda Forms submit numbers as Long or Double; the fields are whole numbers. */
  private static Integer asInteger(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number number) {
      if (number.doubleValue() != Math.rint(number.doubleValue())) {
        throw new InvalidEmergencyInputException("人数须为整数: " + value);
      }
      return number.intValue();
    }
    throw new InvalidEmergencyInputException("人数须为数字: " + value);
  }
}
