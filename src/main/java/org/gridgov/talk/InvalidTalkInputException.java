package org.gridgov.talk;

import org.gridgov.forms.InvalidFormInputException;

/**
 * Input a talk cannot take (no one attended, an opinion number that does not exist...). From a
 * complete listener it rolls the completion back; the message is for people (Chinese).
 */
public class InvalidTalkInputException extends InvalidFormInputException {

  public InvalidTalkInputException(String message) {
    super(message);
  }
}
