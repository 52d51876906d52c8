package org.gridgov.cases;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What completing a caseHandling user task means: each handler checks the values its forms submit
 * (throwing {@link InvalidTaskInputException} with a Chinese reason, which rolls the completion
 * back) and then records what happened on the case's timeline. Texts go to the timeline and are
 * removed from the process, which keeps ids and codes only.
 */
public interface CaseTaskHandler {

  /** The BPMN ids of the user tasks this handler is responsible for. */
  Set<String> taskKeys();

  void onComplete(DelegateTask task, String caseNo);
}
