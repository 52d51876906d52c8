package org.gridgov.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The caseHandling process: its key, the BPMN element ids code and tests use, and its variables
 * with typed accessors. Variables hold ids, codes, dates and counters only; texts and personal
 * data live in {@code gov_case} and its timeline.
 */
public final class CaseVariables {

  public static final String PROCESS_KEY = "caseHandling";
  public static final String MESSAGE_RESIDENT_EVALUATION = "ResidentEvaluation";
  public static final String ERROR_CASE_RETURNED = "CASE_RETURNED";
  public static final String ERROR_CASE_SHELVED = "CASE_SHELVED";

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_REPORT_RECEIVED = "StartEvent_ReportReceived";
    public static final String TASK_REGISTER_CASE = "Task_RegisterCase";
    public static final String TASK_LOCATE_GRID = "Task_LocateGrid";
    public static final String TASK_CHECK_DUPLICATE = "Task_CheckDuplicate";
    public static final String TASK_MERGE_INTO_MASTER = "Task_MergeIntoMaster";
    public static final String TASK_NOTIFY_MERGED = "Task_NotifyMerged";
    public static final String END_CASE_MERGED = "EndEvent_CaseMerged";
    public static final String TASK_ROUTE_CASE = "Task_RouteCase";
    public static final String TASK_START_EMERGENCY_RESPONSE = "Task_StartEmergencyResponse";
    public static final String TASK_CHECK_ADMISSION = "Task_CheckAdmission";
    public static final String TASK_ENTER_RUNG = "Task_EnterRung";
    public static final String SUBPROCESS_RUNG = "SubProcess_Rung";
    public static final String TASK_VERIFY_ON_SITE = "Task_VerifyOnSite";
    public static final String TASK_HANDLE_ON_SITE = "Task_HandleOnSite";
    public static final String TASK_RESOLVE_AT_RUNG = "Task_ResolveAtRung";
    public static final String BOUNDARY_RUNG_FIRST_REMINDER = "BoundaryEvent_RungFirstReminder";
    public static final String BOUNDARY_RUNG_SECOND_REMINDER = "BoundaryEvent_RungSecondReminder";
    public static final String BOUNDARY_RUNG_DEADLINE = "BoundaryEvent_RungDeadline";
    public static final String TASK_REMIND_RUNG = "Task_RemindRung";
    public static final String TASK_REJECT_CASE = "Task_RejectCase";
    public static final String TASK_NOTIFY_REJECTION = "Task_NotifyRejection";
    public static final String END_CASE_REJECTED = "EndEvent_CaseRejected";
    public static final String TASK_ESCALATE_CASE = "Task_EscalateCase";
    public static final String TASK_DISPATCH = "Task_Dispatch";
    public static final String TASK_RECORD_DISPATCH = "Task_RecordDispatch";
    public static final String SUBPROCESS_CO_HANDLING = "SubProcess_CoHandling";
    public static final String TASK_HANDLE_BY_DEPARTMENT = "Task_HandleByDepartment";
    public static final String BOUNDARY_DEPARTMENT_DEADLINE = "BoundaryEvent_DepartmentDeadline";
    public static final String TASK_SUPERVISE_OVERDUE = "Task_SuperviseOverdue";
    public static final String TASK_REVIEW_EXTENSION = "Task_ReviewExtension";
    public static final String TASK_APPROVE_SHELVING = "Task_ApproveShelving";
    public static final String BOUNDARY_DISPATCH_RETURNED = "BoundaryEvent_DispatchReturned";
    public static final String BOUNDARY_CASE_SHELVED = "BoundaryEvent_CaseShelved";
    public static final String TASK_RULE_ON_RETURN = "Task_RuleOnReturn";
    public static final String TASK_SHELVE_CASE = "Task_ShelveCase";
    public static final String TIMER_SHELVED_UNTIL = "TimerEvent_ShelvedUntil";
    public static final String TASK_RESUME_CASE = "Task_ResumeCase";
    public static final String TASK_CONSOLIDATE_REPLY = "Task_ConsolidateReply";
    public static final String TASK_VERIFY_RESULT = "Task_VerifyResult";
    public static final String TASK_CLOSE_CASE = "Task_CloseCase";
    public static final String TASK_SEND_FEEDBACK = "Task_SendFeedback";
    public static final String TASK_FOLLOW_UP_CALL = "Task_FollowUpCall";
    public static final String BOUNDARY_RESIDENT_EVALUATION = "BoundaryEvent_ResidentEvaluation";
    public static final String BOUNDARY_EVALUATION_TIMEOUT = "BoundaryEvent_EvaluationTimeout";
    public static final String TASK_RECORD_EVALUATION = "Task_RecordEvaluation";
    public static final String TASK_RECORD_UNEVALUATED = "Task_RecordUnevaluated";
    public static final String TASK_REVIEW_REOPEN = "Task_ReviewReopen";
    public static final String TASK_REOPEN_CASE = "Task_ReopenCase";
    public static final String TASK_START_REWORK = "Task_StartRework";
    public static final String TASK_RECORD_ASSESSMENT = "Task_RecordAssessment";
    public static final String END_CASE_CLOSED = "EndEvent_CaseClosed";

