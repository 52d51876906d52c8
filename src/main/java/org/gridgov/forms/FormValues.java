package org.gridgov.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Values as Camunda Forms send them (used by the council and talk features): blank text counts as
 * absent (see {@link #text}); a datetime field gives {@code 2026-12-03T09:00} (no zone) or with an
 * offset, a date field {@code 2026-12-03}; Java callers may pass a {@link Date}. A list is typed as
 * lines into a textarea (see {@link #lines}).
 */
public final class FormValues {

  /** Where a person types a date into a text line: 2027-03-31, 2027/3/31, 2027.3.31 or 2027年3月31日. */
  private static final Pattern TYPED_DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
  private static final ObjectMapper JSON = new ObjectMapper();

  private FormValues() {
  }

  /** A form value as text, stripped; blank (an empty field sends "") counts as absent. */
  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  public static LocalDateTime dateTime(Object value, String label) {
    if (value instanceof Date date) {
      return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
    if (value == null || value.toString().isBlank()) {
      throw new InvalidFormInputException("请填写" + label);
    }
    String text = value.toString().strip();
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException notLocal) {
      try {
        return OffsetDateTime.parse(text.replace("Z", "+00:00")).atZoneSameInstant(ZoneId.systemDefault())
            .toLocalDateTime();
      } catch (DateTimeParseException e) {
        throw new InvalidFormInputException(label + "格式不正确: " + text);
      }
    }
  }

  public static LocalDate date(Object value, String label) {
    if (value == null || value.toString().isBlank()) {
      throw new InvalidFormInputException("请填写" + label);
    }
    Matcher typed = TYPED_DATE.matcher(value.toString().strip());
    try {
      if (typed.matches()) {
        return LocalDate.of(Integer.parseInt(typed.group(1)), Integer.parseInt(typed.group(2)),
            Integer.parseInt(typed.group(3)));
      }
    } catch (DateTimeException e) {
      // 2027-02-30 and the like: reported below like any other bad date
    }
    throw new InvalidFormInputException(label + "格式不正确(应为 年-月-日，例如 2027-03-31): " + value);
  }

  /**
   * The non-blank lines of a list typed into a textarea, stripped, in order. Tasklist 7.24 cannot
   * submit a form once a field of a dynamic list has changed (form-js 1.8 keeps an empty error entry
   * per row), so lists are textareas. Each sits in a group with a {@code path}, so Tasklist submits
   * {@code {"text": "..."}} as a JSON variable: stored as bytes, it is not cut at the 4,000
   * characters of a string variable and keeps 4-byte characters (𠮷) on MySQL.
   */
  public static List<String> lines(Object value, String label) {
    if (value == null) {
      return List.of();
    }
    JsonNode text;
    try {
      text = JSON.readTree(value.toString()).path("text");
    } catch (JsonProcessingException e) {
      throw new InvalidFormInputException(label + "的格式不正确");
    }
    if (text.isMissingNode() || text.isNull()) {
      return List.of();
    }
    if (!text.isTextual()) {
      throw new InvalidFormInputException(label + "须是文字，每行一项");
    }
    return text.asText().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  public static Date toDate(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  public static LocalDateTime now() {
    return LocalDateTime.ofInstant(
        org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }
}
