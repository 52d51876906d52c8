package org.gridgov.mediation;

/** The rungs of the Fengqiao ladder where a dispute can be mediated. */
public enum Rung {
  VILLAGE("村(社区)人民调解"), TOWNSHIP("乡镇(街道)联合调解");

  private final String label;

  Rung(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
