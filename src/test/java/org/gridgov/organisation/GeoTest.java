package org.gridgov.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoTest {

  @Test
  void oneDegreeOfLatitudeIsAbout111Kilometres() {
    assertThat(Geo.distanceMeters(34.0, 115.5, 35.0, 115.5)).isCloseTo(111_195.1, within(1.0));
  }

  @Test
  void aDegreeOfLongitudeShrinksWithLatitude() {
    // at 34° north: 111 195 m × cos(34°)
    assertThat(Geo.distanceMeters(34.0, 115.0, 34.0, 116.0)).isCloseTo(92_184, within(50.0));
  }

  @Test
  void shortDistancesInTheDemoCounty() {
    // two points 0.001° of latitude apart: about 111 m
    assertThat(Geo.distanceMeters(34.184, 115.526, 34.185, 115.526)).isCloseTo(111.2, within(0.1));
    assertThat(Geo.distanceMeters(34.184, 115.526, 34.184, 115.526)).isZero();
  }

  @Test
  void symmetric() {
    assertThat(Geo.distanceMeters(39.9042, 116.4074, 31.2304, 121.4737))
        .isCloseTo(Geo.distanceMeters(31.2304, 121.4737, 39.9042, 116.4074), within(1e-6))
        .isCloseTo(1_067_000, within(3_000.0)); // Beijing to Shanghai
  }
}
