package org.gridgov.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gridgov.testsupport.GridGovSpringTest;
import org.gridgov.testsupport.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The HTTP surface as an attacker meets it: no anonymous access to the engine REST API or the staff
 * API, the two Camunda 7.24.0 CE gaps closed, login throttling, CSRF and the security headers.
 */
@GridGovSpringTest
class WebSecurityTest {

  private static final String EXPRESSION_IN_OR_QUERY =
      "{\"orQueries\":[{\"assigneeExpression\":\"${''.getClass().forName('java.lang.Runtime')}\"}]}";

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;
  @Autowired
  ProcessEngine engine;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port, engine.getName());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void engineRestRefusesAnonymousRequestsAndWrongPasswords() {
    HttpResponse<String> anonymous = http.get(http.request(http.engineRest("/process-definition")));
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");

    assertThat(http.get(http.request(http.engineRest("/task"), "dept2", "wrong")).statusCode()).isEqualTo(401);
    assertThat(http.get(http.asDemoUser(http.engineRest("/task"), "county2")).statusCode()).isEqualTo(200);
  }

  @Test
  void staffApiRefusesAnonymousRequestsAndAdminApiRefusesNonAdmins() {
    HttpResponse<String> anonymous = http.get(http.request("/api/v1/admin/holidays"));
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).get().asString()
        .startsWith("application/problem+json");
    assertThat(anonymous.body()).contains("请使用工作人员账号登录");

    HttpResponse<String> gridWorker = http.get(http.asDemoUser("/api/v1/admin/holidays", "gridworker1"));
    assertThat(gridWorker.statusCode()).isEqualTo(403);
    assertThat(gridWorker.body()).contains("只有系统管理员");
  }

  @Test
  void expressionsInOrQueriesAreRefusedOnEveryTaskAndFilterPath() {
    for (String path : new String[] {"/engine-rest/task", "/engine-rest/task/count", "/engine-rest/filter/create",
        http.engineRest("/task"), http.engineRest("/filter/create"),
        http.webappApi("/camunda/api/engine/engine/{engine}/task"),
        http.webappApi("/camunda/api/engine/engine/{engine}/filter/create")}) {
      HttpResponse<String> response = http.postJson(http.asDemoUser(path, "gridworker1"), EXPRESSION_IN_OR_QUERY);
      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertThat(response.body()).as(path).contains("expression-in-or-query");
    }
    String filterWithNestedExpression = "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":"
        + "{\"orQueries\":[{\"candidateGroupsExpression\":\"${currentUserGroups()}\"}]}}";
    assertThat(http.postJson(http.asDemoUser(http.engineRest("/filter/create"), "admin"), filterWithNestedExpression)
        .statusCode()).isEqualTo(400);
  }

  @Test
  void orQueriesWithoutExpressionsStillWork() {
    HttpResponse<String> response = http.postJson(http.asDemoUser(http.engineRest("/task"), "gridworker1"),
        "{\"orQueries\":[{\"candidateGroup\":\"grid-wenchang-01\",\"assignee\":\"gridworker1\"}]}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
  }

  @Test
  void theAdminSetupEndpointCannotCreateAnAdministrator() {
    String newAdmin = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"i\",\"lastName\":\"x\"},"
        + "\"credentials\":{\"password\":\"Intruder@2026x\"}}";
    HttpResponse<String> response = http.postJson(http.request(http.webappApi("/camunda/api/admin/setup/{engine}/user/create")),
        newAdmin);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isPositive();
  }

  @Test
  void aWrongPasswordDelaysTheNextAttemptAndFiveLockTheAccount() {
    User user = identity.newUser("throttle-" + System.nanoTime());
    user.setFirstName("限流");
    user.setLastName("测试");
    user.setPassword("Throttle@2026x");
    identity.saveUser(user);
    String tasks = http.engineRest("/task");

    assertThat(http.get(http.request(tasks, user.getId(), "wrong")).statusCode()).isEqualTo(401);
    // within the delay even the right password is refused
    assertThat(http.get(http.request(tasks, user.getId(), "Throttle@2026x")).statusCode()).isEqualTo(401);
    passSeconds(4);
    assertThat(http.get(http.request(tasks, user.getId(), "Throttle@2026x")).statusCode()).isEqualTo(200);

    for (int attempt = 0; attempt < 5; attempt++) {
      assertThat(http.get(http.request(tasks, user.getId(), "wrong")).statusCode()).isEqualTo(401);
      passSeconds(61);
    }
    // five failures in a row lock the account until an administrator unlocks it
    assertThat(http.get(http.request(tasks, user.getId(), "Throttle@2026x")).statusCode()).isEqualTo(401);
    identity.unlockUser(user.getId());
    assertThat(http.get(http.request(tasks, user.getId(), "Throttle@2026x")).statusCode()).isEqualTo(200);
  }

  private static void passSeconds(int seconds) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000L));
  }

  @Test
  void webappLoginWithoutTheCsrfTokenIsRefused() {
    HttpResponse<String> login = http.send(http.request(http.webappApi("/camunda/api/admin/auth/user/{engine}/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=gridworker1&password=GridGov%402026")));
    assertThat(login.statusCode()).isEqualTo(403);
  }

  @Test
  void webappLoginWithTheCsrfTokenSetsAHardenedSessionCookie() {
    HttpResponse<String> page = http.get(http.request(http.webappApi("/camunda/app/tasklist/{engine}/")));
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
        .startsWith("XSRF-TOKEN=").contains("SameSite=Strict"));
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(page.headers().firstValue("X-Content-Type-Options")).get().isEqualTo("nosniff");

    HttpResponse<String> login = http.send(http.request(http.webappApi("/camunda/api/admin/auth/user/{engine}/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", token)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=gridworker1&password=GridGov%402026")));
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
        .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Strict"));
  }

  @Test
  void apiResponsesCarrySecurityHeaders() {
    HttpResponse<String> response = http.get(http.asDemoUser(http.engineRest("/version"), "gridworker1"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).get().isEqualTo("nosniff");
    assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }
}
