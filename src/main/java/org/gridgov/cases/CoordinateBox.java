package org.gridgov.cases;

import java.math.BigDecimal;

/**
 * A latitude/longitude box that contains every point within a distance of a centre (WGS84, the
 * earth taken as a sphere, which is more than precise enough for a few hundred metres); the exact
 * distance is checked afterwards.
 */
public record CoordinateBox(double minLat, double maxLat, double minLng, double maxLng) {

  /** A degree of latitude on the mean earth radius Geo.distanceMeters uses, less 1 % so the box errs on the large side. */
  private static final double METERS_PER_DEGREE_OF_LATITUDE = 6_371_008.8 * Math.PI / 180 * 0.99;

  /** The box around a point (as the read model stores it), or null when there is no point. */
  public static CoordinateBox around(BigDecimal lat, BigDecimal lng, double radiusMeters) {
    if (lat == null || lng == null) {
      return null;
    }
    double centreLat = lat.doubleValue();
    double centreLng = lng.doubleValue();
    double dLat = radiusMeters / METERS_PER_DEGREE_OF_LATITUDE;
    double dLng = radiusMeters / (METERS_PER_DEGREE_OF_LATITUDE * Math.max(0.01, Math.cos(Math.toRadians(centreLat))));
    return new CoordinateBox(centreLat - dLat, centreLat + dLat, centreLng - dLng, centreLng + dLng);
  }
}
