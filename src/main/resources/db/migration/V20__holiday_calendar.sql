-- Working-day calendar: the days that differ from an ordinary Monday-to-Friday week.
-- workday = false: a public holiday (放假); workday = true: a make-up working day on a weekend (调休上班).
-- Admins maintain it through GET/PUT/DELETE /api/v1/admin/holidays.
create table gov_holiday (
  holiday_date  date         not null primary key,
  name          varchar(50)  not null,
  workday       boolean      not null,
  updated_at    datetime(3)  not null
);

-- 2026 public holidays and make-up working days as published by the State Council General Office
-- (国务院办公厅关于2026年部分节假日安排的通知). ADMINS MUST CHECK THESE AGAINST THE STATE COUNCIL
-- NOTICE EVERY YEAR and enter the next year's arrangement as soon as it is published (usually in
-- November): deadlines in working days are only as right as this table.
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-01-01', '元旦', false, current_timestamp); -- 周四
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-01-02', '元旦', false, current_timestamp); -- 周五
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-01-03', '元旦', false, current_timestamp); -- 周六
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-01-04', '元旦调休上班', true, current_timestamp); -- 周日
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-02-14', '春节调休上班', true, current_timestamp); -- 周六
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-02-15', '春节', false, current_timestamp); -- 周日
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-02-16', '春节', false, current_timestamp); -- 周一
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-02-17', '春节', false, current_timestamp); -- 周二
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-02-18', '春节', false, current_timestamp); -- 周三
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-02-19', '春节', false, current_timestamp); -- 周四
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-02-20', '春节', false, current_timestamp); -- 周五
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-02-21', '春节', false, current_timestamp); -- 周六
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-02-22', '春节', false, current_timestamp); -- 周日
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-02-23', '春节', false, current_timestamp); -- 周一
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-02-28', '春节调休上班', true, current_timestamp); -- 周六
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-04-04', '清明节', false, current_timestamp); -- 周六
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-04-05', '清明节', false, current_timestamp); -- 周日
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-04-06', '清明节', false, current_timestamp); -- 周一
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-05-01', '劳动节', false, current_timestamp); -- 周五
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-05-02', '劳动节', false, current_timestamp); -- 周六
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-05-03', '劳动节', false, current_timestamp); -- 周日
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-05-04', '劳动节', false, current_timestamp); -- 周一
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-05-05', '劳动节', false, current_timestamp); -- 周二
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-05-09', '劳动节调休上班', true, current_timestamp); -- 周六
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-06-19', '端午节', false, current_timestamp); -- 周五
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-06-20', '端午节', false, current_timestamp); -- 周六
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-06-21', '端午节', false, current_timestamp); -- 周日
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-09-20', '国庆节调休上班', true, current_timestamp); -- 周日
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-09-25', '中秋节', false, current_timestamp); -- 周五
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-09-26', '中秋节', false, current_timestamp); -- 周六
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-09-27', '中秋节', false, current_timestamp); -- 周日
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-10-01', '国庆节', false, current_timestamp); -- 周四
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-10-02', '国庆节', false, current_timestamp); -- 周五
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-10-03', '国庆节', false, current_timestamp); -- 周六
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-10-04', '国庆节', false, current_timestamp); -- 周日
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-10-05', '国庆节', false, current_timestamp); -- 周一
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-10-06', '国庆节', false, current_timestamp); -- 周二
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-10-07', '国庆节', false, current_timestamp); -- 周三
insert into gov_holiday (holiday_date, name, workday, updated_at) values ('2026-10-10', '国庆节调休上班', true, current_timestamp); -- 周六
