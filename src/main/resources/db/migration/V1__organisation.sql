-- Organisation model: county -> township/street -> community/village -> grid,
-- plus the county's departments and its social governance centre.
-- Portable SQL: runs on H2 and MySQL/MariaDB alike (MySQL gets utf8mb4 from db/mysql/beforeMigrate.sql).

create table gov_unit (
  id            varchar(64)  not null primary key,   -- also the Camunda group id
  parent_id     varchar(64),
  unit_type     varchar(16)  not null,               -- COUNTY, TOWNSHIP, COMMUNITY, GRID, DEPARTMENT, CENTRE
  kind          varchar(16),                         -- TOWN/XIANG/STREET, COMMUNITY/VILLAGE, URBAN/RURAL/DEDICATED
  name          varchar(100) not null,
  division_code varchar(12),                         -- 统计用区划代码 (fictional in the demo county)
  address       varchar(200),
  phone         varchar(32),
  description   varchar(500),
  households    int,
  population    int,
  center_lat    decimal(10,6),
  center_lng    decimal(10,6),
  boundary      varchar(2000),                       -- polygon ring "lng lat,lng lat,..." (grids)
  sort_order    int          default 0    not null,
  active        boolean      default true not null,
  created_at    datetime(3)  not null,
  updated_at    datetime(3)  not null,
  constraint fk_gov_unit_parent foreign key (parent_id) references gov_unit (id)
);
create index idx_gov_unit_parent on gov_unit (parent_id);
create index idx_gov_unit_type on gov_unit (unit_type);

create table gov_person (
  id          varchar(64)  not null primary key,     -- also the Camunda user id
  name        varchar(50)  not null,
  phone       varchar(20),
  role        varchar(24)  not null,                 -- StaffRole
  unit_id     varchar(64)  not null,
  title       varchar(50),                           -- 职务, e.g. 专职网格员
  full_time   boolean      default true not null,
  active      boolean      default true not null,
  created_at  datetime(3)  not null,
  updated_at  datetime(3)  not null,
  constraint fk_gov_person_unit foreign key (unit_id) references gov_unit (id)
);
create index idx_gov_person_unit on gov_person (unit_id);
create index idx_gov_person_role on gov_person (role);

-- Address keywords that locate a grid (street names, building names, landmarks).
create table gov_grid_address (
  id        bigint auto_increment primary key,
  grid_id   varchar(64)  not null,
  keyword   varchar(100) not null,
  constraint fk_gov_grid_address_grid foreign key (grid_id) references gov_unit (id)
);
create unique index ux_gov_grid_address on gov_grid_address (grid_id, keyword);
