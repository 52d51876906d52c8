package org.gridgov.evaluation;

/**
 * An evaluation that cannot be taken, with the reason in Chinese: the case is unknown, is not
 * waiting for an evaluation, was already evaluated, or the rating is not one of the three.
 */
public class EvaluationRejectedException extends RuntimeException {

  public enum Reason { UNKNOWN_CASE, INVALID_RATING, NOT_AWAITING_EVALUATION, ALREADY_EVALUATED }

  private final Reason reason;

  public EvaluationRejectedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
