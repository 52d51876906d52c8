package org.gridgov.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gridgov.testsupport.GridGovSpringTest;
import org.gridgov.testsupport.Http;
import org.gridgov.testsupport.Logins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user task's Camunda Form, linked by {@code camunda:formRef} with binding {@code deployment},
 * resolves through the REST API Tasklist uses ({@code GET /task/{id}/deployed-form}) for the member of
 * staff whose unit the task belongs to, and stays hidden from staff of other units.
 */
@GridGovSpringTest
class FormResolutionTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;

  @Test
  void theTasksFormResolvesForItsUnitAndStaysHiddenFromOthers() throws Exception {
    ProcessInstance incident;
    Logins.authenticate(identity, "county1");
    try {
      incident = runtime.startProcessInstanceByKey("emergencyResponse", Map.of("categoryCode", "SAFETY_FIRE",
          "townshipId", "town-chengguan", "gridId", "grid-wenchang-01", "incidentSummary", "文昌花园3号楼地下车库起火。"));
    } finally {
      identity.clearAuthentication();
    }
    // the notifications before the on-scene task run after a transaction boundary (jobs)
    engine.getManagementService().createJobQuery().processInstanceId(incident.getId()).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    Task onScene = tasks.createTaskQuery().processInstanceId(incident.getId())
        .taskDefinitionKey("Task_RespondOnScene").singleResult();
    Http http = new Http(port, engine.getName());

    HttpResponse<String> form = http.get(http.asDemoUser(http.engineRest("/task/" + onScene.getId() + "/deployed-form"),
        "township1"));
    assertThat(form.statusCode()).isEqualTo(200);
    JsonNode schema = new ObjectMapper().readTree(form.body());
    assertThat(schema.get("id").asText()).isEqualTo("emergencyOnScene");
    assertThat(schema.get("components")).isNotEmpty();

    HttpResponse<String> otherTownship = http.get(http.asDemoUser(
        http.engineRest("/task/" + onScene.getId() + "/deployed-form"), "township3"));
    assertThat(otherTownship.statusCode()).isIn(403, 404);
  }
}
