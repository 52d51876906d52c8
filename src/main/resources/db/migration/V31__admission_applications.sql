-- 网格事项准入: the applications departments file and every change of the admission list.
create table gov_admission_application (
  id                       bigint auto_increment primary key,
  application_no           varchar(32)  not null,
  item_code                varchar(32)  not null,        -- the code the matter gets on the list
  name                     varchar(100) not null,
  description              varchar(500) not null,        -- what grid workers would do
  reason                   varchar(500) not null,        -- why it belongs to the grid
  category_code            varchar(32),
  department_id            varchar(64)  not null,
  grid_duty                varchar(300) not null,
  workload_hours_per_month int          not null,        -- estimated hours per grid worker and month
  admission_kind           varchar(16)  not null,        -- PERMANENT or TEMPORARY
  valid_from               date         not null,
  valid_until              date,
  status                   varchar(16)  not null,        -- SUBMITTED, APPROVED, REJECTED
  applicant_id             varchar(64),
  review_recommendation    varchar(16),
  review_opinion           varchar(500),
  reviewer_id              varchar(64),
  reviewed_at              datetime(3),
  approval_decision        varchar(16),
  approval_opinion         varchar(500),
  approver_id              varchar(64),
  decided_at               datetime(3),
  process_instance_id      varchar(64),
  request_key              varchar(64),                  -- Idempotency-Key of a REST application
  created_at               datetime(3)  not null,
  constraint uq_gov_admission_application_no unique (application_no),
  constraint uq_gov_admission_application_key unique (request_key),
  constraint fk_gov_admission_app_category foreign key (category_code) references gov_case_category (code),
  constraint fk_gov_admission_app_department foreign key (department_id) references gov_unit (id)
);

-- Every change of the list: admitted, kept at a yearly review, exited, expired.
create table gov_admission_history (
  id             bigint auto_increment primary key,
  item_code      varchar(32)  not null,
  change_kind    varchar(16)  not null,                  -- ADMITTED, KEPT, EXITED, EXPIRED
  status_after   varchar(16)  not null,                  -- LISTED or EXITED
  reason         varchar(500),
  changed_by     varchar(64),
  application_id bigint,
  next_review_date date,
  changed_at     datetime(3)  not null,
  constraint fk_gov_admission_history_item foreign key (item_code) references gov_admission_item (code),
  constraint fk_gov_admission_history_app foreign key (application_id) references gov_admission_application (id)
);
create index idx_gov_admission_history_item on gov_admission_history (item_code, changed_at);
