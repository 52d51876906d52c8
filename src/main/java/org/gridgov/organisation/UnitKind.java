package org.gridgov.organisation;

/**
 * The finer kind of a township, community or grid. Grid kinds are the three the design names:
 * URBAN 城市社区网格, RURAL 农村网格, DEDICATED 专属网格 (school, hospital, industrial park, market…).
 */
public enum UnitKind {
  TOWN(UnitType.TOWNSHIP, "镇"),
  XIANG(UnitType.TOWNSHIP, "乡"),
  STREET(UnitType.TOWNSHIP, "街道"),
  COMMUNITY(UnitType.COMMUNITY, "社区"),
  VILLAGE(UnitType.COMMUNITY, "村"),
  URBAN(UnitType.GRID, "城市社区网格"),
  RURAL(UnitType.GRID, "农村网格"),
  DEDICATED(UnitType.GRID, "专属网格");

  private final UnitType unitType;
  private final String label;

  UnitKind(UnitType unitType, String label) {
    this.unitType = unitType;
    this.label = label;
  }

  public UnitType unitType() {
    return unitType;
  }

  public String label() {
    return label;
  }
}
