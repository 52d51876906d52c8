package org.gridgov.talk;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.gridgov.forms.FormValues;

/**
 * The {@code residentTalk} process as code sees it: key, BPMN ids, variable names. Residents'
 * names and phones pass through the forms once and are kept in {@code gov_talk_*} only.
 */
public final class TalkVariables {

  public static final String PROCESS_KEY = "residentTalk";

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_TalkOrganised";
    public static final String REGISTER = "Task_RegisterTalk";
    public static final String NOTIFY_INVITEES = "Task_NotifyInvitees";
    public static final String TALK_DUE = "Event_TalkDue";
    public static final String HOLD_TALK = "Task_HoldTalk";
    public static final String SUMMARISE_DEMANDS = "Task_SummariseDemands";
    public static final String DEMAND = "SubProcess_Demand";
    public static final String DECIDE_DEMAND = "Task_DecideDemand";
    public static final String OPEN_CASE = "Task_OpenCase";
    public static final String PROPOSE_COUNCIL_MATTER = "Task_ProposeCouncilMatter";
    public static final String END_CASE_OPENED = "EndEvent_CaseOpened";
    public static final String END_COUNCIL_PROPOSED = "EndEvent_CouncilProposed";
    public static final String END_DEMAND_ANSWERED = "EndEvent_DemandAnswered";
    public static final String NOTIFY_PARTICIPANTS = "Task_NotifyParticipants";
    public static final String END_TALK_CONCLUDED = "EndEvent_TalkConcluded";

    private Elements() {
    }
  }

  public static final String COMMUNITY_ID = "communityId";
  public static final String TOPIC = "topic";
  public static final String PLACE = "place";
  public static final String MEETING_TIME = "meetingTime";
  public static final String INVITEES = "invitees";
  public static final String TALK_ID = "talkId";
  public static final String MEETING_DUE = "meetingDue";
  public static final String PARTICIPANTS = "participants";
  public static final String NOTES = "notes";
  public static final String OPINION_LIST = "opinionList";
  public static final String DEMANDS = "demands";
  public static final String DEMAND_IDS = "demandIds";
  public static final String DEMAND_ID = "demandId";
  public static final String DEMAND_CONTENT = "demandContent";
  public static final String DEMAND_ROUTE = "demandRoute";
  public static final String CATEGORY_CODE = "categoryCode";
  public static final String CASE_ADDRESS = "caseAddress";
  public static final String COUNCIL_TITLE = "councilTitle";
  public static final String ANSWER = "answer";

  private final VariableScope scope;

  private TalkVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static TalkVariables of(VariableScope scope) {
    return new TalkVariables(scope);
  }

  public Long talkId() {
    return (Long) scope.getVariable(TALK_ID);
  }

  public Long demandId() {
    return (Long) scope.getVariable(DEMAND_ID);
  }

  public String communityId() {
    return text(COMMUNITY_ID);
  }

  /** A form value as text; blank counts as absent. */
  public String text(String name) {
    return FormValues.text(scope, name);
  }

  public Object raw(String name) {
    return scope.getVariable(name);
  }

  /** Drops form values once they are stored in gov_ tables. */
  public void forget(String... names) {
    for (String name : names) {
      scope.removeVariable(name);
    }
  }
}
