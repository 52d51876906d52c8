package org.gridgov.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.EngineTime;
import org.gridgov.cases.SystemDecisions;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.gridgov.calendar.DeadlineUnit;
import org.gridgov.calendar.WorkingCalendar;
import org.gridgov.cases.Urgency;
import org.springframework.stereotype.Service;

/**
 * Deadlines of the ladder's rungs and of dispatching, from DMN {@code escalationPolicy} (admins
 * change it in Modeler): an amount in hours or working/calendar days, and the percentages of the
 * time at which the two reminders (督办) go out.
 */
@Service
public class EscalationPolicy {

  public static final String DECISION_KEY = "escalationPolicy";
  /** The step name the policy uses for the dispatcher's own deadline. */
  public static final String DISPATCH = "DISPATCH";

  private final SystemDecisions decisions;
  private final WorkingCalendar calendar;

  EscalationPolicy(SystemDecisions decisions, WorkingCalendar calendar) {
    this.decisions = decisions;
    this.calendar = calendar;
  }

  /** Puts the case before a dispatcher, who gets the policy's dispatch deadline from now. */
  public void handToDispatcher(VariableScope scope, String dispatcherUnitId) {
    scope.setVariable(CaseVariables.DISPATCH_GROUP_ID, dispatcherUnitId);
    scope.setVariable(CaseVariables.DISPATCH_DUE,
        EngineTime.date(deadline(DISPATCH, CaseVariables.urgency(scope), EngineTime.now()).due()));
  }

  public StepDeadline deadline(String step, Urgency urgency, Instant from) {
    DmnDecisionResultEntries result = decisions.evaluate(DECISION_KEY, Map.of("rung", step, "urgency", urgency.name()))
        .getSingleResult();
    if (result == null) {
      throw new IllegalStateException("escalationPolicy has no row for " + step + "/" + urgency);
    }
    Instant due = calendar.due(from, ((Number) result.getEntry("deadlineAmount")).intValue(),
        DeadlineUnit.valueOf(result.getEntry("deadlineUnit")));
    Duration span = Duration.between(from, due);
    return new StepDeadline(due,
        from.plus(span.multipliedBy(((Number) result.getEntry("firstReminderPercent")).longValue()).dividedBy(100)),
        from.plus(span.multipliedBy(((Number) result.getEntry("secondReminderPercent")).longValue()).dividedBy(100)));
  }
}
