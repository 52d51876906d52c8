package org.gridgov.talk;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Input a talk cannot take (no one attended, an opinion number that does not exist...). From a
 * complete listener it rolls the completion back; the message is for people (Chinese).
 */
public class InvalidTalkInputException extends ProcessEngineException {

  public InvalidTalkInputException(String message) {
    super(message);
  }
}
