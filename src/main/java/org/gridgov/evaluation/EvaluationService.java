package org.gridgov.evaluation;

import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseRecord;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.Satisfaction;
import org.gridgov.evaluation.EvaluationRejectedException.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评价 by the reporter (the resident API calls this): correlates message {@code ResidentEvaluation}
 * to the case, which then records the rating and closes or reopens. Exactly one evaluation per
 * round of handling is taken: a second one, or two at the same moment, gets a clear refusal and
 * changes nothing.
 */
@Service
public class EvaluationService {

  static final int MAX_COMMENT = 500;

  private final RuntimeService runtime;
  private final CaseReadModel readModel;

  EvaluationService(RuntimeService runtime, CaseReadModel readModel) {
    this.runtime = runtime;
    this.readModel = readModel;
  }

  @Transactional
  public void evaluate(String caseNo, String rating, String comment) {
    CaseRecord record = readModel.find(caseNo)
        .orElseThrow(() -> new EvaluationRejectedException(Reason.UNKNOWN_CASE, "案件不存在: " + caseNo));
    Satisfaction satisfaction = Satisfaction.parseRating(rating).orElseThrow(() -> new EvaluationRejectedException(
        Reason.INVALID_RATING, "评价须为 满意(SATISFIED)、基本满意(BASICALLY_SATISFIED) 或 不满意(UNSATISFIED)"));
    String text = comment == null || comment.isBlank() ? null : comment.trim();
    if (text != null && text.length() > MAX_COMMENT) {
      throw new EvaluationRejectedException(Reason.INVALID_RATING, "评价意见不能超过 " + MAX_COMMENT + " 字");
    }
    if (!awaitsEvaluation(caseNo)) {
      throw refusal(record);
    }
    try {
      runtime.createMessageCorrelation(CaseVariables.MESSAGE_RESIDENT_EVALUATION)
          .processInstanceBusinessKey(caseNo)
          .setVariables(Map.of(CaseVariables.SATISFACTION, satisfaction.name()))
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException | OptimisticLockingException evaluatedMeanwhile) {
      throw new EvaluationRejectedException(Reason.ALREADY_EVALUATED, "案件 " + caseNo + " 已评价，不能重复评价");
    } catch (ProcessEngineException lostTheRace) {
      // a simultaneous evaluation took the subscription between our check and the correlation
      if (!awaitsEvaluation(caseNo)) {
        throw new EvaluationRejectedException(Reason.ALREADY_EVALUATED, "案件 " + caseNo + " 已评价，不能重复评价");
      }
      throw lostTheRace;
    }
    if (text != null) {
      readModel.setEvaluationComment(caseNo, text);
    }
  }

  private boolean awaitsEvaluation(String caseNo) {
    return runtime.createEventSubscriptionQuery()
        .eventType("message")
        .eventName(CaseVariables.MESSAGE_RESIDENT_EVALUATION)
        .processInstanceId(processInstanceOf(caseNo))
        .count() > 0;
  }

  private String processInstanceOf(String caseNo) {
    String id = readModel.get(caseNo).getProcessInstanceId();
    return id == null ? "-" : id;
  }

  private static EvaluationRejectedException refusal(CaseRecord record) {
    if (record.getSatisfaction() != null && record.getSatisfaction().isRating()) {
      return new EvaluationRejectedException(Reason.ALREADY_EVALUATED,
          "案件 " + record.getCaseNo() + " 已评价(" + record.getSatisfaction().label() + ")，不能重复评价");
    }
    return new EvaluationRejectedException(Reason.NOT_AWAITING_EVALUATION,
        "案件 " + record.getCaseNo() + " 当前状态为「" + record.getStatus().label() + "」，不在待评价阶段");
  }
}
