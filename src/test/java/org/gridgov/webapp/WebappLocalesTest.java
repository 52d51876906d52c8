package org.gridgov.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.testsupport.GridGovSpringTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist, Cockpit, Admin and Welcome speak Chinese: the running application serves GridGov's
 * config.js (zh first, en as fallback), a zh.json with every key of the webapp's own en.json, and
 * the style sheet that hides the CE end-of-life banner.
 */
@GridGovSpringTest
class WebappLocalesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  private TestRestTemplate rest;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configOffersChineseFirstWithEnglishAsFallback(String app) {
    String config = fetch(app, "scripts/config.js");

    assertThat(config).contains("export default");
    assertThat(config.replaceAll("\\s", "")).contains("availableLocales:['zh','en']").contains("fallbackLocale:'en'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseHasEveryKeyOfEnglish(String app) throws Exception {
    JsonNode en = JSON.readTree(stripBom(fetch(app, "locales/en.json")));
    JsonNode zh = JSON.readTree(fetch(app, "locales/zh.json"));

    List<String> missing = new ArrayList<>();
    collectMissing("", en, zh, missing);
    assertThat(missing).as("keys of %s/locales/en.json missing in zh.json", app).isEmpty();
    assertThat(en.get("labels").size()).isGreaterThan(100);
    assertThat(zh.get("labels").get("BANNER_CE_EOL_TEXT").asText()).contains("Camunda 8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void theEndOfLifeBannerIsHidden(String app) {
    assertThat(fetch(app, "styles/user-styles.css")).contains(".ce-eol-banner").contains("display: none");
  }

  private String fetch(String app, String path) {
    ResponseEntity<String> response = rest.getForEntity("/camunda/app/" + app + "/" + path, String.class);
    assertThat(response.getStatusCode()).as(app + "/" + path).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /** The webapps' en.json files start with a byte-order mark. */
  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static void collectMissing(String path, JsonNode en, JsonNode zh, List<String> missing) {
    if (!en.isObject()) {
      return;
    }
    en.fieldNames().forEachRemaining(name -> {
      JsonNode counterpart = zh == null ? null : zh.get(name);
      if (counterpart == null) {
        missing.add(path + name);
      } else {
        collectMissing(path + name + ".", en.get(name), counterpart, missing);
      }
    });
  }
}
