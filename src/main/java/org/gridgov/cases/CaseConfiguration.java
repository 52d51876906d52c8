package org.gridgov.cases;

import org.gridgov.calendar.WorkingCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CaseProperties.class)
class CaseConfiguration {

  CaseConfiguration(WorkingCalendar calendar) {
    EngineTime.useZone(calendar.zone());
  }
}
