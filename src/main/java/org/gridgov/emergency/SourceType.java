package org.gridgov.emergency;

/** What an emergency was raised from. */
public enum SourceType {
  CASE, DISPUTE, DIRECT
}
