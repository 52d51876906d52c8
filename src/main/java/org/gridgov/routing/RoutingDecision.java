package org.gridgov.routing;

import org.gridgov.calendar.DeadlineUnit;

/** What DMN caseRouting says about a case. */
record RoutingDecision(String handlingLevel, String leadDepartmentId, boolean emergency, int responseAmount,
    DeadlineUnit responseUnit, int resolveAmount, DeadlineUnit resolveUnit) {

  static final String LEVEL_GRID = "GRID";
}
