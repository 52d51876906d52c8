package org.gridgov.emergency;

import org.springframework.stereotype.Component;

/** 通报应急管理部门. */
@Component("notifyEmergencyDepartment")
class NotifyEmergencyDepartment extends NotifyAuthority {

  NotifyEmergencyDepartment(EmergencyService emergencies) {
    super(emergencies, EmergencyService.Recipient.EMERGENCY_DEPARTMENT);
  }
}
