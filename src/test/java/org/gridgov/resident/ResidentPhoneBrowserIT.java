package org.gridgov.resident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ProcessEngine;
import org.gridgov.cases.CaseScenarioSteps;
import org.gridgov.cases.CaseVariables.Elements;
import org.gridgov.intake.CaseIntakeService;
import org.gridgov.testsupport.GridGovSpringTest;
import org.gridgov.testsupport.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resident on a phone-sized headless Chromium: reports with a photo, follows the tracking link,
 * and after staff have handled the case through the engine's REST API, rates it. Saves a
 * screenshot of each page under docs/screenshots/. Runs only in Maven profile {@code browser}
 * (Debian's chromium, chromium-driver and fonts-noto-cjk).
 */
@GridGovSpringTest
class ResidentPhoneBrowserIT {

  static final int WIDTH = 360;
  static final int HEIGHT = 740;

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CaseIntakeService intake;

  ChromeDriver browser;
  WebDriverWait wait;
  Http http;
  Path screenshots;

  @BeforeEach
  void startBrowser() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("gridgov.chromium", "/usr/bin/chromium"));
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--window-size=" + WIDTH + "," + HEIGHT, "--lang=zh-CN");
    options.setExperimentalOption("mobileEmulation", Map.of(
        "deviceMetrics", Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 2.0),
        "userAgent", "Mozilla/5.0 (Linux; Android 14; Phone) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File(System.getProperty("gridgov.chromedriver", "/usr/bin/chromedriver")))
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    http = new Http(port, engine.getName());
    screenshots = Path.of(System.getProperty("gridgov.screenshots", "target/screenshots"));
    Files.createDirectories(screenshots);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aResidentReportsTracksAndRatesFromAPhone() throws Exception {
    // Given the report page on a phone
    browser.get(base() + "/report/");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#category option[value='ENV_GARBAGE']")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("随手拍 · 群众上报");
    assertThat(pageWidth()).isLessThanOrEqualTo(WIDTH);

    // When the resident describes the problem, attaches a photo and submits
    new Select(browser.findElement(By.id("category"))).selectByValue("ENV_GARBAGE");
    browser.findElement(By.id("description")).sendKeys("小区南门垃圾桶满了三天没人清运，气味很大");
    browser.findElement(By.id("address")).sendKeys(CaseScenarioSteps.uniqueAddress());
    browser.findElement(By.id("photos")).sendKeys(photo().toAbsolutePath().toString());
    wait.until(d -> d.findElements(By.cssSelector("#previews img")).size() == 1);
    browser.findElement(By.id("name")).sendKeys("王秀兰");
    browser.findElement(By.id("phone")).sendKeys("13800001234");
    screenshot("01-report-form.png");
    browser.findElement(By.id("submit")).click();

    // Then the page shows the case number and the tracking link
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
    String caseNo = browser.findElement(By.id("case-no")).getText();
    assertThat(caseNo).matches("GG-\\d{8}-\\d{6}");
    assertThat(browser.findElement(By.id("status-line")).getText()).contains("受理");
    screenshot("02-report-submitted.png");

    // When the resident follows the tracking link
    browser.findElement(By.id("tracking-link")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("受理");
    assertThat(browser.findElement(By.id("reporter")).getText()).isEqualTo("王** 138****1234");
    assertThat(browser.findElements(By.cssSelector("#timeline li"))).hasSizeGreaterThanOrEqualTo(2);
    waitForImages();
    assertThat(browser.findElement(By.id("evaluation-card")).isDisplayed()).isFalse();
    screenshot("03-tracking.png");
    String trackingUrl = browser.getCurrentUrl();

    // And staff handle the case in their API: on site, with a photo of the result, checked by the grid leader
    completeTask(caseNo, Elements.TASK_VERIFY_ON_SITE, "gridworker1", Map.of("rungOutcome", "HANDLE",
        "rungNote", "现场核实属实"));
    completeTask(caseNo, Elements.TASK_HANDLE_ON_SITE, "gridworker1", Map.of("rungOutcome", "RESOLVED",
        "rungNote", "已联系环卫所清运完毕，并对垃圾桶周边进行了清洗消毒"));
    uploadResultPhoto(caseNo, "gridworker1");
    completeTask(caseNo, Elements.TASK_VERIFY_RESULT, "gridleader1", Map.of("resultCheck", "ACCEPTED"));
    CaseScenarioSteps steps = new CaseScenarioSteps(engine, intake);
    steps.runDueJobs(steps.instance(caseNo));

    // Then the tracking page shows the result and asks for a rating
    browser.get(trackingUrl);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluation-card")));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("结案");
    assertThat(browser.findElement(By.id("reply")).getText()).contains("清运完毕");
    assertThat(browser.findElements(By.cssSelector("#photos img"))).hasSize(2);
    assertThat(browser.findElements(By.cssSelector("#timeline .step-title"))).extracting(WebElement::getText)
        .contains("已办结", "结果照片").doesNotContain("补充材料");
    waitForImages();
    screenshot("04-result-awaiting-evaluation.png");

    // When the resident rates it 满意 with a comment
    browser.findElement(By.cssSelector("input[name='rating'][value='满意']")).click();
    browser.findElement(By.id("comment")).sendKeys("处理很及时，谢谢网格员");
    browser.findElement(By.id("evaluate")).click();

    // Then the case is evaluated
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluated-card")));
    assertThat(browser.findElement(By.id("evaluated")).getText()).isEqualTo("您的评价：满意。处理很及时，谢谢网格员");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("评价");
    assertThat(browser.findElement(By.id("evaluation-card")).isDisplayed()).isFalse();
    screenshot("05-evaluated.png");
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }

  private long pageWidth() {
    return (Long) browser.executeScript("return document.documentElement.scrollWidth;");
  }

  private void waitForImages() {
    wait.until(d -> (Boolean) ((ChromeDriver) d).executeScript(
        "return Array.from(document.images).every(i => i.complete && i.naturalWidth > 0);"));
  }

  /** Claims and completes the case's open task as a member of staff would, through the engine REST API. */
  private void completeTask(String caseNo, String taskKey, String user, Map<String, String> values) throws Exception {
    HttpResponse<String> tasks = http.get(http.asDemoUser(http.engineRest("/task?processInstanceBusinessKey="
        + URLEncoder.encode(caseNo, StandardCharsets.UTF_8) + "&taskDefinitionKey=" + taskKey), user));
    assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
    JsonNode list = ResidentApiClient.body(tasks);
    assertThat(list).as("open task " + taskKey).hasSize(1);
    String taskId = list.get(0).get("id").asText();
    HttpResponse<String> claimed = http.postJson(http.asDemoUser(http.engineRest("/task/" + taskId + "/claim"), user),
        ResidentApiClient.json(Map.of("userId", user)));
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    HttpResponse<String> completed = http.postJson(
        http.asDemoUser(http.engineRest("/task/" + taskId + "/complete"), user),
        ResidentApiClient.json(Map.of("variables", variables)));
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
  }

  private void uploadResultPhoto(String caseNo, String user) throws Exception {
    byte[] image = Files.readAllBytes(photo(new Color(0x2e7d32), "已清理"));
    String boundary = "----staff" + UUID.randomUUID().toString().replace("-", "");
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"result.png\"\r\n"
        + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(image);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = http.send(http.asDemoUser("/api/v1/cases/" + caseNo + "/photos", user)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private Path photo() throws IOException {
    return photo(new Color(0x8d6e63), "垃圾");
  }

  /** A picture to upload: a drawn scene, saved as PNG. */
  private Path photo(Color subject, String label) throws IOException {
    BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0xbbdefb));
    g.fillRect(0, 0, 640, 300);
    g.setColor(new Color(0x9e9e9e));
    g.fillRect(0, 300, 640, 180);
    g.setColor(new Color(0xeceff1));
    g.fillRect(40, 120, 220, 180);
    g.setColor(subject);
    g.fillOval(300, 250, 260, 140);
    g.setColor(new Color(0x37474f));
    g.setStroke(new BasicStroke(6));
    g.drawRect(40, 120, 220, 180);
    g.dispose();
    Path file = Files.createTempFile("gridgov-" + (label.equals("垃圾") ? "report" : "result") + "-", ".png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  /** The whole page, not just the viewport, as the phone shows it. */
  private void screenshot(String name) throws IOException {
    long height = (Long) browser.executeScript("return Math.ceil(document.documentElement.scrollHeight);");
    Map<String, Object> result = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", WIDTH, "height", height, "scale", 1)));
    Files.write(screenshots.resolve(name), Base64.getDecoder().decode((String) result.get("data")));
  }
}
