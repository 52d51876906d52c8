package org.gridgov.organisation;

/** The levels and kinds of organisational unit a county is made of. */
public enum UnitType {
  COUNTY("县(市、区)"),
  TOWNSHIP("乡镇/街道"),
  COMMUNITY("村/社区"),
  GRID("网格"),
  DEPARTMENT("职能部门"),
  CENTRE("社会治理中心");

  private final String label;

  UnitType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The unit type a unit of this type must hang under; {@code null} for the county itself. */
  public UnitType parentType() {
    return switch (this) {
      case COUNTY -> null;
      case TOWNSHIP, DEPARTMENT, CENTRE -> COUNTY;
      case COMMUNITY -> TOWNSHIP;
      case GRID -> COMMUNITY;
    };
  }
}
