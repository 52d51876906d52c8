package org.gridgov.forms;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A form value that cannot be taken (a missing field, a date that does not exist, a list line in
 * the wrong shape). Thrown from a task's complete listener or a delegate it rolls the completion
 * back, so the form changes nothing; the message is for people (Chinese). Features subclass it for
 * their own rules.
 */
public class InvalidFormInputException extends ProcessEngineException {

  public InvalidFormInputException(String message) {
    super(message);
  }
}
