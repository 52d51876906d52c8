-- 四议两公开: a village/community decision on a public matter, from the Party branch's proposal to
-- the published implementation results. One row per matter; meetings, notices, objections and
-- implementation work hang under it. The process holds the matter id only.
create table gov_council_matter (
  id                   bigint auto_increment primary key,
  matter_no            varchar(32)   not null,              -- business key, e.g. SY-20261129-000001
  community_id         varchar(64)   not null,              -- the village/community deciding
  title                varchar(200)  not null,
  summary              varchar(1000),
  content              varchar(4000),                       -- the proposal (方案)
  budget               decimal(14,2),                       -- 预算 (元)
  scope                varchar(1000),                       -- who and what it affects
  resident_opinions    varchar(4000),                       -- opinions gathered before proposing
  source_talk_no       varchar(32),                         -- the 小板凳恳谈会 it came from, if any
  combined_leadership  boolean       default false not null, -- 一肩挑: proposal and deliberation merged
  status               varchar(24)   not null,              -- PROPOSING ... CLOSED
  outcome              varchar(24),                         -- IMPLEMENTED, REJECTED_BY_COMMITTEES, REJECTED_BY_VOTE, QUORUM_FAILED
  outcome_reason       varchar(1000),
  result_summary       varchar(4000),
  amount_spent         decimal(14,2),
  process_instance_id  varchar(64),
  created_by           varchar(64),
  created_at           datetime(3)   not null,
  updated_at           datetime(3)   not null,
  closed_at            datetime(3),
  constraint fk_gov_council_matter_community foreign key (community_id) references gov_unit (id)
);
create unique index ux_gov_council_matter_no on gov_council_matter (matter_no);
create index idx_gov_council_matter_community on gov_council_matter (community_id, status);

-- Each decision on the proposal: the Party branch's draft, the two committees' deliberation, or
-- the joint meeting where one person holds both posts.
create table gov_council_decision (
  id          bigint auto_increment primary key,
  matter_id   bigint        not null,
  step        varchar(24)   not null,   -- PROPOSAL, DELIBERATION, JOINT
  decision    varchar(16)   not null,   -- PROPOSED, ADOPT, REVISE, REJECT
  comment     varchar(2000),
  decided_by  varchar(64),
  decided_at  datetime(3)   not null,
  constraint fk_gov_council_decision_matter foreign key (matter_id) references gov_council_matter (id)
);
create index idx_gov_council_decision_matter on gov_council_decision (matter_id);

-- 党员大会 / 村民代表会议 / 村民会议: who should attend, who came, the votes, and the rule applied.
create table gov_council_meeting (
  id                      bigint auto_increment primary key,
  matter_id               bigint        not null,
  kind                    varchar(24)   not null,   -- PARTY_MEMBERS, REPRESENTATIVES, VILLAGERS
  attempt                 int           not null,   -- 1 = first convocation, 2 = first rescheduling ...
  place                   varchar(200)  not null,
  scheduled_at            datetime(3)   not null,
  notice_at               datetime(3)   not null,   -- plan circulated / meeting announced
  expected_count          int           not null,   -- members/representatives/adult villagers who should attend
  households_total        int,                      -- villagers' meeting: households of the village
  attendee_count          int,
  households_represented  int,
  votes_for               int,
  votes_against           int,
  votes_abstain           int,
  quorum_reached          boolean,
  passed                  boolean,
  rule_applied            varchar(500),
  minutes                 varchar(2000),
  recorded_by             varchar(64),
  recorded_at             datetime(3),
  constraint fk_gov_council_meeting_matter foreign key (matter_id) references gov_council_matter (id)
);
create index idx_gov_council_meeting_matter on gov_council_meeting (matter_id);

-- Public notices on the village affairs board (村务公开栏).
create table gov_council_notice (
  id              bigint auto_increment primary key,
  matter_id       bigint        not null,
  kind            varchar(24)   not null,   -- RESOLUTION, REJECTION, RESULTS
  content         varchar(4000) not null,
  published_at    datetime(3)   not null,
  publicity_days  int,
  publicity_ends  datetime(3),
  constraint fk_gov_council_notice_matter foreign key (matter_id) references gov_council_matter (id)
);
create index idx_gov_council_notice_matter on gov_council_notice (matter_id);

-- Objections raised by residents during the publicity period, and their answers.
create table gov_council_objection (
  id             bigint auto_increment primary key,
  matter_id      bigint        not null,
  notice_id      bigint,
  objector_name  varchar(50)   not null,
  objector_phone varchar(20),
  content        varchar(2000) not null,
  filed_at       datetime(3)   not null,
  sustained      boolean,
  answer         varchar(2000),
  answered_by    varchar(64),
  answered_at    datetime(3),
  constraint fk_gov_council_objection_matter foreign key (matter_id) references gov_council_matter (id)
);
create index idx_gov_council_objection_matter on gov_council_objection (matter_id);

-- 实施: the work items of the resolution and their progress.
create table gov_council_work_item (
  id              bigint auto_increment primary key,
  matter_id       bigint        not null,
  seq             int           not null,
  title           varchar(300)  not null,
  responsible     varchar(100)  not null,   -- responsible person or unit, as written on the plan
  planned_finish  date          not null,
  case_no         varchar(32),              -- optional caseHandling case for this item
  progress        int           default 0 not null,   -- percent
  finished_at     datetime(3),
  constraint fk_gov_council_work_item_matter foreign key (matter_id) references gov_council_matter (id)
);
create unique index ux_gov_council_work_item on gov_council_work_item (matter_id, seq);

create table gov_council_progress (
  id            bigint auto_increment primary key,
  work_item_id  bigint        not null,
  progress      int           not null,
  note          varchar(2000) not null,
  reported_by   varchar(64),
  reported_at   datetime(3)   not null,
  constraint fk_gov_council_progress_item foreign key (work_item_id) references gov_council_work_item (id)
);
create index idx_gov_council_progress_item on gov_council_progress (work_item_id);
