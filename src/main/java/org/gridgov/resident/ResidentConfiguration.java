package org.gridgov.resident;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ResidentProperties.class)
class ResidentConfiguration {
}
