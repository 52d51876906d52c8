package org.gridgov.routing;

import java.time.LocalDate;
import java.util.Optional;
import org.gridgov.admission.AdmissionItem;
import org.gridgov.admission.AdmissionMapper;
import org.springframework.stereotype.Service;

/** 准入清单: a matter may become grid-worker work only if a listed item admits its category today. */
@Service
class GridAdmission {

  private final AdmissionMapper admissions;

  GridAdmission(AdmissionMapper admissions) {
    this.admissions = admissions;
  }

  Optional<AdmissionItem> admittingItem(String categoryCode, LocalDate day) {
    return admissions.findListedForCategory(categoryCode).stream().filter(item -> item.admitsOn(day)).findFirst();
  }
}
