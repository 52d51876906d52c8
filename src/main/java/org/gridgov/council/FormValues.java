package org.gridgov.council;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Dates as Camunda Forms send them: a datetime field gives {@code 2026-12-03T09:00} (no zone) or
 * with an offset, a date field {@code 2026-12-03}; Java callers may pass a {@link Date}.
 */
public final class FormValues {

  private FormValues() {
  }

  public static LocalDateTime dateTime(Object value, String label) {
    if (value instanceof Date date) {
      return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
    if (value == null || value.toString().isBlank()) {
      throw new InvalidCouncilInputException("请填写" + label);
    }
    String text = value.toString().strip();
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException notLocal) {
      try {
        return OffsetDateTime.parse(text.replace("Z", "+00:00")).atZoneSameInstant(ZoneId.systemDefault())
            .toLocalDateTime();
      } catch (DateTimeParseException e) {
        throw new InvalidCouncilInputException(label + "格式不正确: " + text);
      }
    }
  }

  public static LocalDate date(Object value, String label) {
    if (value == null || value.toString().isBlank()) {
      throw new InvalidCouncilInputException("请填写" + label);
    }
    try {
      return LocalDate.parse(value.toString().strip());
    } catch (DateTimeParseException e) {
      throw new InvalidCouncilInputException(label + "格式不正确(应为 年-月-日): " + value);
    }
  }

  public static Date toDate(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  public static LocalDateTime now() {
    return LocalDateTime.ofInstant(
        org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }
}
