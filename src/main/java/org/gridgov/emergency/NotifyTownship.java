package org.gridgov.emergency;

import org.springframework.stereotype.Component;

/** 通报乡镇(街道). */
@Component("notifyTownship")
class NotifyTownship extends NotifyAuthority {

  NotifyTownship(EmergencyService emergencies) {
    super(emergencies, EmergencyService.Recipient.TOWNSHIP);
  }
}
