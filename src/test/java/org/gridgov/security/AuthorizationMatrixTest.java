package org.gridgov.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gridgov.testsupport.GridGovSpringTest;
import org.gridgov.testsupport.Http;
import org.gridgov.testsupport.Logins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The role matrix through the engine REST API (what Tasklist, Cockpit and Modeler use): each role
 * can do what it must and nothing more. Two incidents in two townships are the cases under test.
 */
@GridGovSpringTest
class AuthorizationMatrixTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  AuthorizationService authorizations;
  Http http;
  ProcessInstance chengguanIncident;
  ProcessInstance taoyuanIncident;
  Task chengguanTask;

  @BeforeEach
  void twoIncidentsInTwoTownships() {
    http = new Http(port, engine.getName());
    chengguanIncident = startIncident("county1", "town-chengguan", "grid-wenchang-01");
    taoyuanIncident = startIncident("county1", "town-taoyuan", "grid-taoyuan-01");
    chengguanTask = engine.getTaskService().createTaskQuery().processInstanceId(chengguanIncident.getId())
        .taskDefinitionKey("Task_RespondOnScene").singleResult();
  }

  @Test
  void anAdminDeploysFromModelerAndCreatesANewVersion() {
    String key = "modelerCheck" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    HttpResponse<String> first = deployAsModeler("admin", key, "第一版");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    HttpResponse<String> second = deployAsModeler("admin", key, "第二版");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult().getVersion()).isEqualTo(2);
  }

  @Test
  void nobodyButAnAdminDeploys() {
    for (String user : List.of("gridworker1", "county1", "auditor", "dispatcher1", "dept1")) {
      assertThat(deployAsModeler(user, "intruderModel", "不该部署").statusCode()).as(user).isEqualTo(403);
    }
    assertThat(deployAsModeler("admin", "intruderModel", "x").statusCode()).isEqualTo(200);
    assertThat(http.send(http.request(http.engineRest("/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=x")
        .POST(HttpRequest.BodyPublishers.ofString("--x--"))).statusCode()).isEqualTo(401);
  }

  @Test
  void theAuditorReadsEverythingAndChangesNothing() throws Exception {
    assertThat(authorizations.isUserAuthorized("auditor", groupsOf("auditor"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(ids(get("auditor", "/history/process-instance?processInstanceIds=" + chengguanIncident.getId()
        + "," + taoyuanIncident.getId()))).containsExactlyInAnyOrder(chengguanIncident.getId(), taoyuanIncident.getId());
    assertThat(ids(get("auditor", "/process-instance?processInstanceIds=" + chengguanIncident.getId())))
        .containsExactly(chengguanIncident.getId());

    String task = "/task/" + chengguanTask.getId();
    assertThat(status(http.postJson(http.asDemoUser(http.engineRest(task + "/complete"), "auditor"), "{}")))
        .isEqualTo(403);
    assertThat(status(http.postJson(http.asDemoUser(http.engineRest(task + "/claim"), "auditor"),
        "{\"userId\":\"auditor\"}"))).isEqualTo(403);
    assertThat(status(http.send(http.asDemoUser(http.engineRest("/process-instance/" + chengguanIncident.getId()
        + "/variables/tampered"), "auditor").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":true,\"type\":\"Boolean\"}"))))).isEqualTo(403);
    assertThat(status(http.send(http.asDemoUser(http.engineRest("/process-instance/" + chengguanIncident.getId()),
        "auditor").DELETE()))).isEqualTo(403);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(chengguanIncident.getId()).count()).isOne();
  }

  @Test
  void theCountyCentreSeesEveryCaseOfTheCounty() throws Exception {
    assertThat(ids(get("county1", "/process-instance?processInstanceIds=" + chengguanIncident.getId() + ","
        + taoyuanIncident.getId()))).containsExactlyInAnyOrder(chengguanIncident.getId(), taoyuanIncident.getId());
    assertThat(ids(get("county1", "/task?processInstanceId=" + taoyuanIncident.getId()))).isNotEmpty();
  }

  @Test
  void townshipStaffSeeAndWorkOnTheirOwnTownshipsCasesOnly() throws Exception {
    assertThat(ids(get("township1", "/task?processInstanceId=" + chengguanIncident.getId())))
        .contains(chengguanTask.getId());
    assertThat(ids(get("township1", "/task?processInstanceId=" + taoyuanIncident.getId()))).isEmpty();
    assertThat(ids(get("township1", "/process-instance?processInstanceIds=" + chengguanIncident.getId() + ","
        + taoyuanIncident.getId()))).containsExactly(chengguanIncident.getId());

    assertThat(status(http.postJson(http.asDemoUser(http.engineRest("/task/" + chengguanTask.getId() + "/claim"),
        "township1"), "{\"userId\":\"township1\"}"))).isEqualTo(204);
  }

  @Test
  void aGridWorkerSeesNoOtherUnitsWork() throws Exception {
    assertThat(ids(get("gridworker1", "/task?processInstanceId=" + chengguanIncident.getId()))).isEmpty();
    assertThat(ids(get("gridworker1", "/process-instance?processInstanceIds=" + taoyuanIncident.getId()))).isEmpty();
    assertThat(status(http.postJson(http.asDemoUser(http.engineRest("/task/" + chengguanTask.getId() + "/complete"),
        "gridworker1"), "{}"))).isIn(403, 404);
    assertThat(authorizations.isUserAuthorized("gridworker1", groupsOf("gridworker1"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(authorizations.isUserAuthorized("gridworker1", groupsOf("gridworker1"), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).isTrue();
  }

  @Test
  void staffStartOnlyTheProcessesOfTheirRole() {
    assertThat(authorizations.isUserAuthorized("dept1", groupsOf("dept1"), Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "matterAdmission")).isTrue();
    assertThat(authorizations.isUserAuthorized("gridworker1", groupsOf("gridworker1"), Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "matterAdmission")).isFalse();
    assertThat(authorizations.isUserAuthorized("auditor", groupsOf("auditor"), Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "emergencyResponse")).isFalse();
  }

  private ProcessInstance startIncident(String user, String townshipId, String gridId) {
    Logins.authenticate(identity, user);
    ProcessInstance pi;
    try {
      pi = engine.getRuntimeService().startProcessInstanceByKey("emergencyResponse", Map.of("categoryCode",
          "SAFETY_FIRE", "townshipId", townshipId, "gridId", gridId, "incidentSummary", "测试用突发事件，楼道起火。"));
    } finally {
      identity.clearAuthentication();
    }
    engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    return pi;
  }

  private HttpResponse<String> deployAsModeler(String user, String processKey, String name) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Check" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="%s" name="%s" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="StartEvent_Check" name="开始" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(processKey, name);
    String boundary = "----ModelerBoundary" + UUID.randomUUID();
    String body = part(boundary, "deployment-name", "modeler-" + processKey)
        + part(boundary, "deployment-source", "Camunda Modeler")
        + part(boundary, "deploy-changed-only", "true")
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + processKey
        + ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
    return http.send(http.asDemoUser(http.engineRest("/deployment/create"), user)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private static String part(String boundary, String name, String value) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  }

  private HttpResponse<String> get(String user, String path) {
    return http.get(http.asDemoUser(http.engineRest(path), user));
  }

  private static List<String> ids(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode list = JSON.readTree(response.body());
    return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(n -> n.get("id").asText()).toList();
  }

  private static int status(HttpResponse<String> response) {
    return response.statusCode();
  }

  private List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }
}
