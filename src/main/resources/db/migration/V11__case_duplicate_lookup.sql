-- The duplicate check (DuplicateDetector) looks for open cases of the same category at the same
-- address or within a small box around the coordinates, in SQL, instead of reading every open case
-- of the category: in a storm thousands of reports of one category are open at once.
-- address_key: the address as the check compares it (AddressKey: without spaces and punctuation);
-- filled for existing cases by V11_1.
alter table gov_case add column address_key varchar(300);
create index idx_gov_case_dup_address on gov_case (category_code, address_key, created_at);
create index idx_gov_case_dup_position on gov_case (category_code, lat, lng, created_at);
