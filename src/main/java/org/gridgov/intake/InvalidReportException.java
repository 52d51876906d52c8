package org.gridgov.intake;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A report that cannot become a case, with the reason in Chinese. It is a
 * {@link ProcessEngineException} so that a start form submitted in Tasklist is rolled back and
 * shows the message.
 */
public class InvalidReportException extends ProcessEngineException {

  public InvalidReportException(String message) {
    super(message);
  }
}
