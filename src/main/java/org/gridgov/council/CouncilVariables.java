package org.gridgov.council;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.gridgov.forms.FormValues;

/**
 * The {@code residentCouncil} process as code sees it: its key, the BPMN ids code and tests refer
 * to, and typed access to its few variables (ids, counts, flags; the matter itself is in
 * {@code gov_council_*}).
 */
public final class CouncilVariables {

  public static final String PROCESS_KEY = "residentCouncil";
  public static final String DECISION_QUORUM = "councilQuorum";
  public static final String MESSAGE_OBJECTION = "CouncilObjection";
  public static final String ERROR_OBJECTION_SUSTAINED = "OBJECTION_SUSTAINED";

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_MatterRaised";
    public static final String REGISTER = "Task_RegisterCouncilMatter";
    public static final String DRAFT_PROPOSAL = "Task_DraftProposal";
    public static final String DELIBERATE = "Task_Deliberate";
    public static final String JOINT_PROPOSAL = "Task_JointProposal";
    public static final String CLOSE_REJECTED_PROPOSAL = "Task_CloseRejectedProposal";
    public static final String SCHEDULE_PARTY_MEETING = "Task_SchedulePartyMeeting";
    public static final String PARTY_MEETING_DUE = "Event_PartyMeetingDue";
    public static final String RECORD_PARTY_MEETING = "Task_RecordPartyMeeting";
    public static final String APPLY_PARTY_QUORUM_RULE = "Task_ApplyPartyQuorumRule";
    public static final String SCHEDULE_VILLAGE_MEETING = "Task_ScheduleVillageMeeting";
    public static final String VILLAGE_MEETING_DUE = "Event_VillageMeetingDue";
    public static final String RECORD_VILLAGE_MEETING = "Task_RecordVillageMeeting";
    public static final String APPLY_VILLAGE_QUORUM_RULE = "Task_ApplyVillageQuorumRule";
    public static final String CLOSE_QUORUM_FAILURE = "Task_CloseQuorumFailure";
    public static final String PUBLISH_REJECTION = "Task_PublishRejection";
    public static final String PUBLISH_RESOLUTION = "Task_PublishResolution";
    public static final String PUBLICITY = "SubProcess_Publicity";
    public static final String PUBLICITY_ENDS = "Event_PublicityEnds";
    public static final String OBJECTION_FILED = "StartEvent_ObjectionFiled";
    public static final String ANSWER_OBJECTION = "Task_AnswerObjection";
    public static final String OBJECTION_SUSTAINED = "BoundaryEvent_ObjectionSustained";
    public static final String PLAN_IMPLEMENTATION = "Task_PlanImplementation";
    public static final String WORK_ITEM = "SubProcess_WorkItem";
    public static final String REPORT_PROGRESS = "Task_ReportProgress";
    public static final String SUMMARISE_RESULTS = "Task_SummariseResults";
    public static final String PUBLISH_RESULTS = "Task_PublishResults";
    public static final String END_PROPOSAL_REJECTED = "EndEvent_ProposalRejected";
    public static final String END_QUORUM_FAILED = "EndEvent_QuorumFailed";
    public static final String END_MOTION_REJECTED = "EndEvent_MotionRejected";
    public static final String END_RESULTS_PUBLISHED = "EndEvent_ResultsPublished";

