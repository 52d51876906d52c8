package org.gridgov.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gridgov.cases.CaseProperties;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseRecord;
import org.gridgov.cases.CoordinateBox;
import org.gridgov.cases.EngineTime;
import org.gridgov.organisation.Geo;
import org.springframework.stereotype.Service;

/**
 * A report duplicates an open case of the same category reported within the configured window
 * and within the configured distance (or, without coordinates, at the same address). The oldest
 * such case is the master; a merged case is never a master itself.
 */
@Service
class DuplicateDetector {

  private final CaseReadModel readModel;
  private final CaseProperties properties;

  DuplicateDetector(CaseReadModel readModel, CaseProperties properties) {
    this.readModel = readModel;
    this.properties = properties;
  }

  Optional<String> masterOf(CaseRecord report) {
    Instant since = EngineTime.now().minus(Duration.ofHours(properties.duplicateWindowHours()));
    CoordinateBox box = CoordinateBox.around(report.getLat(), report.getLng(), properties.duplicateRadiusMeters());
    // the database narrows the candidates down to the same address or the box; samePlace decides
    return readModel.openCasesOfCategoryNear(report.getCategoryCode(), since, report.getCaseNo(),
            report.getAddressKey(), box).stream()
        .filter(candidate -> candidate.getProcessInstanceId() != null)
        .filter(candidate -> samePlace(report, candidate))
        .map(CaseRecord::getCaseNo)
        .findFirst();
  }

  private boolean samePlace(CaseRecord a, CaseRecord b) {
    if (a.getLat() != null && b.getLat() != null) {
      return Geo.distanceMeters(a.getLat().doubleValue(), a.getLng().doubleValue(),
          b.getLat().doubleValue(), b.getLng().doubleValue()) <= properties.duplicateRadiusMeters();
    }
    return a.getAddressKey() != null && a.getAddressKey().equals(b.getAddressKey());
  }
}
