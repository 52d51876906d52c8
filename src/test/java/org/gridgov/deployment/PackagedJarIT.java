package org.gridgov.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gridgov.testsupport.TestProfiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged Spring Boot jar, started with {@code java -jar} as an operator would: it answers
 * on HTTP, the webapps and the engine REST API are there, every model and form is deployed from
 * inside the jar, and the demo logins work.
 */
class PackagedJarIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir
  static Path workDir;
  static Process app;
  static String base;

  @BeforeAll
  static void startTheJar() throws Exception {
    Path jar = Path.of(System.getProperty("gridgov.jar", "target/gridgov-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
    assertThat(jar).exists();
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    base = "http://127.0.0.1:" + port;
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar.toString(),
        "--server.port=" + port));
    if (TestProfiles.onMysql()) {
      command.add("--spring.profiles.active=mysql,demo");
    }
    app = new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(workDir.resolve("gridgov.log").toFile())
        .start();
    long deadline = System.currentTimeMillis() + 180_000;
    while (System.currentTimeMillis() < deadline) {
      assertThat(app.isAlive()).as("GridGov exited: %s", log()).isTrue();
      try {
        if (get("/actuator/health").statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("GridGov did not become healthy within 180 s: " + log());
  }

  @AfterAll
  static void stopTheJar() throws InterruptedException {
    if (app != null) {
      app.destroy();
      app.waitFor();
    }
  }

  @Test
  void isHealthyAndServesTheWebapps() throws Exception {
    assertThat(JSON.readTree(get("/actuator/health").body()).get("status").asText()).isEqualTo("UP");
    for (String webapp : List.of("tasklist", "cockpit", "admin", "welcome")) {
      assertThat(get("/camunda/app/" + webapp + "/default/").statusCode()).as(webapp).isEqualTo(200);
    }
  }

  @Test
  void deploysEveryModelAndFormFromInsideTheJar() throws Exception {
    Set<String> deployed = new HashSet<>();
    for (JsonNode deployment : JSON.readTree(get("/engine-rest/deployment").body())) {
      for (JsonNode resource : JSON.readTree(get("/engine-rest/deployment/" + deployment.get("id").asText()
          + "/resources").body())) {
        // inside the jar the process application names resources from the jar's root
        deployed.add(resource.get("name").asText().replaceFirst("^BOOT-INF/classes/", ""));
      }
    }
    Set<String> onDisk = Stream.concat(DeploymentTest.filesIn("processes"), DeploymentTest.filesIn("forms"))
        .collect(Collectors.toSet());
    assertThat(onDisk).isNotEmpty();
    assertThat(deployed).containsAll(onDisk);
  }

  @Test
  void aUserTasksFormResolvesFromInsideTheJar() throws Exception {
    String variables = "{\"variables\": {\"categoryCode\": {\"value\": \"SAFETY_FIRE\"}, "
        + "\"townshipId\": {\"value\": \"town-chengguan\"}, \"gridId\": {\"value\": \"grid-wenchang-01\"}, "
        + "\"incidentSummary\": {\"value\": \"打包测试：楼道起火\"}}}";
    HttpResponse<String> started = HTTP.send(request("/engine-rest/process-definition/key/emergencyResponse/start",
        "county1").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(variables))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = JSON.readTree(started.body()).get("id").asText();

    // the job executor sends the notifications; then the on-scene task waits for the township
    String taskId = null;
    long deadline = System.currentTimeMillis() + 60_000;
    while (taskId == null && System.currentTimeMillis() < deadline) {
      JsonNode tasks = JSON.readTree(HTTP.send(request("/engine-rest/task?processInstanceId=" + instance
          + "&taskDefinitionKey=Task_RespondOnScene", "township1").GET().build(),
          HttpResponse.BodyHandlers.ofString()).body());
      taskId = tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
      Thread.sleep(500);
    }
    assertThat(taskId).as("on-scene task").isNotNull();
    HttpResponse<String> form = HTTP.send(request("/engine-rest/task/" + taskId + "/deployed-form", "township1")
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(form.body()).get("id").asText()).isEqualTo("emergencyOnScene");
  }

  @Test
  void demoLoginsWork() throws Exception {
    HttpResponse<String> verify = HTTP.send(request("/engine-rest/identity/verify")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"gridworker1\",\"password\":\"GridGov@2026\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(JSON.readTree(verify.body()).get("authenticated").asBoolean()).isTrue();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpRequest.Builder request(String path) {
    return request(path, "admin");
  }

  static HttpRequest.Builder request(String path, String user) {
    String credentials = Base64.getEncoder().encodeToString((user + ":GridGov@2026").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + credentials);
  }

  private static String log() {
    try {
      String text = Files.readString(workDir.resolve("gridgov.log"));
      return text.substring(Math.max(0, text.length() - 4000));
    } catch (IOException e) {
      return "(no log)";
    }
  }
}
