package org.gridgov.resident;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.cases.CaseEvent;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.EngineTime;
import org.gridgov.organisation.OrganisationService;
import org.gridgov.organisation.Unit;
import org.gridgov.resident.ReportTracking.Step;
import org.springframework.stereotype.Component;

/**
 * The case timeline told to the reporter in plain Chinese: accepted, dispatched, handling, result,
 * closed. Internal steps (reminders, admission checks, staff notes, who did what) stay with staff;
 * units are named, people are not.
 */
@Component
class ResidentTimeline {

  private final OrganisationService organisation;

  ResidentTimeline(OrganisationService organisation) {
    this.organisation = organisation;
  }

  /** The steps of a case's timeline (oldest first) that mean something to its reporter. */
  List<Step> of(List<CaseEvent> events, String masterCaseNo) {
    List<Step> told = new ArrayList<>();
    for (CaseEvent event : events) {
      Optional<Step> step = step(event, masterCaseNo);
      if (step.isEmpty()) {
        continue;
      }
      Step last = told.isEmpty() ? null : told.get(told.size() - 1);
      // several internal steps can read the same to a resident (e.g. dispatch recorded twice): say it once
      if (last == null || !(last.title().equals(step.get().title()) && last.text().equals(step.get().text()))) {
        told.add(step.get());
      }
    }
    return told;
  }

  /** The unit a resident would recognise, by id; nothing when the id is not a unit. */
  Optional<String> unitName(String unitId) {
    return unitId == null ? Optional.empty() : organisation.unit(unitId).map(Unit::getName);
  }

  private Optional<Step> step(CaseEvent event, String masterCaseNo) {
    String unit = unitName(event.getUnitId()).orElse("承办单位");
    CaseEventType type;
    try {
      type = CaseEventType.valueOf(event.getEventType());
    } catch (IllegalArgumentException unknownToThisVersion) {
      return Optional.empty();
    }
    String[] told = switch (type) {
      case REPORTED -> new String[] {"REPORTED", "已上报", "您的诉求已提交"};
      case ROUTED -> new String[] {"ACCEPTED", "已受理", "诉求已受理，正在安排办理"};
      case MERGED -> new String[] {"MERGED", "合并办理",
          "同一问题已有人反映，并入诉求 " + (masterCaseNo == null ? "" : masterCaseNo) + " 一并办理"};
      case RUNG_ENTERED -> new String[] {"HANDLING", "交办", "已交由" + unit + "办理"};
      case DISPATCHED -> new String[] {"DISPATCHED", "已派遣", "已派遣至" + unit + "办理"};
      case RETURNED -> new String[] {"DISPATCHED", "重新派遣", "承办单位认为不属本单位职责，正在重新确定承办单位"};
      case ESCALATED -> new String[] {"HANDLING", "提级办理", "已提交上一级协调办理"};
      case TASK_COMPLETED -> event.getStatus() == CaseStatus.HANDLING
          ? new String[] {"HANDLING", "处置中", unit + "正在办理"} : null;
      case DEPARTMENT_RESULT -> new String[] {"RESULT", "部门办理", unit + "已办理完毕"};
      case REPLY_CONSOLIDATED -> new String[] {"RESULT", "办理答复", "承办单位已答复"};
      case RESULT_CHECKED -> new String[] {"RESULT", "结果核查", "办理结果已核查"};
      case REWORK -> new String[] {"HANDLING", "重新处置", "核查认为尚未办好，正在重新处置"};
      case SHELVED -> new String[] {"HANDLING", "列入计划", "问题需要较长时间解决，已列入计划办理"};
      case UNSHELVED -> new String[] {"HANDLING", "恢复办理", "计划时间已到，恢复办理"};
      case CLOSED -> new String[] {"CLOSED", "已办结", "您的诉求已办结"};
      case REJECTED -> new String[] {"CLOSED", "不予受理", event.getDetail() == null ? "不予受理" : event.getDetail()};
      case FEEDBACK_SENT -> new String[] {"RESULT", "结果反馈", "办理结果已反馈给您"};
      case EVALUATED -> new String[] {"EVALUATED", "已评价", "您的" + (event.getDetail() == null ? "评价已收到" : event.getDetail())};
      case UNEVALUATED -> new String[] {"CLOSED", "未评价", "评价期已过，记为未评价"};
      case REOPENED -> new String[] {"HANDLING", "重新办理", "根据您的评价，诉求重新办理"};
      // the reporter's supplements carry no actor; staff adding result photos do
      case SUPPLEMENTED -> event.getActor() == null
          ? new String[] {"SUPPLEMENT", "补充材料", "您补充了材料，已转承办单位"}
          : new String[] {"RESULT", "结果照片", unit + "上传了办理结果照片"};
      default -> null;
    };
    if (told == null) {
      return Optional.empty();
    }
    LocalDateTime at = event.getOccurredAt();
    return Optional.of(new Step(EngineTime.toInstant(at).atZone(EngineTime.zone()).toOffsetDateTime(), told[0],
        told[1], told[2]));
  }

}
