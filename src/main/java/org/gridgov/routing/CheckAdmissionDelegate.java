package org.gridgov.routing;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gridgov.admission.AdmissionItem;
import org.gridgov.admission.AdmissionListService;
import org.gridgov.cases.CaseEventType;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.EngineTime;
import org.springframework.stereotype.Component;

/**
 * 核对网格准入清单: the case goes to its grid only when routing says the grid can handle it, the
 * case has a grid, and the admission list admits its category today. Everything else goes to the
 * dispatcher, never to a grid worker just because it had nowhere else to go.
 */
@Component("checkAdmission")
class CheckAdmissionDelegate implements JavaDelegate {

  private final AdmissionListService admission;
  private final CaseReadModel readModel;

  CheckAdmissionDelegate(AdmissionListService admission, CaseReadModel readModel) {
    this.admission = admission;
    this.readModel = readModel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CaseVariables.caseNo(execution);
    String gridId = CaseVariables.string(execution, CaseVariables.GRID_ID);
    boolean gridLevel = "GRID".equals(CaseVariables.string(execution, CaseVariables.HANDLING_LEVEL));
    String category = CaseVariables.string(execution, CaseVariables.CATEGORY_CODE);
    Optional<AdmissionItem> item = admission.listOn(EngineTime.nowLocal().toLocalDate()).stream()
        .filter(listed -> category.equals(listed.getCategoryCode())).findFirst();
    boolean gridHandling = gridLevel && gridId != null && item.isPresent();
    String detail;
    if (gridHandling) {
      detail = "准入清单 " + item.get().getCode() + "「" + item.get().getName() + "」，交网格核实处置";
    } else if (item.isEmpty()) {
      detail = "不在网格事项准入清单内，直接派遣职能部门";
    } else if (gridId == null) {
      detail = "未定位到网格，直接派遣职能部门";
    } else {
      detail = "须由职能部门办理，直接派遣";
    }
    readModel.note(caseNo, CaseEventType.ADMISSION_CHECKED, gridId, null, detail);
    execution.setVariable(CaseVariables.GRID_HANDLING, gridHandling);
  }
}
