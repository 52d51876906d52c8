package org.gridgov.organisation;

/** A unit or person that does not fit the organisation model; the message is for people (Chinese). */
public class InvalidOrganisationException extends RuntimeException {

  public InvalidOrganisationException(String message) {
    super(message);
  }
}