    private Elements() {
    }
  }

  // identity and routing
  public static final String CASE_NO = "caseNo";
  public static final String CATEGORY_CODE = "categoryCode";
  public static final String URGENCY = "urgency";
  public static final String SOURCE = "source";
  public static final String REPORTED_BY = "reportedBy";
  public static final String GRID_ID = "gridId";
  public static final String COMMUNITY_ID = "communityId";
  public static final String TOWNSHIP_ID = "townshipId";
  public static final String CENTRE_ID = "centreId";
  public static final String VERIFY_GROUP_ID = "verifyGroupId";
  public static final String FOLLOW_UP_GROUP_ID = "followUpGroupId";
  public static final String DUPLICATE_OF = "duplicateOf";
  public static final String HANDLING_LEVEL = "handlingLevel";
  public static final String EMERGENCY = "emergency";
  public static final String GRID_HANDLING = "gridHandling";
  public static final String RESPONSE_DUE = "responseDue";
  public static final String RESOLVE_DUE = "resolveDue";
  // ladder
  public static final String RUNG = "rung";
  public static final String RUNG_GROUP_ID = "rungGroupId";
  public static final String RUNG_DUE = "rungDue";
  public static final String RUNG_FIRST_REMINDER_AT = "rungFirstReminderAt";
  public static final String RUNG_SECOND_REMINDER_AT = "rungSecondReminderAt";
  public static final String RUNG_OUTCOME = "rungOutcome";
  public static final String ON_SITE_VERIFIED = "onSiteVerified";
  public static final String ESCALATED = "escalated";
  public static final String HANDLED_BY = "handledBy";
  // dispatch and co-handling
  public static final String DISPATCH_GROUP_ID = "dispatchGroupId";
  public static final String DISPATCH_DUE = "dispatchDue";
  public static final String LEAD_DEPARTMENT_ID = "leadDepartmentId";
  public static final String CO_DEPARTMENT_IDS = "coDepartmentIds";
  public static final String HANDLING_DEPARTMENT_IDS = "handlingDepartmentIds";
  public static final String DEPARTMENT_ID = "departmentId";
  public static final String DEPARTMENT_DUE = "departmentDue";
  public static final String DEPARTMENT_OUTCOME = "departmentOutcome";
  public static final String REQUESTED_DATE = "requestedDate";
  public static final String EXTENSION_DECISION = "extensionDecision";
  public static final String SHELVING_DECISION = "shelvingDecision";
  public static final String SHELVED_UNTIL = "shelvedUntil";
  public static final String BOUNCE_COUNT = "bounceCount";
  public static final String BOUNCE_CAP_REACHED = "bounceCapReached";
  public static final String RETURN_ALLOWED = "returnAllowed";
  // verification, evaluation, closure
  public static final String RESULT_CHECK = "resultCheck";
  public static final String REWORK_COUNT = "reworkCount";
  public static final String EVALUATION_EXPECTED = "evaluationExpected";
  public static final String EVALUATION_DUE = "evaluationDue";
  public static final String SATISFACTION = "satisfaction";
  public static final String REOPEN_ALLOWED = "reopenAllowed";
  public static final String REOPEN_DECISION = "reopenDecision";
  public static final String REOPEN_COUNT = "reopenCount";
  public static final String RESOLVED_RUNG = "resolvedRung";

  /** Handlers of a case that verification or reopening sends it back to. */
  public static final String HANDLED_BY_RUNG = "RUNG";
  public static final String HANDLED_BY_DEPARTMENTS = "DEPARTMENTS";

  private CaseVariables() {
  }

  public static String caseNo(VariableScope scope) {
    return (String) scope.getVariable(CASE_NO);
  }

  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public static boolean flag(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  public static int count(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Number n ? n.intValue() : 0;
  }

  public static Date date(VariableScope scope, String name) {
    return (Date) scope.getVariable(name);
  }

  public static Urgency urgency(VariableScope scope) {
    return Urgency.valueOf(string(scope, URGENCY));
  }

  public static Rung rung(VariableScope scope) {
    String rung = string(scope, RUNG);
    return rung == null ? null : Rung.valueOf(rung);
  }

  /**
   * The co-handling departments as a list, whether the variable came from a Tasklist form (a JSON
   * array), from Java (a list) or is absent.
   */
  public static List<String> coDepartmentIds(VariableScope scope) {
    return idList(scope.getVariableTyped(CO_DEPARTMENT_IDS));
  }

  static List<String> idList(TypedValue value) {
    List<String> ids = new ArrayList<>();
    if (value == null || value.getValue() == null) {
      return ids;
    }
    Object raw = value.getValue();
    if (value instanceof JsonValue json) {
      json.getValue().elements().forEach(e -> ids.add(e.stringValue()));
    } else if (raw instanceof SpinJsonNode node) {
      node.elements().forEach(e -> ids.add(e.stringValue()));
    } else if (raw instanceof Collection<?> collection) {
      collection.forEach(e -> ids.add(String.valueOf(e)));
    } else if (raw instanceof String text && !text.isBlank()) {
      Spin.JSON(text).elements().forEach(e -> ids.add(e.stringValue()));
    }
    return ids;
  }

  /** Stores the co-handling departments as the JSON list the contract promises. */
  public static void setCoDepartmentIds(VariableScope scope, List<String> ids) {
    scope.setVariable(CO_DEPARTMENT_IDS, SpinValues.jsonValue(Spin.JSON(new ArrayList<>(ids))).create());
  }
}
