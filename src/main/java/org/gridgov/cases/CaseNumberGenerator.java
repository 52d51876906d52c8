package org.gridgov.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out human case numbers {@code GG-yyyyMMdd-NNNNNN} from a per-day counter row. The counter
 * is bumped in its own short transaction: the row lock serialises concurrent reports (on every
 * node of a cluster), and a number is never given twice even if the report's own transaction
 * later rolls back (that leaves a gap, which is harmless).
 */
@Component
public class CaseNumberGenerator {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final CaseMapper cases;
  private final TransactionTemplate ownTransaction;

  CaseNumberGenerator(CaseMapper cases, PlatformTransactionManager transactions) {
    this.cases = cases;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public String next() {
    LocalDate day = EngineTime.nowLocal().toLocalDate();
    Integer number = ownTransaction.execute(status -> {
      if (cases.nextNumber(day) == 0) {
        try {
          cases.startDay(day);
        } catch (DuplicateKeyException anotherReportStartedTheDay) {
          // the row exists now; the update below takes the next number after theirs
        }
        cases.nextNumber(day);
      }
      return cases.lastNumber(day);
    });
    if (number > 999_999) {
      throw new IllegalStateException("Case numbers of " + day + " are exhausted");
    }
    return "GG-" + DAY.format(day) + "-" + String.format("%06d", number);
  }
}
