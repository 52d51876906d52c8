package org.gridgov.privacy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.gridgov.organisation.StaffRole;
import org.gridgov.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff read a case reporter's contact masked; those who must call the resident reveal it whole,
 * which is logged; auditors and administrators read the log. Staff are authenticated by
 * {@code StaffApiAuthentication}, so engine authorizations decide who sees which case at all.
 */
@RestController
class ReporterContactController {

  record RevealRequest(String reason) {
  }

  private final ReporterContactService contacts;
  private final HistoryService history;
  private final IdentityService identity;

  ReporterContactController(ReporterContactService contacts, HistoryService history, IdentityService identity) {
    this.contacts = contacts;
    this.history = history;
    this.identity = identity;
  }

  @GetMapping("/api/v1/cases/{caseNo}/reporter")
  ResponseEntity<?> masked(@PathVariable String caseNo) {
    if (!visibleToCurrentUser(caseNo)) {
      return notFound(caseNo);
    }
    return contacts.masked(caseNo).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound(caseNo));
  }

  @PostMapping("/api/v1/cases/{caseNo}/reporter/reveal")
  ResponseEntity<?> reveal(@PathVariable String caseNo, @RequestBody(required = false) RevealRequest request) {
    String reason = request == null ? null : request.reason();
    if (reason == null || reason.strip().length() < 2 || reason.length() > 200) {
      return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "reveal-reason-required",
          "请说明查看理由", "查看群众完整联系方式须说明理由（2-200 字），例如“电话联系核实现场位置”。"));
    }
    if (!visibleToCurrentUser(caseNo)) {
      return notFound(caseNo);
    }
    try {
      return contacts.reveal(caseNo, identity.getCurrentAuthentication().getUserId(), reason.strip())
          .<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound(caseNo));
    } catch (ReporterContactService.NotAllowedException refused) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.of(HttpStatus.FORBIDDEN,
          "reveal-not-allowed", "无权查看完整联系方式", refused.getMessage()));
    }
  }

  @GetMapping("/api/v1/cases/{caseNo}/personal-data-access")
  ResponseEntity<?> accessLog(@PathVariable String caseNo) {
    List<String> groups = identity.getCurrentAuthentication().getGroupIds();
    if (!groups.contains(Groups.CAMUNDA_ADMIN) && !groups.contains(StaffRole.AUDITOR.groupId())) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.of(HttpStatus.FORBIDDEN, "forbidden",
          "无权访问", "只有审计员和系统管理员可以查看个人信息访问记录。"));
    }
    return ResponseEntity.ok(Map.of("caseNo", caseNo, "accesses", contacts.accessLog(caseNo)));
  }

  /** Whether the authenticated user may read this case (engine authorizations on its history). */
  private boolean visibleToCurrentUser(String caseNo) {
    Authentication current = identity.getCurrentAuthentication();
    return current != null && history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNo)
        .processDefinitionKey("caseHandling").count() > 0;
  }

  private static ResponseEntity<ProblemDetail> notFound(String caseNo) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "case-not-found",
        "没有该事件", "没有编号为 " + caseNo + " 的事件，或您无权查看。"));
  }
}
