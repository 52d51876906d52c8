package org.gridgov.admission;

import org.camunda.bpm.engine.BadUserRequestException;

/** Bad input for an admission application or review: nothing changes, the message says why (in Chinese). */
public class InvalidAdmissionException extends BadUserRequestException {

  public InvalidAdmissionException(String message) {
    super(message);
  }
}
