package org.gridgov.cases;

/**
 * An address as the duplicate check compares it: white space and the punctuation residents type
 * in different ways (，,。.、) removed, so that "文昌路 18号" and "文昌路18号。" are the same place.
 */
public final class AddressKey {

  private AddressKey() {
  }

  /** The key of an address, or null for none. */
  public static String of(String address) {
    return address == null ? null : address.replaceAll("[\\s，,。.、]", "");
  }
}
