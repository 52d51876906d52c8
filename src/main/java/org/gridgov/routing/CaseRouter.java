package org.gridgov.routing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.gridgov.calendar.DeadlineUnit;
import org.gridgov.calendar.WorkingCalendar;
import org.gridgov.cases.CaseCatalogue;
import org.gridgov.cases.SystemDecisions;
import org.gridgov.cases.Urgency;
import org.springframework.stereotype.Service;

/** Evaluates DMN {@code caseRouting} (category × sub-category × urgency). */
@Service
public class CaseRouter {

  public static final String DECISION_KEY = "caseRouting";

  private final SystemDecisions decisions;
  private final CaseCatalogue catalogue;
  private final WorkingCalendar calendar;

  CaseRouter(SystemDecisions decisions, CaseCatalogue catalogue, WorkingCalendar calendar) {
    this.decisions = decisions;
    this.catalogue = catalogue;
    this.calendar = calendar;
  }

  RoutingDecision route(String categoryCode, Urgency urgency) {
    Map<String, Object> input = new HashMap<>();
    input.put("categoryCode", categoryCode);
    input.put("parentCategory", catalogue.parentOf(categoryCode));
    input.put("urgency", urgency.name());
    DmnDecisionResultEntries result = decisions.evaluate(DECISION_KEY, input)
        .getSingleResult();
    if (result == null) {
      throw new IllegalStateException("caseRouting has no row for " + categoryCode + "/" + urgency);
    }
    return new RoutingDecision(
        result.getEntry("handlingLevel"),
        result.getEntry("leadDepartmentId"),
        Boolean.TRUE.equals(result.getEntry("emergency")),
        ((Number) result.getEntry("responseAmount")).intValue(),
        DeadlineUnit.valueOf(result.getEntry("responseUnit")),
        ((Number) result.getEntry("resolveAmount")).intValue(),
        DeadlineUnit.valueOf(result.getEntry("resolveUnit")));
  }

  /** The resolution deadline of a case counted from a new start (a shelved case that comes back). */
  public Instant resolveDueFrom(String categoryCode, Urgency urgency, Instant from) {
    RoutingDecision decision = route(categoryCode, urgency);
    return calendar.due(from, decision.resolveAmount(), decision.resolveUnit());
  }
}
