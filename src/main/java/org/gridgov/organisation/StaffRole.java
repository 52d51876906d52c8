package org.gridgov.organisation;

import java.util.Set;

/**
 * What a person does, which kind of unit they belong to, and the Camunda group that gathers
 * everyone with that role (candidate groups, Tasklist filters and authorizations build on it).
 */
public enum StaffRole {
  GRID_WORKER("网格员", "role-gridworker", Set.of(UnitType.GRID)),
  GRID_LEADER("网格长", "role-gridleader", Set.of(UnitType.GRID)),
  COMMUNITY_STAFF("村(社区)工作人员", "role-community", Set.of(UnitType.COMMUNITY)),
  TOWNSHIP_STAFF("乡镇(街道)工作人员", "role-township", Set.of(UnitType.TOWNSHIP)),
  DISPATCHER("乡镇(街道)调度员", "role-dispatcher", Set.of(UnitType.TOWNSHIP)),
  DEPARTMENT_STAFF("职能部门工作人员", "role-department", Set.of(UnitType.DEPARTMENT)),
  COUNTY_CENTRE("县社会治理中心工作人员", "role-countycentre", Set.of(UnitType.CENTRE)),
  AUDITOR("审计员", "role-auditor", Set.of(UnitType.CENTRE, UnitType.COUNTY)),
  ADMIN("系统管理员", "camunda-admin", Set.of(UnitType.CENTRE, UnitType.COUNTY));

  private final String label;
  private final String groupId;
  private final Set<UnitType> unitTypes;

  StaffRole(String label, String groupId, Set<UnitType> unitTypes) {
    this.label = label;
    this.groupId = groupId;
    this.unitTypes = unitTypes;
  }

  public String label() {
    return label;
  }

  /** The Camunda group of everyone holding this role; administrators use Camunda's own admin group. */
  public String groupId() {
    return groupId;
  }

  public boolean fits(UnitType unitType) {
    return unitTypes.contains(unitType);
  }

  public Set<UnitType> unitTypes() {
    return unitTypes;
  }
}
