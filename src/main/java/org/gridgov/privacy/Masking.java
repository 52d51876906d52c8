package org.gridgov.privacy;

/**
 * How personal data looks where it is not needed whole: lists, task forms, logs. Mobile numbers
 * keep the first three and last four digits ({@code 138****1234}), names keep the surname
 * ({@code 张*}), ID card numbers the region and the check digits ({@code 410101********1234}).
 */
public final class Masking {

  private Masking() {
  }

  public static String phone(String phone) {
    if (phone == null || phone.isBlank()) {
      return phone;
    }
    String digits = phone.strip();
    if (digits.length() <= 4) {
      return "*".repeat(digits.length());
    }
    if (digits.length() < 8) {
      return "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
    }
    return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
  }

  public static String name(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    int[] characters = name.strip().codePoints().toArray();
    // compound surnames (欧阳, 司马...) are rare; one character of surname is shown either way
    return new String(characters, 0, 1) + "*".repeat(Math.max(1, characters.length - 1));
  }

  public static String idNumber(String idNumber) {
    if (idNumber == null || idNumber.length() < 10) {
      return idNumber == null ? null : "*".repeat(idNumber.length());
    }
    return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
  }
}
