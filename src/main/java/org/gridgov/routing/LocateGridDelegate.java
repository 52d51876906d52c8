package org.gridgov.routing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseVariables;
import org.springframework.stereotype.Component;

/** 定位网格: places the case in a grid, community and township. */
@Component("locateGrid")
class LocateGridDelegate implements JavaDelegate {

  private final CaseLocator locator;
  private final CaseReadModel readModel;

  LocateGridDelegate(CaseLocator locator, CaseReadModel readModel) {
    this.locator = locator;
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    CaseLocation location = locator.locate(readModel.get(caseNo));
    readModel.locate(caseNo, location.gridId(), location.communityId(), location.townshipId());
    readModel.note(caseNo, CaseEventType.LOCATED, location.gridId(), null,
        location.gridId() == null ? "未能定位到网格，由乡镇(街道)或县社会治理中心处理" : "所属网格 " + location.gridId());
    execution.setVariable(CaseVariables.GRID_ID, location.gridId());
    execution.setVariable(CaseVariables.COMMUNITY_ID, location.communityId());
    execution.setVariable(CaseVariables.TOWNSHIP_ID, location.townshipId());
    execution.setVariable(CaseVariables.VERIFY_GROUP_ID, location.verifyGroupId());
    execution.setVariable(CaseVariables.FOLLOW_UP_GROUP_ID, location.followUpGroupId());
  }
}
