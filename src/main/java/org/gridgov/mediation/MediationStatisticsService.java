package org.gridgov.mediation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** The share of disputes resolved at each rung of the ladder, by the day they were concluded. */
@Service
public class MediationStatisticsService {

  private final DisputeMapper mapper;

  MediationStatisticsService(DisputeMapper mapper) {
    this.mapper = mapper;
  }

  /** Disputes concluded from {@code from} through {@code to} (whole days), optionally of one township. */
  public MediationStatistics statistics(LocalDate from, LocalDate to, String townshipId) {
    long village = 0;
    long township = 0;
    long referred = 0;
    for (DisputeMapper.OutcomeCount count : mapper.countConcluded(from.atStartOfDay(), to.plusDays(1).atStartOfDay(),
        townshipId)) {
      if (count.getStatus() == Dispute.Status.REFERRED) {
        referred += count.getDisputes();
      } else if (count.getResolvedRung() == Rung.VILLAGE) {
        village += count.getDisputes();
      } else {
        township += count.getDisputes();
      }
    }
    long concluded = village + township + referred;
    return new MediationStatistics(from, to, townshipId, concluded, village, township, referred,
        share(village, concluded), share(township, concluded), share(referred, concluded),
        share(village + township, concluded));
  }

  private static BigDecimal share(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }
}
