package org.gridgov.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.testsupport.GridGovSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grid location against the demo county 安澜县, plus a few grids this test adds far outside it inside
 * a transaction that is rolled back, so that other tests keep seeing the demo county as it is.
 */
@GridGovSpringTest
@Transactional
class GridLocatorTest {

  @Autowired
  private GridLocator locator;
  @Autowired
  private OrganisationService organisation;
  @Autowired
  private UnitMapper units;

  @Test
  void aPointInsideAnUrbanGridFindsThatGrid() {
    assertThat(locator.locate(34.184, 115.526, null)).map(Unit::getId).hasValue("grid-wenchang-01");
    assertThat(locator.locate(34.194, 115.526, "随便写的地址")).map(Unit::getId).hasValue("grid-wenchang-03");
  }

  @Test
  void aPointInsideADedicatedGridFindsIt() {
    assertThat(locator.locate(34.202, 115.553, null)).map(Unit::getId).hasValue("grid-wenchang-school");
  }

  @Test
  void theSmallestGridContainingThePointWins() {
    Unit outer = grid("grid-locator-outer", UnitKind.URBAN, square(100.00, 30.00, 0.10), true);
    Unit inner = grid("grid-locator-inner", UnitKind.DEDICATED, square(100.02, 30.02, 0.01), true);

    assertThat(locator.locate(30.025, 100.025, null)).map(Unit::getId).hasValue(inner.getId());
    assertThat(locator.locate(30.05, 100.05, null)).map(Unit::getId).hasValue(outer.getId());
  }

  @Test
  void aPointOutsideEveryGridFallsBackToTheAddress() {
    assertThat(locator.locate(34.0, 115.0, "文昌路1-59号 3单元")).map(Unit::getId).hasValue("grid-wenchang-01");
    assertThat(locator.locate(null, null, "东湖农贸市场东门")).map(Unit::getId).hasValue("grid-hubin-market");
  }

  @Test
  void theLongestMatchingKeywordWins() {
    // "安澜一高" (school grid) and "学苑街1号院" (first Wenchang grid) both occur; the longer is more specific
    assertThat(locator.locate(null, null, "安澜一高对面学苑街1号院门口"))
        .map(Unit::getId).hasValue("grid-wenchang-01");
  }

  @Test
  void nothingMatchesNothingIsFound() {
    assertThat(locator.locate(34.0, 115.0, "火星大道1号")).isEmpty();
    assertThat(locator.locate(null, null, null)).isEmpty();
    assertThat(locator.locate(null, 115.526, " ")).isEmpty();
  }

  @Test
  void anInactiveGridIsNeverFound() {
    Unit closed = grid("grid-locator-closed", UnitKind.URBAN, square(101.00, 31.00, 0.05), false);
    if (!units.findGridAddresses(closed.getId()).contains("停用网格测试路")) {
      units.insertGridAddress(closed.getId(), "停用网格测试路");
    }

    assertThat(locator.locate(31.02, 101.02, null)).isEmpty();
    assertThat(locator.locate(null, null, "停用网格测试路8号")).isEmpty();
  }

  @Test
  void aMalformedBoundaryIsSkippedNotFatal() {
    grid("grid-locator-broken", UnitKind.URBAN, "not a polygon", true);

    assertThat(locator.locate(34.184, 115.526, null)).map(Unit::getId).hasValue("grid-wenchang-01");
  }

  private Unit grid(String id, UnitKind kind, String boundary, boolean active) {
    Unit grid = new Unit();
    grid.setId(id);
    grid.setParentId("comm-wenchang");
    grid.setUnitType(UnitType.GRID);
    grid.setKind(kind);
    grid.setName("定位测试网格 " + id);
    grid.setBoundary(boundary);
    grid.setActive(active);
    return organisation.saveUnit(grid);
  }

  private static String square(double lng, double lat, double size) {
    return String.format("%f %f,%f %f,%f %f,%f %f,%f %f", lng, lat, lng + size, lat, lng + size, lat + size,
        lng, lat + size, lng, lat);
  }
}
