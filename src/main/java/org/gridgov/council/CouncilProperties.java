package org.gridgov.council;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Local rules of 四议两公开 that differ between places ({@code gridgov.council.*}); quorum and
 * majority are not here but in the DMN table {@code councilQuorum}.
 */
@Component
@ConfigurationProperties("gridgov.council")
public class CouncilProperties {

  /** Villages/communities where one person holds both top posts (一肩挑): steps 1 and 2 are one meeting. */
  private Set<String> combinedLeadership = new HashSet<>();

  /** How often a meeting that missed its quorum may be called again before the matter fails. */
  private int maxReschedules = 2;

  /** Publicity period of a resolution on the village affairs board, in days. */
  private int publicityDays = 7;

  /**
   * Minimum days between circulating the plan/announcing the meeting and the meeting itself:
   * 党员大会 3 days, 村民会议 10 days (村民委员会组织法 art. 21/22 as DOMAIN.md has it); the law sets no
   * minimum for a representatives' meeting, local rules may.
   */
  private Map<MeetingKind, Integer> noticeDays = new EnumMap<>(Map.of(
      MeetingKind.PARTY_MEMBERS, 3,
      MeetingKind.REPRESENTATIVES, 0,
      MeetingKind.VILLAGERS, 10));

  public Set<String> getCombinedLeadership() { return combinedLeadership; }
  public void setCombinedLeadership(Set<String> combinedLeadership) { this.combinedLeadership = combinedLeadership; }
  public int getMaxReschedules() { return maxReschedules; }
  public void setMaxReschedules(int maxReschedules) { this.maxReschedules = maxReschedules; }
  public int getPublicityDays() { return publicityDays; }
  public void setPublicityDays(int publicityDays) { this.publicityDays = publicityDays; }
  public Map<MeetingKind, Integer> getNoticeDays() { return noticeDays; }
  public void setNoticeDays(Map<MeetingKind, Integer> noticeDays) { this.noticeDays.putAll(noticeDays); }

  public int noticeDays(MeetingKind kind) {
    return noticeDays.getOrDefault(kind, 0);
  }

  public boolean combinedLeadership(String communityId) {
    return combinedLeadership.contains(communityId);
  }
}
