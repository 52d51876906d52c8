package org.gridgov.notification;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The outbox. Every state change is a conditional update, so two relays never both own a row. */
@Mapper
public interface NotificationMapper {

  String COLUMNS = "id, dedup_key, recipient_kind, recipient_ref, template_code, reference_no, content, status,"
      + " attempts, next_attempt_at, claim_token, claimed_until, channel, last_error, created_at, sent_at, updated_at";

  @Insert("insert into gov_notification (dedup_key, recipient_kind, recipient_ref, template_code, reference_no,"
      + " content, status, attempts, next_attempt_at, created_at, updated_at) values (#{dedupKey}, #{recipientKind},"
      + " #{recipientRef}, #{templateCode}, #{referenceNo}, #{content}, #{status}, 0, #{nextAttemptAt},"
      + " #{createdAt}, #{updatedAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id")
  void insert(OutboxEntry entry);

  @Select("select " + COLUMNS + " from gov_notification where dedup_key = #{dedupKey}")
  OutboxEntry findByDedupKey(String dedupKey);

  @Select("select " + COLUMNS + " from gov_notification where id = #{id}")
  OutboxEntry findById(long id);

  @Select("select " + COLUMNS + " from gov_notification where reference_no = #{referenceNo} order by id")
  List<OutboxEntry> findByReference(String referenceNo);

  /** Rows ready to send, and rows whose claim a dead relay left behind. */
  @Select("select id from gov_notification where (status = 'PENDING' and next_attempt_at <= #{now})"
      + " or (status = 'SENDING' and claimed_until < #{now}) order by next_attempt_at, id limit #{limit}")
  List<Long> findDue(@Param("now") LocalDateTime now, @Param("limit") int limit);

  /** Takes the row for one relay run; 0 when another relay took it first. */
  @Update("update gov_notification set status = 'SENDING', claim_token = #{token}, claimed_until = #{until},"
      + " attempts = attempts + 1, updated_at = #{now} where id = #{id}"
      + " and ((status = 'PENDING' and next_attempt_at <= #{now}) or (status = 'SENDING' and claimed_until < #{now}))")
  int claim(@Param("id") long id, @Param("token") String token, @Param("now") LocalDateTime now,
      @Param("until") LocalDateTime until);

  @Update("update gov_notification set status = 'SENT', channel = #{channel}, sent_at = #{now}, last_error = null,"
      + " claim_token = null, claimed_until = null, updated_at = #{now}"
      + " where id = #{id} and status = 'SENDING' and claim_token = #{token}")
  int markSent(@Param("id") long id, @Param("token") String token, @Param("channel") String channel,
      @Param("now") LocalDateTime now);

  /** Records a failed attempt: back to PENDING for a later retry, or FAILED when {@code status} says so. */
  @Update("update gov_notification set status = #{status}, next_attempt_at = #{nextAttemptAt}, last_error = #{error},"
      + " claim_token = null, claimed_until = null, updated_at = #{now}"
      + " where id = #{id} and status = 'SENDING' and claim_token = #{token}")
  int markFailed(@Param("id") long id, @Param("token") String token, @Param("status") OutboxEntry.Status status,
      @Param("nextAttemptAt") LocalDateTime nextAttemptAt, @Param("error") String error,
      @Param("now") LocalDateTime now);
}
