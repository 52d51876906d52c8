package org.gridgov.organisation;

/** Distances on the earth's surface, good enough for grids and duplicate detection (metres apart). */
public final class Geo {

  /** Mean earth radius (IUGG), in metres. */
  static final double EARTH_RADIUS_METERS = 6_371_008.8;

  private Geo() {
  }

  /** Great-circle distance between two WGS-84 points (haversine formula), in metres. */
  public static double distanceMeters(double lat1, double lng1, double lat2, double lng2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = Math.toRadians(lat2 - lat1);
    double dLambda = Math.toRadians(lng2 - lng1);
    double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1.0, Math.sqrt(a)));
  }
}
