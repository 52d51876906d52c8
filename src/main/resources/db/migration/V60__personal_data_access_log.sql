-- Every time a member of staff asks to see a resident's contact details whole (not masked), one
-- row: who, when, which case, what, why, and whether it was granted. Read by auditors.
create table gov_personal_data_access (
  id           bigint auto_increment primary key,
  user_id      varchar(64)  not null,
  case_no      varchar(32)  not null,
  data_kind    varchar(32)  not null,      -- REPORTER_CONTACT
  reason       varchar(200),
  granted      boolean      not null,
  accessed_at  datetime(3)  not null
);
create index idx_gov_pda_case on gov_personal_data_access (case_no, accessed_at);
create index idx_gov_pda_user on gov_personal_data_access (user_id, accessed_at);
