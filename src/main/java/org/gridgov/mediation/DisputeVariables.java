package org.gridgov.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Key, BPMN element ids and typed variables of the {@code disputeMediation} process. */
public final class DisputeVariables {

  public static final String PROCESS_KEY = "disputeMediation";
  public static final String RISK_DECISION_KEY = "disputeRisk";

  // start (from a case: sourceCaseNo; the free text moves into gov_dispute on registration)
  public static final String SOURCE_CASE_NO = "sourceCaseNo";
  public static final String DISPUTE_TYPE = "disputeType";
  public static final String DISPUTE_SUMMARY = "disputeSummary";
  public static final String PARTY_A = "partyA";
  public static final String PARTY_B = "partyB";
  public static final String PARTIES_COUNT = "partiesCount";
  public static final String THREAT_TO_LIFE = "threatToLife";
  public static final String GROUP_DISPUTE = "groupDispute";
  public static final String AMOUNT_INVOLVED = "amountInvolved";
  public static final String GRID_ID = "gridId";
  public static final String REGISTERED_BY = "registeredBy";

  public static final String DISPUTE_ID = "disputeId";
  public static final String COMMUNITY_ID = "communityId";
  public static final String TOWNSHIP_ID = "townshipId";
  public static final String RISK_LEVEL = "riskLevel";

  // mediation form
  public static final String MEDIATION_OUTCOME = "mediationOutcome";
  public static final String MEDIATORS = "mediators";
  public static final String MEDIATION_NOTES = "mediationNotes";
  public static final String AGREEMENT_TERMS = "agreementTerms";
  public static final String PARTIES_SIGNED = "partiesSigned";
  public static final String SIGNED_ON = "signedOn";
  public static final String AGREEMENT_RUNG = "agreementRung";
  public static final String FOLLOW_UP_DUE = "followUpDue";

  // follow-up and referral forms
  public static final String FOLLOW_UP_RESULT = "followUpResult";
  public static final String AGREEMENT_HOLDS = "agreementHolds";
  public static final String FOLLOW_UP_NOTES = "followUpNotes";
  public static final String REFERRAL_CHANNEL = "referralChannel";
  public static final String RECEIVING_BODY = "receivingBody";
  public static final String REFERRAL_REASON = "referralReason";

  public static final class Elements {
    public static final String START = "StartEvent_DisputeReported";
    public static final String REGISTER = "Task_RegisterDispute";
    public static final String ASSESS_RISK = "Task_AssessRisk";
    public static final String VILLAGE_MEDIATION = "Task_VillageMediation";
    public static final String TOWNSHIP_MEDIATION = "Task_TownshipMediation";
    public static final String REFER = "Task_ReferDispute";
    public static final String CONCLUDE_REFERRED = "Task_ConcludeReferred";
    public static final String REFERRED = "EndEvent_DisputeReferred";
    public static final String FOLLOW_UP_DUE = "TimerEvent_FollowUpDue";
    public static final String FOLLOW_UP_VISIT = "Task_FollowUpVisit";
    public static final String REOPEN_RUNG = "Gateway_ReopenRung";
    public static final String CONCLUDE_RESOLVED = "Task_ConcludeResolved";
    public static final String RESOLVED = "EndEvent_DisputeResolved";
    public static final String HIGH_RISK = "StartEvent_HighRisk";
    public static final String START_EMERGENCY = "Task_StartEmergency";
    public static final String EMERGENCY_STARTED = "EndEvent_EmergencyStarted";

    private Elements() {
    }
  }

  private final VariableScope scope;

  private DisputeVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static DisputeVariables of(VariableScope scope) {
    return new DisputeVariables(scope);
  }

