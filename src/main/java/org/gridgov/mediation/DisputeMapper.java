package org.gridgov.mediation;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface DisputeMapper {

  String DISPUTE_COLUMNS = "id, dispute_no, source_case_no, dispute_type, summary, party_a, party_b, parties_count,"
      + " threat_to_life, group_dispute, amount_involved, grid_id, community_id, township_id, risk_level, status,"
      + " resolved_rung, emergency_started_at, registered_by, process_instance_id, created_at, concluded_at";

  @Insert("insert into gov_dispute (dispute_no, source_case_no, dispute_type, summary, party_a, party_b, parties_count,"
      + " threat_to_life, group_dispute, amount_involved, grid_id, community_id, township_id, status, registered_by,"
      + " process_instance_id, created_at) values (#{disputeNo}, #{sourceCaseNo}, #{disputeType}, #{summary},"
      + " #{partyA}, #{partyB}, #{partiesCount}, #{threatToLife}, #{groupDispute}, #{amountInvolved}, #{gridId},"
      + " #{communityId}, #{townshipId}, #{status}, #{registeredBy}, #{processInstanceId}, #{createdAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertDispute(Dispute dispute);

  @Update("update gov_dispute set dispute_no = #{disputeNo}, risk_level = #{riskLevel}, status = #{status},"
      + " resolved_rung = #{resolvedRung}, emergency_started_at = #{emergencyStartedAt},"
      + " concluded_at = #{concludedAt} where id = #{id}")
  void updateDispute(Dispute dispute);

  @Select("select " + DISPUTE_COLUMNS + " from gov_dispute where id = #{id}")
  Dispute findDispute(long id);

  @Insert("insert into gov_mediation_attempt (dispute_id, rung, attempt_no, outcome, mediators, notes, risk_level,"
      + " mediated_by, mediated_at) values (#{disputeId}, #{rung}, #{attemptNo}, #{outcome}, #{mediators}, #{notes},"
      + " #{riskLevel}, #{mediatedBy}, #{mediatedAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertAttempt(MediationAttempt attempt);

  @Select("select id, dispute_id, rung, attempt_no, outcome, mediators, notes, risk_level, mediated_by, mediated_at"
      + " from gov_mediation_attempt where dispute_id = #{disputeId} order by attempt_no")
  List<MediationAttempt> findAttempts(long disputeId);

  @Insert("insert into gov_mediation_agreement (dispute_id, attempt_id, rung, parties, terms, signed, signed_on, status,"
      + " created_at) values (#{disputeId}, #{attemptId}, #{rung}, #{parties}, #{terms}, #{signed}, #{signedOn},"
      + " #{status}, #{createdAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertAgreement(MediationAgreement agreement);

  @Update("update gov_mediation_agreement set status = #{status} where id = #{id}")
  void updateAgreementStatus(MediationAgreement agreement);

  @Select("select id, dispute_id, attempt_id, rung, parties, terms, signed, signed_on, status, created_at"
      + " from gov_mediation_agreement where dispute_id = #{disputeId} order by id")
  List<MediationAgreement> findAgreements(long disputeId);

  @Insert("insert into gov_dispute_follow_up (dispute_id, agreement_id, holds, notes, visited_by, visited_at)"
      + " values (#{disputeId}, #{agreementId}, #{holds}, #{notes}, #{visitedBy}, #{visitedAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertFollowUp(FollowUpVisit visit);

  @Select("select id, dispute_id, agreement_id, holds, notes, visited_by, visited_at from gov_dispute_follow_up"
      + " where dispute_id = #{disputeId} order by id")
  List<FollowUpVisit> findFollowUps(long disputeId);

  @Insert("insert into gov_dispute_referral (dispute_id, channel, receiving_body, reason, referred_by, referred_at)"
      + " values (#{disputeId}, #{channel}, #{receivingBody}, #{reason}, #{referredBy}, #{referredAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertReferral(DisputeReferral referral);

  @Select("select id, dispute_id, channel, receiving_body, reason, referred_by, referred_at from gov_dispute_referral"
      + " where dispute_id = #{disputeId} order by id")
  List<DisputeReferral> findReferrals(long disputeId);

  /** Concluded disputes in a period by outcome: RESOLVED per rung, REFERRED. */
  @Select("<script>select status, resolved_rung, count(*) as disputes from gov_dispute"
      + " where status in ('RESOLVED', 'REFERRED') and concluded_at &gt;= #{from} and concluded_at &lt; #{until}"
      + "<if test='townshipId != null'> and township_id = #{townshipId}</if>"
      + " group by status, resolved_rung</script>")
  List<OutcomeCount> countConcluded(@Param("from") LocalDateTime from, @Param("until") LocalDateTime until,
      @Param("townshipId") String townshipId);

  /** One row of {@link #countConcluded}. */
  class OutcomeCount {
    private Dispute.Status status;
    private Rung resolvedRung;
    private long disputes;

    public Dispute.Status getStatus() { return status; }
    public void setStatus(Dispute.Status status) { this.status = status; }
    public Rung getResolvedRung() { return resolvedRung; }
    public void setResolvedRung(Rung resolvedRung) { this.resolvedRung = resolvedRung; }
    public long getDisputes() { return disputes; }
    public void setDisputes(long disputes) { this.disputes = disputes; }
  }
}
