package org.gridgov.open311;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(Open311Properties.class)
class Open311Configuration {
}
