package org.gridgov.cases;

/** What happened at one step of a case's timeline. */
public enum CaseEventType {
  REPORTED("上报"),
  LOCATED("定位网格"),
  ROUTED("分类受理"),
  MERGED("合并至主案"),
  DUPLICATE_LINKED("关联重复上报"),
  ADMISSION_CHECKED("准入清单核对"),
  EMERGENCY_STARTED("启动应急处置"),
  TASK_CREATED("生成待办"),
  TASK_COMPLETED("办理"),
  RUNG_ENTERED("进入处置层级"),
  REMINDER("督办提醒"),
  ESCALATED("升级"),
  DISPATCHED("派遣"),
  RETURNED("退单"),
  RETURN_RULED("退单裁定"),
  EXTENSION_REQUESTED("申请延期"),
  EXTENSION_DECIDED("延期审批"),
  OVERDUE_SUPERVISED("超期督办"),
  SHELVE_REQUESTED("申请挂账"),
  SHELVED("挂账"),
  UNSHELVED("挂账到期恢复办理"),
  DEPARTMENT_RESULT("部门办理结果"),
  REPLY_CONSOLIDATED("汇总答复"),
  RESULT_CHECKED("核查"),
  REWORK("返工"),
  REJECTED("不予受理"),
  CLOSED("结案"),
  FEEDBACK_SENT("反馈"),
  EVALUATED("评价"),
  UNEVALUATED("未评价"),
  REOPENED("重办"),
  SUPPLEMENTED("群众补充材料"),
  ASSESSED("考核记录");

  private final String label;

  CaseEventType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
