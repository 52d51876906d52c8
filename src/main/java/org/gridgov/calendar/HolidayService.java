package org.gridgov.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins' maintenance of the holiday table behind {@link WorkingCalendar}. */
@Service
class HolidayService {

  private final HolidayMapper holidays;

  HolidayService(HolidayMapper holidays) {
    this.holidays = holidays;
  }

  List<Holiday> ofYear(int year) {
    return holidays.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /** Creates or replaces the entry for the day; returns whether it was new. */
  @Transactional
  boolean save(LocalDate date, String name, boolean workday) {
    Holiday holiday = new Holiday();
    holiday.setHolidayDate(date);
    holiday.setName(name.strip());
    holiday.setWorkday(workday);
    holiday.setUpdatedAt(LocalDateTime.now());
    if (holidays.update(holiday) > 0) {
      return false;
    }
    try {
      holidays.insert(holiday);
      return true;
    } catch (DuplicateKeyException anotherAdminWasFaster) {
      holidays.update(holiday);
      return false;
    }
  }

  @Transactional
  boolean delete(LocalDate date) {
    return holidays.delete(date) > 0;
  }
}
