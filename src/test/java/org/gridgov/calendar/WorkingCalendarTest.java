package org.gridgov.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final InMemoryHolidays holidays = new InMemoryHolidays()
      .add("2026-09-20", "国庆节调休上班", true)
      .addRange("2026-09-25", "2026-09-27", "中秋节")
      .addRange("2026-10-01", "2026-10-07", "国庆节")
      .add("2026-10-10", "国庆节调休上班", true)
      .add("2027-01-01", "元旦", false);
  private final WorkingCalendar calendar = new WorkingCalendar(holidays, SHANGHAI);

  @Test
  void weekendsAreNotWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-28"))).isFalse(); // Saturday
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-29"))).isFalse(); // Sunday
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-30"))).isTrue();  // Monday
  }

  @Test
  void holidaysAreNotWorkingDaysAndMakeUpDaysAre() {
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-05"))).isFalse(); // Monday in 国庆节
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();  // Saturday, 调休上班
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-09-20"))).isTrue();  // Sunday, 调休上班
  }

  @Test
  void workingDaysSkipTheWeekendAndEndAtTheEndOfTheDay() {
    Instant fridayAfternoon = at("2026-11-27T15:00");
    assertThat(calendar.due(fridayAfternoon, 1, DeadlineUnit.WORKING_DAYS)).isEqualTo(at("2026-11-30T23:59:59"));
    assertThat(calendar.due(fridayAfternoon, 3, DeadlineUnit.WORKING_DAYS)).isEqualTo(at("2026-12-02T23:59:59"));
  }

  @Test
  void aReportOnAWeekendStartsCountingOnMonday() {
    assertThat(calendar.due(at("2026-11-28T09:00"), 1, DeadlineUnit.WORKING_DAYS))
        .isEqualTo(at("2026-11-30T23:59:59"));
  }

  @Test
  void workingDaysSkipPublicHolidays() {
    // Wednesday before 国庆节: the next working day is Thursday 8 October
    assertThat(calendar.due(at("2026-09-30T10:00"), 1, DeadlineUnit.WORKING_DAYS))
        .isEqualTo(at("2026-10-08T23:59:59"));
    // 中秋节 Friday to Sunday: Thursday + 1 is Monday
    assertThat(calendar.due(at("2026-09-24T10:00"), 1, DeadlineUnit.WORKING_DAYS))
        .isEqualTo(at("2026-09-28T23:59:59"));
  }

  @Test
  void makeUpWorkingDaysCount() {
    assertThat(calendar.due(at("2026-10-09T16:00"), 1, DeadlineUnit.WORKING_DAYS))
        .isEqualTo(at("2026-10-10T23:59:59")); // Saturday 调休上班
    assertThat(calendar.due(at("2026-09-18T16:00"), 1, DeadlineUnit.WORKING_DAYS))
        .isEqualTo(at("2026-09-20T23:59:59")); // Sunday 调休上班
  }

  @Test
  void workingDaysCrossTheYearAndReadTheNextYearsHolidays() {
    // Thursday 31 December; Friday 1 January is 元旦, the weekend follows
    assertThat(calendar.due(at("2026-12-31T11:00"), 1, DeadlineUnit.WORKING_DAYS))
        .isEqualTo(at("2027-01-04T23:59:59"));
  }

  @Test
  void theDayIsTakenInTheCountysZone() {
    // 17:00 UTC on Friday is 01:00 on Saturday in Shanghai
    Instant fridayEveningUtc = Instant.parse("2026-11-27T17:00:00Z");
    assertThat(calendar.due(fridayEveningUtc, 1, DeadlineUnit.WORKING_DAYS)).isEqualTo(at("2026-11-30T23:59:59"));
  }

  @Test
  void hoursRunAcrossMidnightWeekendsAndHolidays() {
    assertThat(calendar.due(at("2026-11-29T22:30"), 4, DeadlineUnit.HOURS)).isEqualTo(at("2026-11-30T02:30"));
    assertThat(calendar.due(at("2026-09-30T20:00"), 24, DeadlineUnit.HOURS)).isEqualTo(at("2026-10-01T20:00"));
  }

  @Test
  void calendarDaysKeepTheTimeOfDay() {
    assertThat(calendar.due(at("2026-09-30T10:15"), 7, DeadlineUnit.CALENDAR_DAYS)).isEqualTo(at("2026-10-07T10:15"));
  }

  @Test
  void zeroIsNowAndNegativeIsRefused() {
    Instant now = at("2026-11-29T10:00");
    assertThat(calendar.due(now, 0, DeadlineUnit.WORKING_DAYS)).isEqualTo(now);
    assertThatThrownBy(() -> calendar.due(now, -1, DeadlineUnit.HOURS)).isInstanceOf(IllegalArgumentException.class);
  }

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  /** The holiday table without a database. */
  private static final class InMemoryHolidays implements HolidayMapper {
    private final Map<LocalDate, Holiday> rows = new TreeMap<>();

    InMemoryHolidays add(String date, String name, boolean workday) {
      Holiday h = new Holiday();
      h.setHolidayDate(LocalDate.parse(date));
      h.setName(name);
      h.setWorkday(workday);
      rows.put(h.getHolidayDate(), h);
      return this;
    }

    InMemoryHolidays addRange(String first, String last, String name) {
      for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
        add(d.toString(), name, false);
      }
      return this;
    }

    @Override
    public List<Holiday> findBetween(LocalDate from, LocalDate until) {
      return rows.values().stream()
          .filter(h -> !h.getHolidayDate().isBefore(from) && h.getHolidayDate().isBefore(until))
          .toList();
    }

    @Override
    public Holiday findByDate(LocalDate date) {
      return rows.get(date);
    }

    @Override
    public void insert(Holiday holiday) {
      rows.put(holiday.getHolidayDate(), holiday);
    }

    @Override
    public int update(Holiday holiday) {
      return rows.replace(holiday.getHolidayDate(), holiday) == null ? 0 : 1;
    }

    @Override
    public int delete(LocalDate date) {
      return rows.remove(date) == null ? 0 : 1;
    }
  }
}
