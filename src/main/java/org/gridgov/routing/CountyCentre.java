package org.gridgov.routing;

import org.gridgov.organisation.OrganisationService;
import org.gridgov.organisation.Unit;
import org.gridgov.organisation.UnitType;
import org.springframework.stereotype.Component;

/** The county social governance centre (社会治理中心): it dispatches, rules on returns and approves shelving. */
@Component
public class CountyCentre {

  private final OrganisationService organisation;

  CountyCentre(OrganisationService organisation) {
    this.organisation = organisation;
  }

  public String id() {
    return organisation.unitsOfType(UnitType.CENTRE).stream().filter(Unit::isActive).map(Unit::getId)
        .findFirst().orElseThrow(() -> new IllegalStateException("组织架构中没有县社会治理中心"));
  }
}
