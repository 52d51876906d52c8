-- Case read model (事件): what residents, dashboards and auditors read without touching the
-- engine's runtime tables. Kept current by the caseHandling process's listeners and delegates.

-- Reporters' personal data stays here, never in process variables.
create table gov_case_reporter (
  id          bigint auto_increment primary key,
  name        varchar(50),
  phone       varchar(20),
  created_at  datetime(3)  not null
);

-- Day counters behind the human case numbers GG-yyyyMMdd-NNNNNN.
create table gov_case_number_counter (
  counter_day date         not null primary key,
  last_number int          not null
);

create table gov_case (
  case_no             varchar(32)   not null primary key,  -- business key of the caseHandling instance
  process_instance_id varchar(64),
  source              varchar(16)   not null,              -- RESIDENT or PATROL
  channel             varchar(16)   not null,              -- APP, WEB, HOTLINE, WECHAT, PATROL...
  idempotency_key     varchar(64),                         -- a retried resident report makes no second case
  category_code       varchar(32)   not null,
  urgency             varchar(16)   not null,              -- Urgency: CRITICAL/URGENT/NORMAL/COMPLEX
  description         varchar(2000) not null,
  address_text        varchar(300),
  lat                 decimal(10,6),
  lng                 decimal(10,6),
  reporter_id         bigint,
  reported_by         varchar(64),                         -- staff user id of a patrol finding
  status              varchar(16)   not null,
  status_reason       varchar(500),
  grid_id             varchar(64),
  community_id        varchar(64),
  township_id         varchar(64),
  lead_department_id  varchar(64),
  handling_level      varchar(16),
  emergency           boolean       default false not null,
  rung                varchar(16),                         -- current rung of the escalation ladder
  escalated           boolean       default false not null,
  master_case_no      varchar(32),                         -- set when the case was merged into another
  response_due        datetime(3),
  resolve_due         datetime(3),
  first_response_at   datetime(3),
  resolved_at         datetime(3),
  closed_at           datetime(3),
  shelved_until       datetime(3),
  bounce_count        int           default 0 not null,
  extension_count     int           default 0 not null,
  rework_count        int           default 0 not null,
  reopen_count        int           default 0 not null,
  shelve_count        int           default 0 not null,
  satisfaction        varchar(24),
  evaluation_comment  varchar(500),
  reply               varchar(2000),                       -- the consolidated answer to the reporter
  created_at          datetime(3)   not null,
  updated_at          datetime(3)   not null,
  constraint fk_gov_case_reporter foreign key (reporter_id) references gov_case_reporter (id),
  constraint fk_gov_case_category foreign key (category_code) references gov_case_category (code)
);
create unique index ux_gov_case_idempotency on gov_case (idempotency_key);
create index idx_gov_case_status on gov_case (status);
create index idx_gov_case_grid on gov_case (grid_id);
create index idx_gov_case_open_category on gov_case (category_code, status, created_at);

-- Timeline (办理轨迹): every step of a case, oldest first.
create table gov_case_event (
  id           bigint auto_increment primary key,
  case_no      varchar(32)   not null,
  event_type   varchar(32)   not null,
  status       varchar(16),
  unit_id      varchar(64),
  actor        varchar(64),
  detail       varchar(2000),
  occurred_at  datetime(3)   not null,
  constraint fk_gov_case_event_case foreign key (case_no) references gov_case (case_no)
);
create index idx_gov_case_event_case on gov_case_event (case_no, occurred_at);

-- Assessment record (考核记录) written at closure; one per case.
create table gov_case_assessment (
  case_no             varchar(32)  not null primary key,
  category_code       varchar(32)  not null,
  grid_id             varchar(64),
  community_id        varchar(64),
  township_id         varchar(64),
  lead_department_id  varchar(64),
  outcome             varchar(16)  not null,               -- RESOLVED, REJECTED
  resolved_rung       varchar(16),                         -- GRID, COMMUNITY, TOWNSHIP, CENTRE, DEPARTMENT
  reported_at         datetime(3)  not null,
  first_response_at   datetime(3),
  closed_at           datetime(3)  not null,
  response_minutes    bigint,
  resolution_minutes  bigint       not null,
  responded_on_time   boolean      not null,
  closed_on_time      boolean      not null,
  escalated           boolean      not null,
  bounce_count        int          not null,
  extension_count     int          not null,
  rework_count        int          not null,
  reopen_count        int          not null,
  shelve_count        int          not null,
  satisfaction        varchar(24)  not null,               -- SATISFIED, BASICALLY_SATISFIED, UNSATISFIED, UNEVALUATED, NOT_APPLICABLE
  recorded_at         datetime(3)  not null,
  constraint fk_gov_case_assessment_case foreign key (case_no) references gov_case (case_no)
);
