package org.gridgov.open311;

/** A leaf of the service catalogue as Open311 lists it. */
record ServiceRow(String code, String name, String description, String keywords, String groupName) {
}
