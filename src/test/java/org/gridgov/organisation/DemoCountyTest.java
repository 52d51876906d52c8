package org.gridgov.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridgov.testsupport.GridGovSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** The demo county has the size and shape the foundation promises, and the documented logins. */
@GridGovSpringTest
class DemoCountyTest {

  @Autowired
  OrganisationService organisation;

  @Test
  void hasTheUnitsOfARealisticCounty() {
    assertThat(organisation.unitsOfType(UnitType.COUNTY)).extracting(Unit::getName).contains("安澜县");
    assertThat(organisation.unitsOfType(UnitType.TOWNSHIP).size()).isGreaterThanOrEqualTo(3);
    assertThat(organisation.unitsOfType(UnitType.COMMUNITY).size()).isGreaterThanOrEqualTo(8);
    assertThat(organisation.unitsOfType(UnitType.DEPARTMENT).size()).isGreaterThanOrEqualTo(10);
    assertThat(organisation.unitsOfType(UnitType.CENTRE)).hasSize(1);

    List<Unit> grids = organisation.unitsOfType(UnitType.GRID);
    assertThat(grids.size()).isGreaterThanOrEqualTo(24);
    assertThat(grids.stream().map(Unit::getKind).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.of(UnitKind.URBAN, UnitKind.RURAL, UnitKind.DEDICATED));
    assertThat(grids).allSatisfy(grid -> assertThat(grid.getBoundary()).isNotBlank());
  }

  @Test
  void everyGridOfTheDemoCountyHasALeaderAndAWorker() throws IOException {
    Map<String, List<Person>> byUnit = organisation.people().stream()
        .collect(Collectors.groupingBy(Person::getUnitId));
    assertThat(organisation.people().size()).isGreaterThanOrEqualTo(60);
    List<String> demoGrids = new ArrayList<>();
    collectGrids(new ObjectMapper(new YAMLFactory()).readTree(new ClassPathResource("demo/anlan-county.yml")
        .getInputStream()).get("county"), demoGrids);
    assertThat(demoGrids).hasSizeGreaterThanOrEqualTo(24);
    for (String grid : demoGrids) {
      assertThat(byUnit.get(grid)).as("staff of %s", grid).isNotNull()
          .extracting(Person::getRole).contains(StaffRole.GRID_LEADER, StaffRole.GRID_WORKER);
    }
  }

  private static void collectGrids(JsonNode unit, List<String> grids) {
    if ("GRID".equals(unit.path("type").asText())) {
      grids.add(unit.get("id").asText());
    }
    unit.path("children").forEach(child -> collectGrids(child, grids));
  }

  @Test
  void hasTheDocumentedDemoLoginsOnePerRole() {
    Map<String, StaffRole> logins = Map.of(
        "admin", StaffRole.ADMIN, "auditor", StaffRole.AUDITOR, "county1", StaffRole.COUNTY_CENTRE,
        "dispatcher1", StaffRole.DISPATCHER, "dept1", StaffRole.DEPARTMENT_STAFF,
        "community1", StaffRole.COMMUNITY_STAFF, "gridleader1", StaffRole.GRID_LEADER,
        "gridworker1", StaffRole.GRID_WORKER);
    logins.forEach((id, role) -> assertThat(organisation.person(id)).get()
        .extracting(Person::getRole).as(id).isEqualTo(role));
    assertThat(organisation.person("gridleader1").get().getUnitId())
        .isEqualTo(organisation.person("gridworker1").get().getUnitId());
  }
}
