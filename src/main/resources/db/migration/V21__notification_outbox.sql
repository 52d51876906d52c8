-- Outbox of notifications to residents and staff (反馈, 督办提醒 ...). A row is written in the
-- transaction of the business change that causes it and sent afterwards by the relay, so a
-- rolled-back change sends nothing and a retried one sends once (unique dedup_key).
-- recipient_ref is a reporter id or a user id, never a phone number: channels look the address up.
create table gov_notification (
  id               bigint auto_increment primary key,
  dedup_key        varchar(200)  not null,
  recipient_kind   varchar(16)   not null,              -- RESIDENT, STAFF
  recipient_ref    varchar(64)   not null,
  template_code    varchar(64)   not null,
  reference_no     varchar(64),                         -- case number or other reference
  content          varchar(1000) not null,              -- the text to send (Chinese)
  status           varchar(16)   not null,              -- PENDING, SENDING, SENT, FAILED
  attempts         int           default 0 not null,
  next_attempt_at  datetime(3)   not null,
  claim_token      varchar(64),                         -- the relay run that holds the row while SENDING
  claimed_until    datetime(3),                         -- a claim older than this is taken over (node died)
  channel          varchar(32),                         -- the channel that sent it
  last_error       varchar(1000),
  created_at       datetime(3)   not null,
  sent_at          datetime(3),
  updated_at       datetime(3)   not null
);
create unique index ux_gov_notification_dedup on gov_notification (dedup_key);
create index idx_gov_notification_due on gov_notification (status, next_attempt_at);
create index idx_gov_notification_reference on gov_notification (reference_no);
