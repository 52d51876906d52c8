package org.gridgov.mediation;

import org.camunda.bpm.engine.BadUserRequestException;

/** Bad input for a dispute or a mediation step: nothing changes, the message says why (in Chinese). */
public class InvalidDisputeException extends BadUserRequestException {

  public InvalidDisputeException(String message) {
    super(message);
  }
}
