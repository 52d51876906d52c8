package org.gridgov.calendar;

/** How a deadline is counted: clock hours, working days (工作日) or calendar days (自然日). */
public enum DeadlineUnit {
  /** Clock hours around the clock, weekends and holidays included (特急 cases). */
  HOURS,
  /** Working days: weekends and public holidays skipped, make-up working days (调休上班) counted. */
  WORKING_DAYS,
  /** Calendar days, same time of day. */
  CALENDAR_DAYS
}
