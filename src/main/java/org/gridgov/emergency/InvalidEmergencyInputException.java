package org.gridgov.emergency;

import org.camunda.bpm.engine.BadUserRequestException;

/** Bad input for an emergency (start contract, form values): the engine rolls the step back, REST answers 400. */
public class InvalidEmergencyInputException extends BadUserRequestException {

  public InvalidEmergencyInputException(String message) {
    super(message);
  }
}
