package org.gridgov.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Reads and checks the values a form submitted on a task. */
public final class TaskInput {

  private final DelegateTask task;

  public TaskInput(DelegateTask task) {
    this.task = task;
  }

  /** A code that must be one of the allowed values. */
  public String choice(String name, String label, String... allowed) {
    Object value = task.getVariable(name);
    if (value == null || Arrays.stream(allowed).noneMatch(a -> a.equals(value))) {
      throw new InvalidTaskInputException("请选择" + label);
    }
    return value.toString();
  }

  /** A text that must be given, between the lengths shown. */
  public String text(String name, String label, int minLength, int maxLength) {
    String value = optionalText(name, label, maxLength);
    if (value == null || value.length() < minLength) {
      throw new InvalidTaskInputException(label + "至少需要 " + minLength + " 个字");
    }
    return value;
  }

  public String optionalText(String name, String label, int maxLength) {
    Object value = task.getVariable(name);
    String text = value == null ? null : value.toString().trim();
    if (text != null && text.length() > maxLength) {
      throw new InvalidTaskInputException(label + "不能超过 " + maxLength + " 个字");
    }
    return text == null || text.isEmpty() ? null : text;
  }

  /** A calendar day as the form's date field submits it (yyyy-MM-dd, possibly with a time). */
  public LocalDate date(String name, String label) {
    Object value = task.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidTaskInputException("请填写" + label);
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidTaskInputException(label + "格式不正确，应为 年-月-日: " + text);
    }
  }

  /** Takes a text variable out of the process once it has been recorded on the timeline. */
  public void forget(String... names) {
    for (String name : names) {
      task.removeVariable(name);
    }
  }
}
