package org.gridgov.security;

import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * "Your own unit's work only": a unit that is a candidate group of a task of a case may read that
 * case (process instance and its history), and no other. Tasks themselves are granted by the
 * engine to their candidate groups; this plugin adds the instance-level read grants when a task is
 * created, for every model, so that models deployed from Modeler get the same protection.
 */
@Component
class CaseVisibility extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ActivityBehavior behavior = activity.getActivityBehavior();
        if (behavior instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, CaseVisibility::grantCaseToCandidateGroups);
        }
      }
    });
  }

  static void grantCaseToCandidateGroups(DelegateTask task) {
    if (!Context.getProcessEngineConfiguration().isAuthorizationEnabled()) {
      return;
    }
    String instanceId = task.getProcessInstanceId();
    for (IdentityLink link : task.getCandidates()) {
      if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
        grantOnce(link.getGroupId(), Resources.PROCESS_INSTANCE, instanceId, ProcessInstancePermissions.READ);
        grantOnce(link.getGroupId(), Resources.HISTORIC_PROCESS_INSTANCE, instanceId,
            HistoricProcessInstancePermissions.READ);
      }
    }
  }

  /** Inserts the grant unless this command or an earlier one already holds it. */
  private static void grantOnce(String groupId, Resource resource, String resourceId, Permission permission) {
    CommandContext command = Context.getCommandContext();
    List<AuthorizationEntity> pending = command.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class);
    boolean alreadyGranted = pending.stream().anyMatch(a -> groupId.equals(a.getGroupId())
            && a.getResourceType() == resource.resourceType() && resourceId.equals(a.getResourceId()))
        || command.getAuthorizationManager().findAuthorization(Authorization.AUTH_TYPE_GRANT, null, groupId,
            resource, resourceId) != null;
    if (!alreadyGranted) {
      AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
      grant.addPermission(permission);
      command.getDbEntityManager().insert(grant);
    }
  }
}
