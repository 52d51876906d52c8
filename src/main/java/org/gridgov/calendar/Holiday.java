package org.gridgov.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A day that differs from the ordinary week: a public holiday ({@code workday = false}) or a
 * make-up working day on a weekend ({@code workday = true}, 调休上班).
 */
public class Holiday {

  private LocalDate holidayDate;
  private String name;
  private boolean workday;
  private LocalDateTime updatedAt;

  public LocalDate getHolidayDate() { return holidayDate; }
  public void setHolidayDate(LocalDate holidayDate) { this.holidayDate = holidayDate; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public boolean isWorkday() { return workday; }
  public void setWorkday(boolean workday) { this.workday = workday; }
  public LocalDateTime getUpdatedAt() { return updatedAt; }
  public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
