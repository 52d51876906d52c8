package org.gridgov.council;

import org.gridgov.forms.InvalidFormInputException;

/**
 * Input that breaks a rule of 四议两公开 (a count that cannot be, a meeting called at too short
 * notice...). Thrown from a task's complete listener it rolls the completion back, so the form
 * changes nothing; the message is for people (Chinese).
 */
public class InvalidCouncilInputException extends InvalidFormInputException {

  public InvalidCouncilInputException(String message) {
    super(message);
  }
}
