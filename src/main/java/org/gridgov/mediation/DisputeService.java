package org.gridgov.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gridgov.organisation.OrganisationService;
import org.gridgov.organisation.Unit;
import org.gridgov.organisation.UnitType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispute record along the Fengqiao ladder: registration, risk, mediation attempts per rung,
 * agreements and their follow-up, referral and conclusion. Times come from the engine clock.
 */
@Service
public class DisputeService {

  static final Set<String> RISK_LEVELS = Set.of("HIGH", "MEDIUM", "LOW");

  private final DisputeMapper mapper;
  private final OrganisationService organisation;
  private final MediationProperties properties;
  private final JdbcTemplate jdbc;

  DisputeService(DisputeMapper mapper, OrganisationService organisation, MediationProperties properties,
      JdbcTemplate jdbc) {
    this.mapper = mapper;
    this.organisation = organisation;
    this.properties = properties;
    this.jdbc = jdbc;
  }

  /** What is known when a dispute is registered (from a case or directly). */
  public record Registration(String sourceCaseNo, String disputeType, String summary, String partyA, String partyB,
      Integer partiesCount, Boolean threatToLife, Boolean groupDispute, BigDecimal amountInvolved, String gridId,
      String registeredBy, String processInstanceId) {
  }

  /** What a mediator records after a mediation session; the agreement fields only when it succeeded. */
  public record Mediation(String outcome, String mediators, String notes, String riskLevel, String agreementTerms,
      Boolean partiesSigned, LocalDate signedOn, String mediatedBy) {
  }

  public record MediationResult(MediationAttempt attempt, MediationAgreement agreement) {
  }

