package org.gridgov.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;
import org.gridgov.testsupport.GridGovSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The organisation mappers on the real database (H2, or MariaDB with -Pmariadb), Chinese text included. */
@GridGovSpringTest
@Transactional
class OrganisationMapperTest {

  @Autowired
  OrganisationService organisation;
  @Autowired
  UnitMapper units;
  @Autowired
  PersonMapper people;

  @Test
  void insertsReadsAndUpdatesAGridWithChineseText() {
    String id = "grid-test-" + UUID.randomUUID().toString().substring(0, 8);
    Unit grid = new Unit();
    grid.setId(id);
    grid.setParentId("comm-wenchang");
    grid.setUnitType(UnitType.GRID);
    grid.setKind(UnitKind.DEDICATED);
    grid.setName("文昌社区𠮷祥幼儿园专属网格");
    grid.setAddress("学苑街88号");
    grid.setCenterLat(new BigDecimal("34.181234"));
    grid.setCenterLng(new BigDecimal("115.521234"));
    organisation.saveUnit(grid);

    Unit read = units.findById(id);
    assertThat(read.getName()).isEqualTo("文昌社区𠮷祥幼儿园专属网格");
    assertThat(read.getKind()).isEqualTo(UnitKind.DEDICATED);
    assertThat(read.getCenterLat()).isEqualByComparingTo("34.181234");
    assertThat(read.getCreatedAt()).isNotNull();

    read.setName("文昌社区吉祥幼儿园专属网格");
    read.setHouseholds(42);
    organisation.saveUnit(read);
    assertThat(units.findById(id).getName()).isEqualTo("文昌社区吉祥幼儿园专属网格");
    assertThat(units.findById(id).getHouseholds()).isEqualTo(42);
    assertThat(units.findChildren("comm-wenchang")).extracting(Unit::getId).contains(id);
  }

  @Test
  void insertsAndUpdatesAPersonWithAFourByteCharacterInTheName() {
    String id = "gw-test-" + UUID.randomUUID().toString().substring(0, 8);
    Person person = new Person();
    person.setId(id);
    person.setName("𠮷建国");
    person.setPhone("19900001234");
    person.setRole(StaffRole.GRID_WORKER);
    person.setUnitId("grid-wenchang-02");
    person.setTitle("专职网格员");
    organisation.savePerson(person);

    assertThat(people.findById(id).getName()).isEqualTo("𠮷建国");
    person.setTitle("兼职网格员");
    person.setFullTime(false);
    organisation.savePerson(person);
    Person read = people.findById(id);
    assertThat(read.getTitle()).isEqualTo("兼职网格员");
    assertThat(read.isFullTime()).isFalse();
    assertThat(people.findByUnit("grid-wenchang-02")).extracting(Person::getId).contains(id);
  }

  @Test
  void refusesAGridUnderATownshipAndAGridWorkerInADepartment() {
    Unit grid = new Unit();
    grid.setId("grid-misplaced");
    grid.setParentId("town-chengguan");
    grid.setUnitType(UnitType.GRID);
    grid.setKind(UnitKind.URBAN);
    grid.setName("挂错层级的网格");
    assertThatThrownBy(() -> organisation.saveUnit(grid))
        .isInstanceOf(InvalidOrganisationException.class)
        .hasMessageContaining("上级须是村/社区");

    Person person = new Person();
    person.setId("gw-misplaced");
    person.setName("张伟");
    person.setRole(StaffRole.GRID_WORKER);
    person.setUnitId("dept-cgj");
    assertThatThrownBy(() -> organisation.savePerson(person))
        .isInstanceOf(InvalidOrganisationException.class)
        .hasMessageContaining("网格员不能隶属于职能部门");
  }

  @Test
  void walksFromAGridUpToTheCounty() {
    assertThat(organisation.chainUpwards("grid-wenchang-01")).extracting(Unit::getId)
        .containsExactly("grid-wenchang-01", "comm-wenchang", "town-chengguan", "county-anlan");
    assertThat(organisation.enclosing("grid-liulincun-01", UnitType.TOWNSHIP)).get()
        .extracting(Unit::getName).isEqualTo("柳林镇");
  }
}
