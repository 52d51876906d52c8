package org.gridgov.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gridgov.bench.CaseChain.Step;
import org.gridgov.bench.SqlCounter.Tally;

/** The SQL each step of one case sends, measured on a case of its own. */
public final class SqlPerStep {

  private SqlPerStep() {
  }

  /** A chain one case passes step by step: GridGov's ({@link CaseChain}) or a peer engine's. */
  public interface StepwiseChain {
    /** Files a report; returns the process instance of its case. */
    String intake();

    void run(Step step, String processInstanceId);

    boolean ended(String processInstanceId);

    /** The whole chain for one case; returns its process instance id. */
    default String runAll() {
      String pi = intake();
      for (Step step : List.of(Step.DISPATCH, Step.CO_HANDLE, Step.VERIFY, Step.CLOSE)) {
        run(step, pi);
      }
      return pi;
    }
  }

  public static Map<Step, Tally> measure(StepwiseChain chain) {
    Map<Step, Tally> tallies = new EnumMap<>(Step.class);
    String[] pi = new String[1];
    tallies.put(Step.INTAKE, SqlCounter.record(() -> pi[0] = chain.intake()));
    for (Step step : Step.values()) {
      if (step != Step.INTAKE) {
        tallies.put(step, SqlCounter.record(() -> chain.run(step, pi[0])));
      }
    }
    if (!chain.ended(pi[0])) {
      throw new IllegalStateException("the case did not reach its end: " + pi[0]);
    }
    return tallies;
  }

  /** One line per step and table, for the bench output and the test log. */
  public static String describe(Map<Step, Tally> tallies) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-10s %10s %11s%n", "step", "statements", "round trips"));
    tallies.forEach((step, tally) -> {
      out.append(String.format("%-10s %10d %11d%n", step.label(), tally.statements(), tally.roundTrips()));
      tally.perTable().forEach((table, n) -> out.append(String.format("    %-40s %5d%n", table, n)));
    });
    return out.toString();
  }
}