  @Transactional
  public Dispute register(Registration registration) {
    String type = registration.disputeType();
    Integer parentOk = type == null ? 0 : jdbc.queryForObject(
        "select count(*) from gov_case_category where code = ? and parent_code = 'DISPUTE'", Integer.class, type);
    if (parentOk == null || parentOk == 0) {
      throw new InvalidDisputeException("纠纷类型须为矛盾纠纷类事项分类(DISPUTE_*): " + type);
    }
    Unit grid = registration.gridId() == null ? null : organisation.unit(registration.gridId()).orElse(null);
    if (grid == null || grid.getUnitType() != UnitType.GRID) {
      throw new InvalidDisputeException("网格不存在: " + registration.gridId());
    }
    int partiesCount = registration.partiesCount() == null ? 2 : registration.partiesCount();
    if (partiesCount < 2 || partiesCount > 10000) {
      throw new InvalidDisputeException("当事人人数须为 2-10000");
    }
    BigDecimal amount = registration.amountInvolved() == null ? BigDecimal.ZERO : registration.amountInvolved();
    if (amount.signum() < 0 || amount.compareTo(new BigDecimal("100000000000")) >= 0) {
      throw new InvalidDisputeException("涉及金额须为 0 至 1000 亿元");
    }
    String sourceCaseNo = registration.sourceCaseNo() == null || registration.sourceCaseNo().isBlank()
        ? null : registration.sourceCaseNo().trim();
    if (sourceCaseNo != null && sourceCaseNo.length() > 64) {
      throw new InvalidDisputeException("来源案件编号不能超过64个字符");
    }
    Dispute dispute = new Dispute();
    dispute.setDisputeNo(UUID.randomUUID().toString().replace("-", ""));
    dispute.setSourceCaseNo(sourceCaseNo);
    dispute.setDisputeType(type);
    dispute.setSummary(text(registration.summary(), "纠纷概况", 10, 1000));
    dispute.setPartyA(text(registration.partyA(), "申请方当事人", 1, 100));
    dispute.setPartyB(text(registration.partyB(), "被申请方当事人", 1, 100));
    dispute.setPartiesCount(partiesCount);
    dispute.setThreatToLife(Boolean.TRUE.equals(registration.threatToLife()));
    dispute.setGroupDispute(Boolean.TRUE.equals(registration.groupDispute()));
    dispute.setAmountInvolved(amount);
    dispute.setGridId(grid.getId());
    dispute.setCommunityId(organisation.enclosing(grid.getId(), UnitType.COMMUNITY).orElseThrow().getId());
    dispute.setTownshipId(organisation.enclosing(grid.getId(), UnitType.TOWNSHIP).orElseThrow().getId());
    dispute.setStatus(Dispute.Status.MEDIATING);
    dispute.setRegisteredBy(registration.registeredBy());
    dispute.setProcessInstanceId(registration.processInstanceId());
    dispute.setCreatedAt(now());
    mapper.insertDispute(dispute);
    dispute.setDisputeNo("JF" + now().format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%05d", dispute.getId()));
    mapper.updateDispute(dispute);
    return dispute;
  }

  @Transactional
  public Dispute recordRisk(long disputeId, String riskLevel) {
    Dispute dispute = dispute(disputeId);
    dispute.setRiskLevel(riskLevel(riskLevel));
    mapper.updateDispute(dispute);
    return dispute;
  }

  @Transactional
  public MediationResult recordMediation(long disputeId, Rung rung, Mediation mediation) {
    Dispute dispute = open(disputeId);
    MediationAttempt.Outcome outcome;
    try {
      outcome = MediationAttempt.Outcome.valueOf(mediation.outcome());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidDisputeException("请选择调解结果：调解成功或调解不成");
    }
    MediationAttempt attempt = new MediationAttempt();
    attempt.setDisputeId(disputeId);
    attempt.setRung(rung);
    attempt.setAttemptNo(mapper.findAttempts(disputeId).size() + 1);
    attempt.setOutcome(outcome);
    attempt.setMediators(text(mediation.mediators(), "调解员", 2, 200));
    attempt.setNotes(text(mediation.notes(), "调解情况", 5, 1000));
    attempt.setRiskLevel(riskLevel(mediation.riskLevel()));
    attempt.setMediatedBy(mediation.mediatedBy());
    attempt.setMediatedAt(now());
    MediationAgreement agreement = null;
    if (outcome == MediationAttempt.Outcome.SUCCESS) {
      agreement = agreement(dispute, rung, mediation);
    }
    mapper.insertAttempt(attempt);
    if (agreement != null) {
      agreement.setAttemptId(attempt.getId());
      mapper.insertAgreement(agreement);
      dispute.setStatus(Dispute.Status.AGREED);
    }
    dispute.setRiskLevel(attempt.getRiskLevel());
    mapper.updateDispute(dispute);
    return new MediationResult(attempt, agreement);
  }

  /** When the visit that checks an agreement is due. */
  public Date followUpDue() {
    return new Date(ClockUtil.getCurrentTime().getTime() + properties.getFollowUpAfter().toMillis());
  }

  /** A visit after the agreement: it held, or it was broken and mediation reopens. */
  @Transactional
  public FollowUpVisit recordFollowUp(long disputeId, Boolean holds, String notes, String visitedBy) {
    if (holds == null) {
      throw new InvalidDisputeException("请说明调解协议是否得到履行");
    }
    Dispute dispute = dispute(disputeId);
    MediationAgreement agreement = mapper.findAgreements(disputeId).stream()
        .filter(a -> a.getStatus() == MediationAgreement.Status.ACTIVE)
        .reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException("dispute " + disputeId + " has no active agreement"));
    FollowUpVisit visit = new FollowUpVisit();
    visit.setDisputeId(disputeId);
    visit.setAgreementId(agreement.getId());
    visit.setHolds(holds);
    visit.setNotes(text(notes, "回访情况", 5, 500));
    visit.setVisitedBy(visitedBy);
    visit.setVisitedAt(now());
    mapper.insertFollowUp(visit);
    agreement.setStatus(holds ? MediationAgreement.Status.HELD : MediationAgreement.Status.BROKEN);
    mapper.updateAgreementStatus(agreement);
    if (!holds) {
      dispute.setStatus(Dispute.Status.MEDIATING);
      mapper.updateDispute(dispute);
    }
    return visit;
  }

