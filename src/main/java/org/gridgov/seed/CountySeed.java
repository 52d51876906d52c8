package org.gridgov.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.gridgov.admission.AdmissionItem;
import org.gridgov.organisation.StaffRole;
import org.gridgov.organisation.UnitKind;
import org.gridgov.organisation.UnitType;

/**
 * The shape of a county seed file such as {@code demo/anlan-county.yml}: a unit tree, its staff and
 * its admission list.
 */
record CountySeed(UnitSeed county, List<PersonSeed> people, List<AdmissionSeed> admissionList) {

  record UnitSeed(String id, UnitType type, UnitKind kind, String name, String divisionCode, String address,
      String phone, String description, Integer households, Integer population, List<BigDecimal> center,
      String boundary, List<String> addresses, List<UnitSeed> children) {

    List<UnitSeed> childrenOrEmpty() {
      return children == null ? List.of() : children;
    }

    List<String> addressesOrEmpty() {
      return addresses == null ? List.of() : addresses;
    }
  }

  record PersonSeed(String id, String name, String phone, StaffRole role, String unit, String title,
      boolean fullTime) {
  }

  record AdmissionSeed(String code, String name, String description, String category, String department,
      String gridDuty, AdmissionItem.Kind kind, LocalDate validFrom, LocalDate validUntil) {
  }
}
