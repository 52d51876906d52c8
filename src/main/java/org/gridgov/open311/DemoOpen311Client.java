package org.gridgov.open311;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo profile's Open311 client, so that a 311 app can be tried against the demo county with
 * the api_key published in the README; only the demo profile sets gridgov.open311.demo-api-key.
 */
@Component
@ConditionalOnProperty(name = "gridgov.open311.demo-api-key")
class DemoOpen311Client implements ApplicationRunner {

  private final ApiKeys keys;
  private final Open311Properties properties;

  DemoOpen311Client(ApiKeys keys, Open311Properties properties) {
    this.keys = keys;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (properties.demoApiKey() != null && !properties.demoApiKey().isBlank()) {
      keys.register("演示客户端 (demo)", properties.demoApiKey());
    }
  }
}
