package org.gridgov.cases;

import java.util.Arrays;
import java.util.Optional;

/** The reporter's rating of a closed case; no answer in time is UNEVALUATED, never satisfied. */
public enum Satisfaction {
  SATISFIED("满意"),
  BASICALLY_SATISFIED("基本满意"),
  UNSATISFIED("不满意"),
  UNEVALUATED("未评价"),
  NOT_APPLICABLE("无需评价");

  private final String label;

  Satisfaction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The three ratings a reporter can give. */
  public boolean isRating() {
    return this == SATISFIED || this == BASICALLY_SATISFIED || this == UNSATISFIED;
  }

  public static Optional<Satisfaction> parseRating(String code) {
    return Arrays.stream(values()).filter(s -> s.name().equals(code) && s.isRating()).findFirst();
  }
}
