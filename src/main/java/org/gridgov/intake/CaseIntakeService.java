package org.gridgov.intake;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.gridgov.cases.CaseNumberGenerator;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseRecord;
import org.gridgov.cases.CaseReporter;
import org.gridgov.cases.CaseSource;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.CaseVariables;
import org.gridgov.cases.Urgency;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The two ways a case comes in (上报): a resident's report, and a grid worker's patrol finding
 * (the start form of caseHandling in Tasklist). Both get a case number as business key; the
 * reporter's personal data goes to {@code gov_case_reporter}, the process holds ids and codes.
 */
@Service
public class CaseIntakeService {

  static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
  static final Pattern CHANNEL = Pattern.compile("[A-Z_]{2,16}");
  static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

  private final CaseReadModel readModel;
  private final CaseNumberGenerator numbers;
  private final CategoryMapper categories;
  private final RuntimeService runtime;

  CaseIntakeService(CaseReadModel readModel, CaseNumberGenerator numbers, CategoryMapper categories,
      RuntimeService runtime) {
    this.readModel = readModel;
    this.numbers = numbers;
    this.categories = categories;
    this.runtime = runtime;
  }

  /**
   * Files a resident's report and starts its case. The answer is the case number and the status
   * the case reached at once (ACCEPTED, or MERGED with the master case number). A report with an
   * idempotency key that was seen before answers the earlier case and changes nothing; one that
   * arrives while the first is still being filed gets {@link ReportInProgressException}.
   */
  @Transactional
  public IntakeReceipt report(ResidentReport report) {
    return report(report, this::startCaseHandling);
  }

  /**
   * {@link #report(ResidentReport)} with the case's process started by {@code starter}: the Flowable
   * peer of the benchmarks (docs/benchmarks.md) files a report exactly as a resident's is filed and
   * starts its own engine's copy of caseHandling.
   */
  @Transactional
  public IntakeReceipt report(ResidentReport report, CaseStarter starter) {
    String key = blankToNull(report.idempotencyKey());
    if (key != null) {
      if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
        throw new InvalidReportException("幂等键须为 8-64 位字母、数字或 . _ : -");
      }
      Optional<CaseRecord> earlier = readModel.findByIdempotencyKey(key);
      if (earlier.isPresent()) {
        return receipt(earlier.get(), true);
      }
    }
    Urgency urgency = urgency(report.urgency());
    checkCommon(report.categoryCode(), report.description(), report.addressText(), report.lat(), report.lng());
    String channel = report.channel() == null ? "APP" : report.channel().trim().toUpperCase();
    if (!CHANNEL.matcher(channel).matches()) {
      throw new InvalidReportException("上报渠道无效: " + report.channel());
    }
    CaseReporter reporter = reporter(report.reporterName(), report.reporterPhone());

