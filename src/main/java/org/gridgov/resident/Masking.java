package org.gridgov.resident;

/** Personal data as lists and residents' pages show it: 王**, 138****1234. */
final class Masking {

  private Masking() {
  }

  static String name(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    int first = name.codePointAt(0);
    int rest = name.codePointCount(0, name.length()) - 1;
    return new StringBuilder().appendCodePoint(first).append("*".repeat(Math.max(1, rest))).toString();
  }

  static String phone(String phone) {
    if (phone == null || phone.length() < 7) {
      return phone == null ? null : "****";
    }
    return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }
}
