package org.gridgov.cases;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A form submitted with values that must not be accepted; thrown from a {@code complete} task
 * listener it rolls the whole completion back, and Tasklist shows the message.
 */
public class InvalidTaskInputException extends ProcessEngineException {

  public InvalidTaskInputException(String message) {
    super(message);
  }
}
