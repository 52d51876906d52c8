package org.gridgov.cases;

import org.gridgov.notification.Notification;
import org.gridgov.notification.Notification.RecipientKind;
import org.gridgov.notification.Notifier;
import org.gridgov.organisation.OrganisationService;
import org.gridgov.organisation.Person;
import org.springframework.stereotype.Service;

/**
 * Messages about a case, written to the notification outbox in the transaction of the step that
 * causes them. Every message has a dedup key made of the case number and what it is about, so a
 * retried step never sends twice.
 */
@Service
public class CaseNotifications {

  private final Notifier notifier;
  private final OrganisationService organisation;
  private final CaseReadModel readModel;

  CaseNotifications(Notifier notifier, OrganisationService organisation, CaseReadModel readModel) {
    this.notifier = notifier;
    this.organisation = organisation;
    this.readModel = readModel;
  }

  /**
   * Tells whoever reported the case: the resident (if they left a way to reach them) or the grid
   * worker who found it on patrol. Answers false when there is nobody to tell.
   */
  public boolean toReporter(String caseNo, String topic, String templateCode, String text) {
    CaseRecord record = readModel.get(caseNo);
    String key = "case:" + caseNo + ":" + topic;
    if (record.getReporterId() != null) {
      notifier.send(new Notification(key, RecipientKind.RESIDENT, record.getReporterId().toString(), templateCode,
          caseNo, text));
      return true;
    }
    if (record.getReportedBy() != null) {
      notifier.send(new Notification(key, RecipientKind.STAFF, record.getReportedBy(), templateCode, caseNo, text));
      return true;
    }
    return false;
  }

  /** Tells every active member of a unit; answers how many were told. */
  public int toUnit(String caseNo, String unitId, String topic, String templateCode, String text) {
    int told = 0;
    for (Person person : organisation.peopleOf(unitId)) {
      if (person.isActive()) {
        notifier.send(new Notification("case:" + caseNo + ":" + topic + ":" + person.getId(), RecipientKind.STAFF,
            person.getId(), templateCode, caseNo, text));
        told++;
      }
    }
    return told;
  }
}