  @Transactional
  public DisputeReferral refer(long disputeId, String channel, String receivingBody, String reason, String by) {
    open(disputeId);
    DisputeReferral referral = new DisputeReferral();
    try {
      referral.setChannel(ReferralChannel.valueOf(channel));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidDisputeException("请选择分流途径：诉讼、仲裁、行政复议或信访");
    }
    referral.setDisputeId(disputeId);
    referral.setReceivingBody(text(receivingBody, "接收机关", 2, 100));
    referral.setReason(text(reason, "分流理由", 5, 500));
    referral.setReferredBy(by);
    referral.setReferredAt(now());
    mapper.insertReferral(referral);
    return referral;
  }

  /** The agreement held: resolved at the rung where it was made. */
  @Transactional
  public Dispute concludeResolved(long disputeId) {
    Dispute dispute = dispute(disputeId);
    MediationAgreement held = mapper.findAgreements(disputeId).stream()
        .filter(a -> a.getStatus() == MediationAgreement.Status.HELD)
        .reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException("dispute " + disputeId + " has no agreement that held"));
    dispute.setStatus(Dispute.Status.RESOLVED);
    dispute.setResolvedRung(held.getRung());
    dispute.setConcludedAt(now());
    mapper.updateDispute(dispute);
    return dispute;
  }

  @Transactional
  public Dispute concludeReferred(long disputeId) {
    Dispute dispute = dispute(disputeId);
    dispute.setStatus(Dispute.Status.REFERRED);
    dispute.setConcludedAt(now());
    mapper.updateDispute(dispute);
    return dispute;
  }

  @Transactional
  public Dispute emergencyStarted(long disputeId) {
    Dispute dispute = dispute(disputeId);
    dispute.setEmergencyStartedAt(now());
    mapper.updateDispute(dispute);
    return dispute;
  }

  public Dispute dispute(long disputeId) {
    Dispute dispute = mapper.findDispute(disputeId);
    if (dispute == null) {
      throw new IllegalStateException("dispute " + disputeId + " does not exist");
    }
    return dispute;
  }

  public List<MediationAttempt> attempts(long disputeId) {
    return mapper.findAttempts(disputeId);
  }

  public List<MediationAgreement> agreements(long disputeId) {
    return mapper.findAgreements(disputeId);
  }

  public List<FollowUpVisit> followUps(long disputeId) {
    return mapper.findFollowUps(disputeId);
  }

  public List<DisputeReferral> referrals(long disputeId) {
    return mapper.findReferrals(disputeId);
  }

  private MediationAgreement agreement(Dispute dispute, Rung rung, Mediation mediation) {
    String terms = text(mediation.agreementTerms(), "协议内容", 10, 2000);
    if (!Boolean.TRUE.equals(mediation.partiesSigned())) {
      throw new InvalidDisputeException("调解协议须经各方当事人签字确认后才能登记为调解成功");
    }
    LocalDate signedOn = mediation.signedOn();
    if (signedOn == null || signedOn.isAfter(now().toLocalDate())) {
      throw new InvalidDisputeException("请填写协议签署日期(不能晚于今天)");
    }
    MediationAgreement agreement = new MediationAgreement();
    agreement.setDisputeId(dispute.getId());
    agreement.setRung(rung);
    agreement.setParties(dispute.getPartyA() + "、" + dispute.getPartyB());
    agreement.setTerms(terms);
    agreement.setSigned(true);
    agreement.setSignedOn(signedOn);
    agreement.setStatus(MediationAgreement.Status.ACTIVE);
    agreement.setCreatedAt(now());
    return agreement;
  }

  private Dispute open(long disputeId) {
    Dispute dispute = dispute(disputeId);
    if (dispute.getStatus() == Dispute.Status.RESOLVED || dispute.getStatus() == Dispute.Status.REFERRED) {
      throw new InvalidDisputeException("纠纷 " + dispute.getDisputeNo() + " 已办结");
    }
    return dispute;
  }

  private static String riskLevel(String value) {
    if (value == null || !RISK_LEVELS.contains(value)) {
      throw new InvalidDisputeException("风险等级须为高、中或低");
    }
    return value;
  }

  private static String text(String value, String what, int min, int max) {
    String text = value == null ? "" : value.trim();
    if (text.length() < min || text.length() > max) {
      throw new InvalidDisputeException(what + "须为 " + min + "-" + max + " 字");
    }
    return text;
  }

  static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }
}
