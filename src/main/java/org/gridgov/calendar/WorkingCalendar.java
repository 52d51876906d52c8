package org.gridgov.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Deadlines in hours, calendar days or working days (工作日), in the county's time zone
 * ({@code gridgov.calendar.zone}, default Asia/Shanghai).
 *
 * <p>A working day is Monday to Friday unless {@code gov_holiday} says otherwise: a public holiday
 * is a day off, a make-up working day (调休上班) on a weekend is a working day. The table is read on
 * every calculation, so a change an admin makes applies at once on every node.
 *
 * <p>{@code N} working days follow the usual reading of "自受理之日起N个工作日内": the day of
 * {@code from} does not count, and the deadline is the end (23:59:59) of the N-th working day after it.
 */
@Service
public class WorkingCalendar {

  /** The last second of a day; the engine's MySQL schema stores no fractions of a second. */
  static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final HolidayMapper holidays;
  private final ZoneId zone;

  public WorkingCalendar(HolidayMapper holidays, @Value("${gridgov.calendar.zone:Asia/Shanghai}") ZoneId zone) {
    this.holidays = holidays;
    this.zone = zone;
  }

  public ZoneId zone() {
    return zone;
  }

  public Instant due(Instant from, int amount, DeadlineUnit unit) {
    if (from == null || unit == null) {
      throw new IllegalArgumentException("deadline needs a start and a unit");
    }
    if (amount < 0) {
      throw new IllegalArgumentException("deadline amount must not be negative: " + amount);
    }
    return switch (unit) {
      case HOURS -> from.plus(Duration.ofHours(amount));
      case CALENDAR_DAYS -> from.atZone(zone).plusDays(amount).toInstant();
      case WORKING_DAYS -> amount == 0 ? from : addWorkingDays(from.atZone(zone), amount);
    };
  }

  public boolean isWorkingDay(LocalDate day) {
    Holiday exception = holidays.findByDate(day);
    return exception != null ? exception.isWorkday() : isWeekday(day);
  }

  private Instant addWorkingDays(ZonedDateTime from, int amount) {
    YearCache days = new YearCache();
    LocalDate day = from.toLocalDate();
    int counted = 0;
    while (counted < amount) {
      day = day.plusDays(1);
      if (days.isWorkingDay(day)) {
        counted++;
      }
    }
    return day.atTime(END_OF_DAY).atZone(zone).toInstant();
  }

  private static boolean isWeekday(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /** One calculation reads each year's exceptions once instead of one query per day. */
  private final class YearCache {
    private final Map<Integer, Map<LocalDate, Boolean>> years = new HashMap<>();

    boolean isWorkingDay(LocalDate day) {
      Boolean exception = years.computeIfAbsent(day.getYear(), this::load).get(day);
      return exception != null ? exception : isWeekday(day);
    }

    private Map<LocalDate, Boolean> load(int year) {
      List<Holiday> rows = holidays.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
      Map<LocalDate, Boolean> byDate = new HashMap<>();
      rows.forEach(h -> byDate.put(h.getHolidayDate(), h.isWorkday()));
      return byDate;
    }
  }
}
