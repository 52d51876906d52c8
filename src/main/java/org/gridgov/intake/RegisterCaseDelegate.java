package org.gridgov.intake;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseRecord;
import org.gridgov.cases.CaseSource;
import org.gridgov.cases.CaseVariables;
import org.gridgov.routing.CountyCentre;
import org.springframework.stereotype.Component;

/**
 * 登记立卷: links the case record to its process. A resident's report arrives registered; a
 * patrol finding arrives as start-form values, which are filed here (the form cannot set a
 * business key) and then taken out of the process: the description and address live in
 * {@code gov_case} only.
 */
@Component("registerCase")
class RegisterCaseDelegate implements JavaDelegate {

  static final String FORM_DESCRIPTION = "description";
  static final String FORM_ADDRESS = "addressText";
  static final String FORM_LAT = "lat";
  static final String FORM_LNG = "lng";

  private final CaseIntakeService intake;
  private final CaseReadModel readModel;
  private final CountyCentre centre;

  RegisterCaseDelegate(CaseIntakeService intake, CaseReadModel readModel, CountyCentre centre) {
    this.intake = intake;
    this.readModel = readModel;
    this.centre = centre;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    if (caseNo == null) {
      CaseRecord record = intake.registerPatrolFinding(new PatrolFinding(
          CaseVariables.string(execution, CaseVariables.CATEGORY_CODE),
          CaseVariables.string(execution, CaseVariables.URGENCY),
          CaseVariables.string(execution, FORM_DESCRIPTION),
          CaseVariables.string(execution, FORM_ADDRESS),
          decimal(execution.getVariable(FORM_LAT)),
          decimal(execution.getVariable(FORM_LNG)),
          CaseVariables.string(execution, CaseVariables.REPORTED_BY)));
      caseNo = record.getCaseNo();
      execution.setProcessBusinessKey(caseNo);
      execution.setVariable(CaseVariables.CASE_NO, caseNo);
      execution.setVariable(CaseVariables.URGENCY, record.getUrgency().name());
      execution.setVariable(CaseVariables.SOURCE, CaseSource.PATROL.name());
      execution.removeVariables(java.util.List.of(FORM_DESCRIPTION, FORM_ADDRESS, FORM_LAT, FORM_LNG));
    }
    readModel.attachProcess(caseNo, execution.getProcessInstanceId());
    execution.setVariable(CaseVariables.CENTRE_ID, centre.id());
    execution.setVariable(CaseVariables.ESCALATED, false);
    execution.setVariable(CaseVariables.ON_SITE_VERIFIED, false);
    execution.setVariable(CaseVariables.RETURN_ALLOWED, true);
    execution.setVariable(CaseVariables.BOUNCE_COUNT, 0);
    execution.setVariable(CaseVariables.REWORK_COUNT, 0);
    execution.setVariable(CaseVariables.REOPEN_COUNT, 0);
  }

  private static BigDecimal decimal(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new InvalidReportException("经纬度须为数字: " + value);
    }
  }
}
