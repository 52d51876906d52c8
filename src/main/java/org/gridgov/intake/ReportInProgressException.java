package org.gridgov.intake;

/**
 * A report with the same idempotency key is being filed at this very moment and has not finished;
 * the client should retry shortly and will then get that case's number.
 */
public class ReportInProgressException extends RuntimeException {

  public ReportInProgressException(String idempotencyKey) {
    super("相同幂等键(" + idempotencyKey + ")的上报正在处理中，请稍后重试");
  }
}
