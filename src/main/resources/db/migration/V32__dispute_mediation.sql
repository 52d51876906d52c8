-- 矛盾纠纷排查化解 (Fengqiao ladder): the dispute, each mediation attempt per rung, agreements,
-- follow-up visits and referrals to litigation, arbitration, reconsideration or petition.
create table gov_dispute (
  id                  bigint auto_increment primary key,
  dispute_no          varchar(32)   not null,
  source_case_no      varchar(64),                        -- the case it came from, if any
  dispute_type        varchar(32)   not null,             -- a DISPUTE_* case category
  summary             varchar(1000) not null,
  party_a             varchar(100)  not null,             -- 当事人(申请方)
  party_b             varchar(100)  not null,             -- 当事人(被申请方)
  parties_count       int           not null,
  threat_to_life      boolean       not null,
  group_dispute       boolean       not null,
  amount_involved     decimal(14,2) not null,
  grid_id             varchar(64)   not null,
  community_id        varchar(64)   not null,
  township_id         varchar(64)   not null,
  risk_level          varchar(8),                         -- HIGH, MEDIUM, LOW (DMN disputeRisk, raised by mediators)
  status              varchar(16)   not null,             -- MEDIATING, AGREED, RESOLVED, REFERRED
  resolved_rung       varchar(16),                        -- VILLAGE or TOWNSHIP
  emergency_started_at datetime(3),
  registered_by       varchar(64),
  process_instance_id varchar(64),
  created_at          datetime(3)   not null,
  concluded_at        datetime(3),
  constraint uq_gov_dispute_no unique (dispute_no),
  constraint fk_gov_dispute_type foreign key (dispute_type) references gov_case_category (code),
  constraint fk_gov_dispute_grid foreign key (grid_id) references gov_unit (id)
);
create index idx_gov_dispute_concluded on gov_dispute (concluded_at, status);
create index idx_gov_dispute_source on gov_dispute (source_case_no);

create table gov_mediation_attempt (
  id           bigint auto_increment primary key,
  dispute_id   bigint        not null,
  rung         varchar(16)   not null,                    -- VILLAGE 村(社区)人民调解, TOWNSHIP 乡镇联合调解
  attempt_no   int           not null,
  outcome      varchar(16)   not null,                    -- SUCCESS or FAILED
  mediators    varchar(200)  not null,
  notes        varchar(1000) not null,
  risk_level   varchar(8)    not null,
  mediated_by  varchar(64),
  mediated_at  datetime(3)   not null,
  constraint fk_gov_mediation_attempt_dispute foreign key (dispute_id) references gov_dispute (id)
);
create index idx_gov_mediation_attempt_dispute on gov_mediation_attempt (dispute_id, attempt_no);

create table gov_mediation_agreement (
  id          bigint auto_increment primary key,
  dispute_id  bigint        not null,
  attempt_id  bigint        not null,
  rung        varchar(16)   not null,
  parties     varchar(300)  not null,
  terms       varchar(2000) not null,
  signed      boolean       not null,                     -- every party signed the written agreement
  signed_on   date          not null,
  status      varchar(16)   not null,                     -- ACTIVE, HELD, BROKEN
  created_at  datetime(3)   not null,
  constraint fk_gov_mediation_agreement_dispute foreign key (dispute_id) references gov_dispute (id),
  constraint fk_gov_mediation_agreement_attempt foreign key (attempt_id) references gov_mediation_attempt (id)
);

create table gov_dispute_follow_up (
  id           bigint auto_increment primary key,
  dispute_id   bigint       not null,
  agreement_id bigint       not null,
  holds        boolean      not null,
  notes        varchar(500) not null,
  visited_by   varchar(64),
  visited_at   datetime(3)  not null,
  constraint fk_gov_dispute_follow_up_dispute foreign key (dispute_id) references gov_dispute (id),
  constraint fk_gov_dispute_follow_up_agreement foreign key (agreement_id) references gov_mediation_agreement (id)
);

create table gov_dispute_referral (
  id              bigint auto_increment primary key,
  dispute_id      bigint       not null,
  channel         varchar(32)  not null,                  -- LITIGATION, ARBITRATION, ADMINISTRATIVE_RECONSIDERATION, PETITION
  receiving_body  varchar(100) not null,
  reason          varchar(500) not null,
  referred_by     varchar(64),
  referred_at     datetime(3)  not null,
  constraint fk_gov_dispute_referral_dispute foreign key (dispute_id) references gov_dispute (id)
);
