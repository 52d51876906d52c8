-- 小板凳恳谈会: a consultation meeting of a community with its residents. Names and phones of the
-- residents stay here; the process holds ids only.
create table gov_talk (
  id                   bigint auto_increment primary key,
  talk_no              varchar(32)   not null,   -- business key, e.g. TK-20261129-000001
  community_id         varchar(64)   not null,
  topic                varchar(200)  not null,
  place                varchar(200)  not null,
  scheduled_at         datetime(3)   not null,
  status               varchar(16)   not null,   -- INVITED, HELD, SUMMARISED, CONCLUDED
  notes                varchar(2000),            -- what the meeting was like (minutes)
  process_instance_id  varchar(64),
  created_by           varchar(64),
  created_at           datetime(3)   not null,
  updated_at           datetime(3)   not null,
  concluded_at         datetime(3),
  constraint fk_gov_talk_community foreign key (community_id) references gov_unit (id)
);
create unique index ux_gov_talk_no on gov_talk (talk_no);
create index idx_gov_talk_community on gov_talk (community_id);

-- Invited residents/households and those who came without an invitation.
create table gov_talk_participant (
  id          bigint auto_increment primary key,
  talk_id     bigint        not null,
  name        varchar(50)   not null,
  household   varchar(200),            -- household / address (门牌)
  phone       varchar(20),
  invited     boolean       not null,
  attended    boolean       default false not null,
  constraint fk_gov_talk_participant_talk foreign key (talk_id) references gov_talk (id)
);
create index idx_gov_talk_participant_talk on gov_talk_participant (talk_id);

-- 群众诉求清单: the demands the meeting produced and what became of each.
create table gov_talk_demand (
  id                 bigint auto_increment primary key,
  talk_id            bigint        not null,
  seq                int           not null,
  content            varchar(1000) not null,
  route              varchar(16),            -- CASE, COUNCIL, ANSWER
  category_code      varchar(32),            -- CASE: the case category
  case_no            varchar(32),            -- CASE: the caseHandling case it became
  council_matter_no  varchar(32),            -- COUNCIL: the residentCouncil matter it became
  answer             varchar(2000),          -- ANSWER: the answer with its reason
  decided_by         varchar(64),
  decided_at         datetime(3),
  constraint fk_gov_talk_demand_talk foreign key (talk_id) references gov_talk (id)
);
create unique index ux_gov_talk_demand on gov_talk_demand (talk_id, seq);

-- Each resident's opinion, numbered within the meeting, and the demand it went into.
create table gov_talk_opinion (
  id              bigint auto_increment primary key,
  talk_id         bigint        not null,
  participant_id  bigint        not null,
  seq             int           not null,
  content         varchar(1000) not null,
  demand_id       bigint,
  constraint fk_gov_talk_opinion_talk foreign key (talk_id) references gov_talk (id),
  constraint fk_gov_talk_opinion_participant foreign key (participant_id) references gov_talk_participant (id),
  constraint fk_gov_talk_opinion_demand foreign key (demand_id) references gov_talk_demand (id)
);
create unique index ux_gov_talk_opinion on gov_talk_opinion (talk_id, seq);
