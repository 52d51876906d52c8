-- 应急处置: one row per emergency incident, its reports (首报/续报/终报) and the notifications sent.
create table gov_emergency_incident (
  id                     bigint auto_increment primary key,
  incident_no            varchar(32)  not null,
  source_type            varchar(16)  not null,           -- CASE, DISPUTE or DIRECT
  source_ref             varchar(64)  not null,           -- case or dispute number; the incident number for DIRECT
  category_code          varchar(32)  not null,
  township_id            varchar(64)  not null,
  grid_id                varchar(64),
  summary                varchar(1000),
  status                 varchar(16)  not null,           -- RESPONDING, UNDER_CONTROL, CLOSED
  process_instance_id    varchar(64),
  first_report_due       datetime(3)  not null,
  first_report_at        datetime(3),
  first_report_escalated boolean      default false not null,
  escalated_at           datetime(3),
  on_scene_measures      varchar(1000),
  on_scene_responders    int,
  on_scene_by            varchar(64),
  on_scene_at            datetime(3),
  under_control_at       datetime(3),
  closed_at              datetime(3),
  created_at             datetime(3)  not null,
  constraint uq_gov_emergency_incident_no unique (incident_no),
  constraint fk_gov_emergency_category foreign key (category_code) references gov_case_category (code),
  constraint fk_gov_emergency_township foreign key (township_id) references gov_unit (id)
);
create index idx_gov_emergency_source on gov_emergency_incident (source_type, source_ref);

create table gov_emergency_report (
  id             bigint auto_increment primary key,
  incident_id    bigint        not null,
  report_kind    varchar(16)   not null,                  -- FIRST 首报, FOLLOW_UP 续报, FINAL 终报
  sequence_no    int           not null,
  content        varchar(2000) not null,
  casualties     int           not null,
  under_control  boolean       not null,
  reported_by    varchar(64),
  reported_at    datetime(3)   not null,
  on_time        boolean       not null,                  -- for 首报: submitted before its deadline
  constraint fk_gov_emergency_report_incident foreign key (incident_id) references gov_emergency_incident (id)
);
create index idx_gov_emergency_report_incident on gov_emergency_report (incident_id, sequence_no);

-- Outbox of emergency notifications (who was told what, when) until a shared notifier delivers them.
create table gov_emergency_notification (
  id                bigint auto_increment primary key,
  incident_id       bigint       not null,
  recipient_unit_id varchar(64)  not null,
  reason            varchar(32)  not null,               -- INCIDENT_REPORTED, FIRST_REPORT_OVERDUE
  message           varchar(500) not null,
  created_at        datetime(3)  not null,
  constraint fk_gov_emergency_notification_incident foreign key (incident_id) references gov_emergency_incident (id),
  constraint fk_gov_emergency_notification_unit foreign key (recipient_unit_id) references gov_unit (id)
);
create index idx_gov_emergency_notification_incident on gov_emergency_notification (incident_id);
