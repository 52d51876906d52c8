package org.gridgov.cases;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Evaluates the case decisions (caseRouting, escalationPolicy) on behalf of the system. They run
 * inside whatever step a member of staff just completed, and staff hold no rights on decision
 * definitions, nor should they: inside an engine command the authorization check is suspended for
 * the evaluation alone.
 */
@Component
public class SystemDecisions {

  private final DecisionService decisions;

  SystemDecisions(DecisionService decisions) {
    this.decisions = decisions;
  }

  public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> variables) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return decisions.evaluateDecisionByKey(decisionKey).variables(variables).evaluate();
    }
    return command.runWithoutAuthorization(
        () -> decisions.evaluateDecisionByKey(decisionKey).variables(variables).evaluate());
  }
}
