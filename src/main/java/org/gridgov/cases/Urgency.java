package org.gridgov.cases;

import java.util.Arrays;
import java.util.Optional;

/** Urgency grades of a case; the routing decision turns them into deadlines. */
public enum Urgency {
  CRITICAL("特急"),
  URGENT("紧急"),
  NORMAL("一般"),
  COMPLEX("复杂");

  private final String label;

  Urgency(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Urgency> parse(String code) {
    return Arrays.stream(values()).filter(u -> u.name().equals(code)).findFirst();
  }
}
