package org.gridgov.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Reads the grid admission list. {@link #admits} is what case handling asks before it gives a
 * matter to grid workers: only listed matters, within their validity, may be assigned to them.
 */
@Service
public class AdmissionListService {

  private final AdmissionMapper items;
  private final AdmissionApplicationMapper applications;

  AdmissionListService(AdmissionMapper items, AdmissionApplicationMapper applications) {
    this.items = items;
    this.applications = applications;
  }

  /** Whether a listed matter admits the case category on the given day. */
  public boolean admits(String categoryCode, LocalDate day) {
    if (categoryCode == null || day == null) {
      return false;
    }
    return items.findListedForCategory(categoryCode).stream().anyMatch(item -> item.admitsOn(day));
  }

  /** The matters grid workers may be given on the given day. */
  public List<AdmissionItem> listOn(LocalDate day) {
    return items.findListed().stream().filter(item -> item.admitsOn(day)).toList();
  }

  public Optional<AdmissionItem> item(String code) {
    return Optional.ofNullable(items.findByCode(code));
  }

  public List<AdmissionChange> history(String code) {
    return applications.findChanges(code);
  }
}
