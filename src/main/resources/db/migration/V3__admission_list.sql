-- 网格事项准入清单: only matters on this list may be assigned to grid workers ("减负").
-- A department applies, the county social governance centre reviews and publishes; listed
-- matters are reviewed every year and may exit (退出). Temporary admissions carry an end date.
create table gov_admission_item (
  code             varchar(32)  not null primary key,
  name             varchar(100) not null,
  description      varchar(500),
  category_code    varchar(32),                     -- the case category it admits; null = not case work
  department_id    varchar(64)  not null,           -- the department that applied (责任部门)
  grid_duty        varchar(300),                    -- what the grid worker does (发现上报, 排查, 代办...)
  admission_kind   varchar(16)  not null,           -- PERMANENT or TEMPORARY
  status           varchar(16)  not null,           -- LISTED or EXITED
  valid_from       date         not null,
  valid_until      date,                            -- required for TEMPORARY
  next_review_date date,
  exit_reason      varchar(300),
  created_at       datetime(3)  not null,
  updated_at       datetime(3)  not null,
  constraint fk_gov_admission_category foreign key (category_code) references gov_case_category (code),
  constraint fk_gov_admission_department foreign key (department_id) references gov_unit (id)
);
create index idx_gov_admission_category on gov_admission_item (category_code, status);
