package org.gridgov.council;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_AnswerObjection: the answer is recorded on the objection. */
@Component("answerCouncilObjection")
class AnswerCouncilObjection implements TaskListener {

  private final CouncilService council;
  private final CurrentUser user;

  AnswerCouncilObjection(CouncilService council, CurrentUser user) {
    this.council = council;
    this.user = user;
  }

  @Override
  public void notify(DelegateTask task) {
    CouncilVariables vars = CouncilVariables.of(task);
    council.answerObjection(vars.objectionId(), vars.flag(CouncilVariables.OBJECTION_SUSTAINED),
        vars.text(CouncilVariables.OBJECTION_ANSWER), user.id());
  }
}
