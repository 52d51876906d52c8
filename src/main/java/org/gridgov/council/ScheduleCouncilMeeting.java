package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gridgov.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_SchedulePartyMeeting and Task_ScheduleVillageMeeting: the plan is
 * circulated (the meeting announced) now; the timer after the task waits for the meeting time.
 */
@Component("scheduleCouncilMeeting")
class ScheduleCouncilMeeting implements TaskListener {

  private final CouncilService council;

  ScheduleCouncilMeeting(CouncilService council) {
    this.council = council;
  }

  @Override
  public void notify(DelegateTask task) {
    CouncilVariables vars = CouncilVariables.of(task);
    MeetingKind kind = CouncilVariables.Elements.SCHEDULE_PARTY_MEETING.equals(task.getTaskDefinitionKey())
        ? MeetingKind.PARTY_MEMBERS : kindChosen(vars.text(CouncilVariables.MEETING_KIND));
    CouncilMeeting meeting = council.scheduleMeeting(vars.matterId(), kind, vars.raw(CouncilVariables.MEETING_TIME),
        vars.text(CouncilVariables.PLACE), vars.number(CouncilVariables.EXPECTED_COUNT),
        vars.number(CouncilVariables.HOUSEHOLDS_TOTAL));
    vars.setMeeting(meeting.getId(), kind, FormValues.toDate(meeting.getScheduledAt()));
  }

  private static MeetingKind kindChosen(String value) {
    if (MeetingKind.REPRESENTATIVES.name().equals(value) || MeetingKind.VILLAGERS.name().equals(value)) {
      return MeetingKind.valueOf(value);
    }
    return null;
  }
}