  public DisputeService.Registration registration(String processInstanceId) {
    Object amount = scope.getVariable(AMOUNT_INVOLVED);
    if (amount != null && !(amount instanceof Number)) {
      throw new InvalidDisputeException("涉及金额须为数字: " + amount);
    }
    return new DisputeService.Registration(string(SOURCE_CASE_NO), string(DISPUTE_TYPE), string(DISPUTE_SUMMARY),
        string(PARTY_A), string(PARTY_B), wholeNumber(PARTIES_COUNT), bool(THREAT_TO_LIFE), bool(GROUP_DISPUTE),
        amount == null ? null : new BigDecimal(amount.toString()), string(GRID_ID), string(REGISTERED_BY),
        processInstanceId);
  }

  /** Keeps ids and the typed risk inputs for DMN {@code disputeRisk}; names and text live in gov_dispute. */
  public void registered(Dispute dispute) {
    scope.removeVariable(DISPUTE_SUMMARY);
    scope.removeVariable(PARTY_A);
    scope.removeVariable(PARTY_B);
    scope.setVariable(DISPUTE_ID, dispute.getId());
    scope.setVariable(COMMUNITY_ID, dispute.getCommunityId());
    scope.setVariable(TOWNSHIP_ID, dispute.getTownshipId());
    scope.setVariable(PARTIES_COUNT, dispute.getPartiesCount());
    scope.setVariable(THREAT_TO_LIFE, dispute.isThreatToLife());
    scope.setVariable(GROUP_DISPUTE, dispute.isGroupDispute());
    scope.setVariable(AMOUNT_INVOLVED, dispute.getAmountInvolved().doubleValue());
  }

  public long disputeId() { return (Long) scope.getVariable(DISPUTE_ID); }
  public String riskLevel() { return string(RISK_LEVEL); }
  public String gridId() { return string(GRID_ID); }
  public String townshipId() { return string(TOWNSHIP_ID); }
  public String disputeType() { return string(DISPUTE_TYPE); }

  public DisputeService.Mediation mediation(String mediatedBy) {
    return new DisputeService.Mediation(string(MEDIATION_OUTCOME), string(MEDIATORS), string(MEDIATION_NOTES),
        string(RISK_LEVEL), string(AGREEMENT_TERMS), bool(PARTIES_SIGNED), date(SIGNED_ON), mediatedBy);
  }

  public void mediationRecorded(DisputeService.MediationResult result, Date followUpDue) {
    for (String text : new String[] {MEDIATORS, MEDIATION_NOTES, AGREEMENT_TERMS, PARTIES_SIGNED, SIGNED_ON}) {
      scope.removeVariable(text);
    }
    if (result.agreement() != null) {
      scope.setVariable(AGREEMENT_RUNG, result.agreement().getRung().name());
      scope.setVariable(FOLLOW_UP_DUE, followUpDue);
    }
  }

  /** HELD or BROKEN from the follow-up form; anything else is no answer. */
  public Boolean agreementHolds() {
    String result = string(FOLLOW_UP_RESULT);
    return "HELD".equals(result) ? Boolean.TRUE : "BROKEN".equals(result) ? Boolean.FALSE : null;
  }

  public String followUpNotes() { return string(FOLLOW_UP_NOTES); }

  public void followUpRecorded(boolean holds) {
    scope.removeVariable(FOLLOW_UP_NOTES);
    scope.setVariable(AGREEMENT_HOLDS, holds);
  }

  public String referralChannel() { return string(REFERRAL_CHANNEL); }
  public String receivingBody() { return string(RECEIVING_BODY); }
  public String referralReason() { return string(REFERRAL_REASON); }
  public void referralRecorded() {
    scope.removeVariable(RECEIVING_BODY);
    scope.removeVariable(REFERRAL_REASON);
  }

  private String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private Boolean bool(String name) {
    Object value = scope.getVariable(name);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw new InvalidDisputeException(name + " 须为是/否: " + value);
  }

  /** Camunda Forms submit numbers as Long or Double. */
  private Integer wholeNumber(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      return number.intValue();
    }
    throw new InvalidDisputeException("当事人人数须为整数: " + value);
  }

  /** Form dates arrive as ISO strings (yyyy-MM-dd). */
  private LocalDate date(String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
    String text = value.toString();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidDisputeException("日期格式应为 yyyy-MM-dd: " + value);
    }
  }
}