    private Elements() {
    }
  }

  // set by the start form or CouncilService.raise
  public static final String COMMUNITY_ID = "communityId";
  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";
  public static final String SOURCE_TALK_NO = "sourceTalkNo";
  public static final String COMBINED_LEADERSHIP = "combinedLeadership";
  public static final String MATTER_ID = "matterId";
  // proposal forms
  public static final String CONTENT = "content";
  public static final String BUDGET = "budget";
  public static final String SCOPE = "scope";
  public static final String RESIDENT_OPINIONS = "residentOpinions";
  public static final String DECISION = "decision";
  public static final String DECISION_COMMENT = "decisionComment";
  // meetings
  public static final String MEETING_ID = "meetingId";
  public static final String MEETING_KIND = "meetingKind";
  public static final String MEETING_TIME = "meetingTime";
  public static final String MEETING_DUE = "meetingDue";
  public static final String PLACE = "place";
  public static final String EXPECTED_COUNT = "expectedCount";
  public static final String HOUSEHOLDS_TOTAL = "householdsTotal";
  public static final String ATTENDEE_COUNT = "attendeeCount";
  public static final String HOUSEHOLDS_REPRESENTED = "householdsRepresented";
  public static final String VOTES_FOR = "votesFor";
  public static final String VOTES_AGAINST = "votesAgainst";
  public static final String VOTES_ABSTAIN = "votesAbstain";
  public static final String MINUTES = "minutes";
  public static final String QUORUM_REACHED = "quorumReached";
  public static final String MOTION_PASSED = "motionPassed";
  public static final String QUORUM_FAILURES = "quorumFailures";
  public static final String RESCHEDULE_ALLOWED = "rescheduleAllowed";
  public static final String MEETING_VERDICT = "meetingVerdict";
  // publicity
  public static final String NOTICE_ID = "noticeId";
  public static final String PUBLICITY_ENDS_AT = "publicityEnds";
  public static final String OBJECTION_ID = "objectionId";
  public static final String OBJECTION_CONTENT = "objectionContent";
  public static final String OBJECTION_SUSTAINED = "objectionSustained";
  public static final String OBJECTION_ANSWER = "objectionAnswer";
  // implementation
  public static final String WORK_ITEMS = "workItems";
  public static final String WORK_ITEM_IDS = "workItemIds";
  public static final String WORK_ITEM_ID = "workItemId";
  public static final String WORK_ITEM_TITLE = "workItemTitle";
  public static final String PROGRESS = "progress";
  public static final String PROGRESS_NOTE = "progressNote";
  public static final String CASE_NO = "caseNo";
  public static final String WORK_ITEM_FINISHED = "workItemFinished";
  public static final String RESULT_SUMMARY = "resultSummary";
  public static final String AMOUNT_SPENT = "amountSpent";

  private final VariableScope scope;

  private CouncilVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static CouncilVariables of(VariableScope scope) {
    return new CouncilVariables(scope);
  }

  public Long matterId() {
    return (Long) scope.getVariable(MATTER_ID);
  }

  /** The village/community; a start form left empty sends "", which counts as not given. */
  public String communityId() {
    return text(COMMUNITY_ID);
  }

  public Long meetingId() {
    return (Long) scope.getVariable(MEETING_ID);
  }

  public Long objectionId() {
    return (Long) scope.getVariable(OBJECTION_ID);
  }

  public Long workItemId() {
    return (Long) scope.getVariable(WORK_ITEM_ID);
  }

  public int quorumFailures() {
    Integer failures = (Integer) scope.getVariable(QUORUM_FAILURES);
    return failures == null ? 0 : failures;
  }

  /** A form value as text; blank counts as absent. */
  public String text(String name) {
    return FormValues.text(scope, name);
  }

  /** A whole number from a form (number fields arrive as Long, Integer or Double). */
  public Integer number(String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number number) {
      if (number.doubleValue() != Math.rint(number.doubleValue())) {
        throw new InvalidCouncilInputException("「" + name + "」须为整数");
      }
      return number.intValue();
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return Integer.valueOf(text.strip());
      } catch (NumberFormatException e) {
        throw new InvalidCouncilInputException("「" + name + "」须为整数: " + text);
      }
    }
    return null;
  }

  public Boolean flag(String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Boolean b) {
      return b;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.valueOf((String) value);
    }
    return null;
  }

  public Object raw(String name) {
    return scope.getVariable(name);
  }

  public void setMatterId(Long matterId) {
    scope.setVariable(MATTER_ID, matterId);
  }

  public void setCommunityId(String communityId) {
    scope.setVariable(COMMUNITY_ID, communityId);
  }

  public void setCombinedLeadership(boolean combined) {
    scope.setVariable(COMBINED_LEADERSHIP, combined);
  }

  public void setMeeting(Long meetingId, MeetingKind kind, Date due) {
    scope.setVariable(MEETING_ID, meetingId);
    scope.setVariable(MEETING_KIND, kind.name());
    scope.setVariable(MEETING_DUE, due);
  }

  public void setVerdict(boolean quorumReached, boolean passed, int quorumFailures, boolean rescheduleAllowed,
      String verdict) {
    scope.setVariable(QUORUM_REACHED, quorumReached);
    scope.setVariable(MOTION_PASSED, passed);
    scope.setVariable(QUORUM_FAILURES, quorumFailures);
    scope.setVariable(RESCHEDULE_ALLOWED, rescheduleAllowed);
    scope.setVariable(MEETING_VERDICT, verdict);
  }

  public void setPublicity(Long noticeId, Date ends) {
    scope.setVariable(NOTICE_ID, noticeId);
    scope.setVariable(PUBLICITY_ENDS_AT, ends);
  }

  public void setWorkItemFinished(boolean finished) {
    scope.setVariable(WORK_ITEM_FINISHED, finished);
  }

  /** Drops form values once they are stored in gov_ tables, so the next form starts empty. */
  public void forget(String... names) {
    for (String name : names) {
      scope.removeVariable(name);
    }
  }
}
