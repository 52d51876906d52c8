package org.gridgov.organisation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the organisation model, keeping its rules: a grid hangs under a community,
 * a community under a township, townships, departments and the centre under the county; a
 * person's role must fit the unit they belong to.
 */
@Service
public class OrganisationService {

  private final UnitMapper units;
  private final PersonMapper people;

  public OrganisationService(UnitMapper units, PersonMapper people) {
    this.units = units;
    this.people = people;
  }

  @Transactional
  public Unit saveUnit(Unit unit) {
    checkUnit(unit);
    LocalDateTime now = LocalDateTime.now();
    unit.setUpdatedAt(now);
    if (units.findById(unit.getId()) == null) {
      unit.setCreatedAt(now);
      units.insert(unit);
    } else {
      units.update(unit);
    }
    return unit;
  }

  @Transactional
  public Person savePerson(Person person) {
    checkPerson(person);
    LocalDateTime now = LocalDateTime.now();
    person.setUpdatedAt(now);
    if (people.findById(person.getId()) == null) {
      person.setCreatedAt(now);
      people.insert(person);
    } else {
      people.update(person);
    }
    return person;
  }

  public Optional<Unit> unit(String id) {
    return Optional.ofNullable(units.findById(id));
  }

  public Optional<Person> person(String id) {
    return Optional.ofNullable(people.findById(id));
  }

  public List<Unit> units() {
    return units.findAll();
  }

  public List<Unit> unitsOfType(UnitType type) {
    return units.findByType(type);
  }

  public List<Unit> children(String unitId) {
    return units.findChildren(unitId);
  }

  public List<Person> people() {
    return people.findAll();
  }

  public List<Person> peopleOf(String unitId) {
    return people.findByUnit(unitId);
  }

  public List<Person> peopleWithRole(StaffRole role) {
    return people.findByRole(role);
  }

  /** The unit and every unit above it, nearest first (grid, community, township, county). */
  public List<Unit> chainUpwards(String unitId) {
    List<Unit> chain = new ArrayList<>();
    Unit current = units.findById(unitId);
    while (current != null) {
      chain.add(current);
      current = current.getParentId() == null ? null : units.findById(current.getParentId());
    }
    return chain;
  }

  /** The nearest unit of the given type at or above the given unit, e.g. the township of a grid. */
  public Optional<Unit> enclosing(String unitId, UnitType type) {
    return chainUpwards(unitId).stream().filter(u -> u.getUnitType() == type).findFirst();
  }

  private void checkUnit(Unit unit) {
    if (unit.getId() == null || !unit.getId().matches("[a-z0-9][a-z0-9-]{1,63}")) {
      throw new InvalidOrganisationException(
          "单位编码须为 2-64 位小写字母、数字或连字符: " + unit.getId());
    }
    if (unit.getUnitType() == null || unit.getName() == null || unit.getName().isBlank()) {
      throw new InvalidOrganisationException("单位 " + unit.getId() + " 缺少类型或名称");
    }
    if (unit.getKind() != null && unit.getKind().unitType() != unit.getUnitType()) {
      throw new InvalidOrganisationException(
          unit.getName() + " 的类别「" + unit.getKind().label() + "」不属于" + unit.getUnitType().label());
    }
    if (unit.getUnitType() == UnitType.GRID && unit.getKind() == null) {
      throw new InvalidOrganisationException(
          "网格 " + unit.getName() + " 须注明类别: 城市社区网格、农村网格或专属网格");
    }
    UnitType expectedParent = unit.getUnitType().parentType();
    if (expectedParent == null) {
      if (unit.getParentId() != null) {
        throw new InvalidOrganisationException("县级单位 " + unit.getName() + " 不能有上级单位");
      }
      return;
    }
    Unit parent = unit.getParentId() == null ? null : units.findById(unit.getParentId());
    if (parent == null || parent.getUnitType() != expectedParent) {
      throw new InvalidOrganisationException(
          unit.getUnitType().label() + " " + unit.getName() + " 的上级须是" + expectedParent.label());
    }
  }

  private void checkPerson(Person person) {
    if (person.getId() == null || !person.getId().matches("[a-zA-Z0-9][a-zA-Z0-9_-]{1,63}")) {
      throw new InvalidOrganisationException("账号须为 2-64 位字母、数字、下划线或连字符: " + person.getId());
    }
    if (person.getName() == null || person.getName().isBlank() || person.getRole() == null) {
      throw new InvalidOrganisationException("人员 " + person.getId() + " 缺少姓名或岗位");
    }
    Unit unit = person.getUnitId() == null ? null : units.findById(person.getUnitId());
    if (unit == null) {
      throw new InvalidOrganisationException("人员 " + person.getName() + " 的所属单位不存在: " + person.getUnitId());
    }
    if (!person.getRole().fits(unit.getUnitType())) {
      throw new InvalidOrganisationException(
          person.getRole().label() + "不能隶属于" + unit.getUnitType().label() + " " + unit.getName());
    }
  }
}
