package org.gridgov.emergency;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(EmergencyProperties.class)
class EmergencyConfiguration {
}
