-- MySQL/MariaDB: BLOB holds 64 KB only; photos are up to gridgov.resident.photos.max-bytes.
alter table gov_case_photo modify content longblob not null;
