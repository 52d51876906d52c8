package org.gridgov.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county's rules for case handling that are not in the DMN tables ({@code gridgov.case.*}).
 *
 * @param duplicateRadiusMeters  an open case of the same category within this distance is a duplicate
 * @param duplicateWindowHours   ... if it was reported within this many hours
 * @param maxReturns             退单 a case may take before the county centre rules on the dispatch
 * @param maxReopens             how often an unsatisfied reporter's case is handled again (重办)
 * @param evaluationWindowDays   calendar days the reporter has to rate the result before it counts as 未评价
 * @param reviewWorkingDays      working days for the internal steps (核查, 回访, 审批, 裁定, 重办审查)
 * @param maxExtensionDays       calendar days an extension (延期) may add at most
 * @param maxShelvingDays        calendar days a case may be shelved (挂账) at most
 */
@ConfigurationProperties("gridgov.case")
public record CaseProperties(
    Integer duplicateRadiusMeters,
    Integer duplicateWindowHours,
    Integer maxReturns,
    Integer maxReopens,
    Integer evaluationWindowDays,
    Integer reviewWorkingDays,
    Integer maxExtensionDays,
    Integer maxShelvingDays) {

  public CaseProperties {
    duplicateRadiusMeters = duplicateRadiusMeters == null ? 100 : duplicateRadiusMeters;
    duplicateWindowHours = duplicateWindowHours == null ? 72 : duplicateWindowHours;
    maxReturns = maxReturns == null ? 2 : maxReturns;
    maxReopens = maxReopens == null ? 1 : maxReopens;
    evaluationWindowDays = evaluationWindowDays == null ? 3 : evaluationWindowDays;
    reviewWorkingDays = reviewWorkingDays == null ? 1 : reviewWorkingDays;
    maxExtensionDays = maxExtensionDays == null ? 30 : maxExtensionDays;
    maxShelvingDays = maxShelvingDays == null ? 366 : maxShelvingDays;
  }
}