    CaseRecord record = newRecord(report.categoryCode(), urgency, report.description(), report.addressText(),
        report.lat(), report.lng());
    record.setSource(CaseSource.RESIDENT);
    record.setChannel(channel);
    record.setIdempotencyKey(key);
    try {
      readModel.register(record, reporter, null);
    } catch (DuplicateKeyException sameKeyAtTheSameTime) {
      // another request with the same key committed first: drop this attempt, answer its case
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      return readModel.findByIdempotencyKey(key).map(r -> receipt(r, true)).orElseThrow(() -> sameKeyAtTheSameTime);
    } catch (PessimisticLockingFailureException sameKeyStillBeingFiled) {
      // the other request holds the key and has not committed within the database's lock timeout
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      throw new ReportInProgressException(key);
    }
    starter.start(record.getCaseNo(), Map.of(
        CaseVariables.CASE_NO, record.getCaseNo(),
        CaseVariables.CATEGORY_CODE, record.getCategoryCode(),
        CaseVariables.URGENCY, urgency.name(),
        CaseVariables.SOURCE, CaseSource.RESIDENT.name()));
    return receipt(readModel.get(record.getCaseNo()), false);
  }

  private void startCaseHandling(String caseNo, Map<String, Object> variables) {
    runtime.createProcessInstanceByKey(CaseVariables.PROCESS_KEY).businessKey(caseNo).setVariables(variables).execute();
  }

  /** Starts the process of a filed case, with its number as business key and its first variables. */
  @FunctionalInterface
  public interface CaseStarter {
    void start(String caseNo, Map<String, Object> variables);
  }

  /**
   * Files a patrol finding that arrived through the caseHandling start form; called from the
   * process's first step, so invalid input rolls the start back with the reason.
   */
  public CaseRecord registerPatrolFinding(PatrolFinding finding) {
    Urgency urgency = urgency(finding.urgency());
    checkCommon(finding.categoryCode(), finding.description(), finding.addressText(), finding.lat(), finding.lng());
    CaseRecord record = newRecord(finding.categoryCode(), urgency, finding.description(), finding.addressText(),
        finding.lat(), finding.lng());
    record.setSource(CaseSource.PATROL);
    record.setChannel("PATROL");
    record.setReportedBy(finding.reportedBy());
    return readModel.register(record, null, finding.reportedBy());
  }

  private CaseRecord newRecord(String categoryCode, Urgency urgency, String description, String addressText,
      BigDecimal lat, BigDecimal lng) {
    CaseRecord record = new CaseRecord();
    record.setCaseNo(numbers.next());
    record.setCategoryCode(categoryCode);
    record.setUrgency(urgency);
    record.setDescription(description.trim());
    record.setAddressText(blankToNull(addressText));
    record.setLat(lat);
    record.setLng(lng);
    return record;
  }

  private void checkCommon(String categoryCode, String description, String addressText, BigDecimal lat,
      BigDecimal lng) {
    if (categoryCode == null || categories.countFileable(categoryCode) == 0) {
      throw new InvalidReportException("事项分类无效或不可直接上报: " + categoryCode);
    }
    if (description == null || description.isBlank()) {
      throw new InvalidReportException("请描述发现的问题");
    }
    if (description.trim().length() > 2000) {
      throw new InvalidReportException("问题描述不能超过 2000 字");
    }
    if (addressText != null && addressText.length() > 300) {
      throw new InvalidReportException("地址不能超过 300 字");
    }
    if ((lat == null) != (lng == null)) {
      throw new InvalidReportException("经纬度须同时填写");
    }
    if (lat != null && (lat.abs().compareTo(BigDecimal.valueOf(90)) > 0
        || lng.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
      throw new InvalidReportException("经纬度超出范围");
    }
    if (blankToNull(addressText) == null && lat == null) {
      throw new InvalidReportException("请填写地址或位置坐标");
    }
  }

  private static Urgency urgency(String code) {
    if (code == null || code.isBlank()) {
      return Urgency.NORMAL;
    }
    return Urgency.parse(code.trim())
        .orElseThrow(() -> new InvalidReportException("紧急程度须为 特急/紧急/一般/复杂 之一: " + code));
  }

  private static CaseReporter reporter(String name, String phone) {
    String n = blankToNull(name);
    String p = blankToNull(phone);
    if (n == null && p == null) {
      return null;
    }
    if (n != null && n.length() > 50) {
      throw new InvalidReportException("姓名不能超过 50 字");
    }
    if (p != null && !PHONE.matcher(p).matches()) {
      throw new InvalidReportException("联系电话格式不正确: 请填写 11 位手机号或带区号的固定电话");
    }
    CaseReporter reporter = new CaseReporter();
    reporter.setName(n);
    reporter.setPhone(p);
    return reporter;
  }

  private static IntakeReceipt receipt(CaseRecord record, boolean alreadyReported) {
    CaseStatus status = record.getStatus();
    return new IntakeReceipt(record.getCaseNo(), status, status.label(), record.getMasterCaseNo(), alreadyReported);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
