-- Residents' reports through the API (/api/v1/reports) and Open311 GeoReport v2 clients.

-- What a resident's report request looked like, for its idempotency key: the same key with another
-- body is refused. Written in the transaction that creates the case.
create table gov_report_request (
  case_no       varchar(32)  not null primary key,
  request_hash  varchar(64)  not null,                    -- SHA-256 (hex) of the canonical request
  created_at    datetime(3)  not null,
  constraint fk_gov_report_request_case foreign key (case_no) references gov_case (case_no)
);

-- Tracking tokens handed to the reporter; only their SHA-256 is kept. An idempotent replay hands
-- out a further token for the same case (the first answer may never have arrived).
create table gov_report_token (
  id          bigint auto_increment primary key,
  case_no     varchar(32)  not null,
  token_hash  varchar(64)  not null,
  created_at  datetime(3)  not null,
  constraint fk_gov_report_token_case foreign key (case_no) references gov_case (case_no)
);
create unique index ux_gov_report_token_hash on gov_report_token (token_hash);
create index idx_gov_report_token_case on gov_report_token (case_no);

-- Photos of a case: the report's, the reporter's later supplements (补充材料, whose text goes to the
-- case timeline), the handling unit's result.
-- Stored with the case in one transaction (no orphan files). MySQL widens content to LONGBLOB (V50_1).
create table gov_case_photo (
  id            bigint auto_increment primary key,
  case_no       varchar(32)  not null,
  kind          varchar(16)  not null,                    -- REPORT, SUPPLEMENT, RESULT
  content_type  varchar(32)  not null,                    -- image/jpeg, image/png, image/webp (sniffed)
  size_bytes    int          not null,
  sha256        varchar(64)  not null,
  content       blob         not null,
  uploaded_by   varchar(64),                              -- staff user id for RESULT photos
  created_at    datetime(3)  not null,
  constraint fk_gov_case_photo_case foreign key (case_no) references gov_case (case_no)
);
create index idx_gov_case_photo_case on gov_case_photo (case_no);

-- Open311 clients: each has an api_key, stored as its SHA-256 only.
create table gov_open311_client (
  id          bigint auto_increment primary key,
  name        varchar(100) not null,
  key_hash    varchar(64)  not null,
  active      boolean      default true not null,
  created_at  datetime(3)  not null
);
create unique index ux_gov_open311_client_key on gov_open311_client (key_hash);
