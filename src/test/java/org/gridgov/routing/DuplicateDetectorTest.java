package org.gridgov.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseRecord;
import org.gridgov.cases.CaseSource;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.Urgency;
import org.gridgov.testsupport.GridGovSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The duplicate check finds its candidates in SQL (same address key, or a box around the point) and
 * decides by distance or address, on the real database. Every test reports at a place of its own
 * (a random spot far from the demo county, a random street name), so cases of other tests never
 * count as duplicates, also on the shared MariaDB database.
 */
@GridGovSpringTest
class DuplicateDetectorTest {

  private static final String CATEGORY = "ENV_STREET";

  @Autowired
  private DuplicateDetector detector;
  @Autowired
  private CaseReadModel readModel;

  private final double lat = 20 + ThreadLocalRandom.current().nextDouble(10);
  private final double lng = 90 + ThreadLocalRandom.current().nextDouble(10);
  private final String street = "查重路" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void anOpenCaseOfTheSameCategoryWithinTheRadiusIsTheMaster() {
    CaseRecord master = open(CATEGORY, null, lat, lng);
    // 90 m north and 90 m east: inside 100 m on both axes, i.e. the corner of the box is not needed
    assertThat(detector.masterOf(report(CATEGORY, null, lat + metersOfLatitude(90), lng)))
        .contains(master.getCaseNo());
    assertThat(detector.masterOf(report(CATEGORY, null, lat, lng + metersOfLongitude(90, lat))))
        .contains(master.getCaseNo());
  }

  @Test
  void aCaseJustOutsideTheRadiusIsNoDuplicate() {
    open(CATEGORY, null, lat, lng);
    assertThat(detector.masterOf(report(CATEGORY, null, lat + metersOfLatitude(105), lng))).isEmpty();
    // inside the box's corner, but 99 m * sqrt(2) = 140 m away
    assertThat(detector.masterOf(report(CATEGORY, null, lat + metersOfLatitude(99),
        lng + metersOfLongitude(99, lat)))).isEmpty();
  }

  @Test
  void withoutCoordinatesTheSameAddressWrittenDifferentlyIsADuplicate() {
    CaseRecord master = open(CATEGORY, "安澜县" + street + "18号", null, null);
    assertThat(detector.masterOf(report(CATEGORY, "安澜县 " + street + " 18号。", null, null)))
        .contains(master.getCaseNo());
    assertThat(detector.masterOf(report(CATEGORY, "安澜县" + street + "19号", null, null))).isEmpty();
  }

  @Test
  void aReportWithCoordinatesMatchesACaseWithoutThemByAddress() {
    CaseRecord master = open(CATEGORY, "安澜县" + street + "3号", null, null);
    assertThat(detector.masterOf(report(CATEGORY, "安澜县" + street + "3号", lat, lng))).contains(master.getCaseNo());
  }

  @Test
  void theOldestOpenCaseIsTheMasterAndClosedOrOtherCategoriesNeverAre() {
    Instant now = Instant.now();
    try {
      // a minute apart: MySQL keeps whole seconds
      ClockUtil.setCurrentTime(Date.from(now.minusSeconds(240)));
      CaseRecord closed = open(CATEGORY, null, lat, lng);
      readModel.changeStatus(closed.getCaseNo(), CaseStatus.CLOSED, CaseEventType.CLOSED, null, "test", "结案");
      ClockUtil.setCurrentTime(Date.from(now.minusSeconds(180)));
      open("ENV_GARBAGE", null, lat, lng);
      ClockUtil.setCurrentTime(Date.from(now.minusSeconds(120)));
      CaseRecord oldest = open(CATEGORY, "安澜县" + street + "1号", lat, lng);
      ClockUtil.setCurrentTime(Date.from(now.minusSeconds(60)));
      open(CATEGORY, null, lat + metersOfLatitude(10), lng);
      ClockUtil.setCurrentTime(Date.from(now));
      assertThat(detector.masterOf(report(CATEGORY, null, lat, lng))).contains(oldest.getCaseNo());
      // found both by address and by position: still once, and still the oldest
      assertThat(detector.masterOf(report(CATEGORY, "安澜县" + street + "1号", lat, lng))).contains(oldest.getCaseNo());
    } finally {
      ClockUtil.reset();
    }
  }

  /** An open case with its process, as intake leaves it. */
  private CaseRecord open(String category, String address, Double lat, Double lng) {
    CaseRecord record = report(category, address, lat, lng);
    readModel.register(record, null, "test");
    readModel.attachProcess(record.getCaseNo(), "pi-" + record.getCaseNo());
    return record;
  }

  private static CaseRecord report(String category, String address, Double lat, Double lng) {
    CaseRecord record = new CaseRecord();
    record.setCaseNo("DUP-" + UUID.randomUUID().toString().substring(0, 20));
    record.setSource(CaseSource.RESIDENT);
    record.setChannel("APP");
    record.setCategoryCode(category);
    record.setUrgency(Urgency.NORMAL);
    record.setDescription("查重测试");
    record.setAddressText(address);
    record.setLat(lat == null ? null : BigDecimal.valueOf(lat).setScale(6, java.math.RoundingMode.HALF_UP));
    record.setLng(lng == null ? null : BigDecimal.valueOf(lng).setScale(6, java.math.RoundingMode.HALF_UP));
    return record;
  }

  private static double metersOfLatitude(double meters) {
    return meters / (6_371_008.8 * Math.PI / 180);
  }

  private static double metersOfLongitude(double meters, double atLatitude) {
    return metersOfLatitude(meters) / Math.cos(Math.toRadians(atLatitude));
  }
}
