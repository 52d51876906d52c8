package org.gridgov.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.gridgov.organisation.StaffRole;

/**
 * What each role may do in the engine, as grants on its role group. Work on individual cases comes
 * on top of this: a unit that is a candidate group of a task may work on that task and read its
 * case (see {@link CaseVisibility}). Administrators get everything on every resource, as Camunda's
 * own admin set-up grants the camunda-admin group.
 */
final class RoleAuthorizations {

  /** One grant: a group may do these things on this resource. */
  record Grant(Resource resource, String resourceId, List<Permission> permissions) {
  }

  private RoleAuthorizations() {
  }

  static List<Grant> forRole(StaffRole role, Map<StaffRole, List<String>> startableProcesses) {
    List<Grant> grants = new ArrayList<>();
    switch (role) {
      case ADMIN -> {
        for (Resources resource : Resources.values()) {
          grants.add(new Grant(resource, ANY, List.of(Permissions.ALL)));
        }
        return grants;
      }
      case AUDITOR -> {
        grants.add(new Grant(APPLICATION, "cockpit", List.of(Permissions.ACCESS)));
        grants.addAll(readEverything());
        return grants;
      }
      case COUNTY_CENTRE -> {
        grants.add(new Grant(APPLICATION, "cockpit", List.of(Permissions.ACCESS)));
        grants.addAll(readEverything());
      }
      default -> {
        // staff read the models of what they work on (Tasklist shows the diagram)
        grants.add(new Grant(PROCESS_DEFINITION, ANY, List.of(ProcessDefinitionPermissions.READ)));
      }
    }
    grants.add(new Grant(APPLICATION, "tasklist", List.of(Permissions.ACCESS)));
    List<String> startable = startableProcesses.getOrDefault(role, List.of());
    if (!startable.isEmpty()) {
      grants.add(new Grant(PROCESS_INSTANCE, ANY, List.of(ProcessInstancePermissions.CREATE)));
      for (String processKey : startable) {
        grants.add(new Grant(PROCESS_DEFINITION, processKey,
            List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)));
      }
    }
    return grants;
  }

  /** Read access to every model, case, task and its history, and nothing that writes. */
  private static List<Grant> readEverything() {
    return List.of(
        new Grant(PROCESS_DEFINITION, ANY, List.of(ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
            ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
            ProcessDefinitionPermissions.READ_TASK_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE)),
        new Grant(PROCESS_INSTANCE, ANY, List.of(ProcessInstancePermissions.READ)),
        new Grant(TASK, ANY, List.of(TaskPermissions.READ, TaskPermissions.READ_VARIABLE)),
        new Grant(HISTORIC_PROCESS_INSTANCE, ANY, List.of(HistoricProcessInstancePermissions.READ)),
        new Grant(HISTORIC_TASK, ANY, List.of(HistoricTaskPermissions.READ, HistoricTaskPermissions.READ_VARIABLE)),
        new Grant(DECISION_DEFINITION, ANY, List.of(Permissions.READ, Permissions.READ_HISTORY)),
        new Grant(DECISION_REQUIREMENTS_DEFINITION, ANY, List.of(Permissions.READ)),
        new Grant(DEPLOYMENT, ANY, List.of(Permissions.READ)));
  }
}
