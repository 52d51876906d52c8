package org.gridgov.routing;

import java.util.Optional;
import org.gridgov.cases.CaseRecord;
import org.gridgov.organisation.GridLocator;
import org.gridgov.organisation.OrganisationService;
import org.gridgov.organisation.Person;
import org.gridgov.organisation.Unit;
import org.gridgov.organisation.UnitType;
import org.springframework.stereotype.Service;

/**
 * Finds the grid of a case from its coordinates or address; a patrol finding that cannot be
 * placed stays with the grid of the worker who found it. Without a grid the township (or, when
 * even that is unknown, the county centre) verifies results and calls the reporter back.
 */
@Service
class CaseLocator {

  private final GridLocator grids;
  private final OrganisationService organisation;
  private final CountyCentre centre;

  CaseLocator(GridLocator grids, OrganisationService organisation, CountyCentre centre) {
    this.grids = grids;
    this.organisation = organisation;
    this.centre = centre;
  }

  CaseLocation locate(CaseRecord record) {
    Optional<Unit> grid = grids.locate(
        record.getLat() == null ? null : record.getLat().doubleValue(),
        record.getLng() == null ? null : record.getLng().doubleValue(),
        record.getAddressText());
    if (grid.isEmpty() && record.getReportedBy() != null) {
      grid = organisation.person(record.getReportedBy()).map(Person::getUnitId)
          .flatMap(organisation::unit).filter(Unit::isGrid);
    }
    String gridId = grid.map(Unit::getId).orElse(null);
    String communityId = gridId == null ? null : idOf(organisation.enclosing(gridId, UnitType.COMMUNITY));
    String townshipId = gridId == null ? null : idOf(organisation.enclosing(gridId, UnitType.TOWNSHIP));
    String centreId = centre.id();
    String verifyGroup = gridId != null ? gridId : townshipId != null ? townshipId : centreId;
    String followUpGroup = townshipId != null ? townshipId : centreId;
    return new CaseLocation(gridId, communityId, townshipId, verifyGroup, followUpGroup);
  }

  private static String idOf(Optional<Unit> unit) {
    return unit.map(Unit::getId).orElse(null);
  }
}
