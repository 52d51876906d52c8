package org.gridgov.mediation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(MediationProperties.class)
class MediationConfiguration {
}
