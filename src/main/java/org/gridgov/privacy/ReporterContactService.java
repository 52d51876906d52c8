package org.gridgov.privacy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseRecord;
import org.gridgov.cases.CaseReporter;
import org.gridgov.organisation.OrganisationService;
import org.gridgov.organisation.Person;
import org.gridgov.organisation.StaffRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reporter's contact details: masked for every member of staff who works on the case, whole only
 * for those who must call the resident — the case's grid worker or grid leader (on-site
 * verification), the dispatchers and staff of its township (dispatch and the follow-up call), and
 * the county centre for a case outside every township. Every request to see them whole is written to
 * {@code gov_personal_data_access}, granted or not.
 */
@Service
public class ReporterContactService {

  public static final String REPORTER_CONTACT = "REPORTER_CONTACT";

  public record Contact(String caseNo, boolean anonymous, String name, String phone, boolean masked) {
  }

  public static class NotAllowedException extends RuntimeException {
    NotAllowedException(String message) {
      super(message);
    }
  }

  private final CaseReadModel cases;
  private final OrganisationService organisation;
  private final PersonalDataAccessMapper accessLog;

  ReporterContactService(CaseReadModel cases, OrganisationService organisation, PersonalDataAccessMapper accessLog) {
    this.cases = cases;
    this.organisation = organisation;
    this.accessLog = accessLog;
  }

  /** The contact masked; empty when there is no such case. */
  public Optional<Contact> masked(String caseNo) {
    return cases.find(caseNo).map(record -> {
      Optional<CaseReporter> reporter = cases.reporterOf(record);
      return new Contact(caseNo, reporter.isEmpty(), reporter.map(r -> Masking.name(r.getName())).orElse(null),
          reporter.map(r -> Masking.phone(r.getPhone())).orElse(null), true);
    });
  }

  /**
   * The contact whole, if the user must call the resident; logged either way. The log row is written
   * in its own transaction so that a refusal is recorded too.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = NotAllowedException.class)
  public Optional<Contact> reveal(String caseNo, String userId, String reason) {
    Optional<CaseRecord> found = cases.find(caseNo);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CaseRecord record = found.get();
    boolean allowed = organisation.person(userId).filter(person -> mustCall(person, record)).isPresent();
    accessLog.insert(new PersonalDataAccessMapper.Access(null, userId, caseNo, REPORTER_CONTACT, reason, allowed,
        LocalDateTime.now()));
    if (!allowed) {
      throw new NotAllowedException("只有本事件所在网格的网格员、所在乡镇(街道)的调度和回访人员可以查看群众完整联系方式。");
    }
    Optional<CaseReporter> reporter = cases.reporterOf(record);
    return Optional.of(new Contact(caseNo, reporter.isEmpty(), reporter.map(CaseReporter::getName).orElse(null),
        reporter.map(CaseReporter::getPhone).orElse(null), false));
  }

  public List<PersonalDataAccessMapper.Access> accessLog(String caseNo) {
    return accessLog.findByCase(caseNo);
  }

  private static boolean mustCall(Person person, CaseRecord record) {
    if (!person.isActive()) {
      return false;
    }
    StaffRole role = person.getRole();
    String unit = person.getUnitId();
    return switch (role) {
      case GRID_WORKER, GRID_LEADER -> unit.equals(record.getGridId());
      case DISPATCHER, TOWNSHIP_STAFF -> unit.equals(record.getTownshipId());
      case COUNTY_CENTRE -> record.getTownshipId() == null;
      default -> false;
    };
  }
}
