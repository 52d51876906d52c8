package org.gridgov.mediation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** When the follow-up visit after a mediation agreement is due (default 30 days). */
@ConfigurationProperties("gridgov.mediation")
public class MediationProperties {

  private Duration followUpAfter = Duration.ofDays(30);

  public Duration getFollowUpAfter() { return followUpAfter; }
  public void setFollowUpAfter(Duration followUpAfter) { this.followUpAfter = followUpAfter; }
}
