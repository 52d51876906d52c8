package org.gridgov.emergency;

import org.springframework.stereotype.Component;

/** 通报县社会治理中心. */
@Component("notifyCountyCentre")
class NotifyCountyCentre extends NotifyAuthority {

  NotifyCountyCentre(EmergencyService emergencies) {
    super(emergencies, EmergencyService.Recipient.COUNTY_CENTRE);
  }
}
