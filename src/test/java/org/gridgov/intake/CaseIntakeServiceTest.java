package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.gridgov.cases.CaseReadModel;
import org.gridgov.cases.CaseRecord;
import org.gridgov.cases.CaseReporter;
import org.gridgov.cases.CaseScenarioSteps;
import org.gridgov.cases.CaseSource;
import org.gridgov.cases.CaseStatus;
import org.gridgov.testsupport.GridGovSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 上报/受理 of residents' reports: what is stored where, what is refused, and idempotency. */
@GridGovSpringTest
class CaseIntakeServiceTest {

  @Autowired
  CaseIntakeService intake;
  @Autowired
  CaseReadModel readModel;
  @Autowired
  RuntimeService runtime;

  private static ResidentReport report(String category, String description, String address, BigDecimal lat,
      BigDecimal lng, String phone, String key) {
    return new ResidentReport(category, null, description, address, lat, lng, "李先生", phone, "WECHAT", key);
  }

  @Test
  void storesTheReporterInGovTablesAndOnlyIdsInTheProcess() {
    IntakeReceipt receipt = intake.report(report("INFRA_LIGHT", "路灯不亮一周了", CaseScenarioSteps.uniqueAddress(),
        null, null, "13712345678", null));

    CaseRecord record = readModel.get(receipt.caseNo());
    assertThat(record.getSource()).isEqualTo(CaseSource.RESIDENT);
    assertThat(record.getChannel()).isEqualTo("WECHAT");
    assertThat(record.getUrgency().name()).isEqualTo("NORMAL");
    assertThat(record.getGridId()).isEqualTo("grid-wenchang-01");
    CaseReporter reporter = readModel.reporterOf(record).orElseThrow();
    assertThat(reporter.getName()).isEqualTo("李先生");
    assertThat(reporter.getPhone()).isEqualTo("13712345678");
    String pid = record.getProcessInstanceId();
    assertThat(runtime.getVariables(pid)).containsKeys("caseNo", "categoryCode", "urgency")
        .doesNotContainKeys("description", "addressText", "reporterName", "reporterPhone");
    assertThat(runtime.getVariables(pid).values()).noneMatch(v -> String.valueOf(v).contains("13712345678"));
  }

  @Test
  void answersTheEarlierCaseForAnIdempotencyKeySeenBefore() {
    String key = "retry-" + UUID.randomUUID();
    ResidentReport report = report("INFRA_LIGHT", "路灯不亮", CaseScenarioSteps.uniqueAddress(), null, null, null, key);

    IntakeReceipt first = intake.report(report);
    IntakeReceipt second = intake.report(report);

    assertThat(first.alreadyReported()).isFalse();
    assertThat(second.alreadyReported()).isTrue();
    assertThat(second.caseNo()).isEqualTo(first.caseNo());
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(first.caseNo()).count()).isEqualTo(1);
  }

  @Test
  void locatesByCoordinates() {
    IntakeReceipt receipt = intake.report(report("INFRA_DRAIN", "下水道堵了", null,
        new BigDecimal("34.1845"), new BigDecimal("115.5411"), null, null));

    assertThat(readModel.get(receipt.caseNo()).getGridId()).isEqualTo("grid-wenchang-02");
    assertThat(receipt.status()).isEqualTo(CaseStatus.ACCEPTED);
  }

  @Test
  void refusesReportsThatCannotBecomeCases() {
    String address = CaseScenarioSteps.uniqueAddress();
    assertThatThrownBy(() -> intake.report(report("ENV", "垃圾", address, null, null, null, null)))
        .isInstanceOf(InvalidReportException.class).hasMessageContaining("事项分类无效");
    assertThatThrownBy(() -> intake.report(report("NOPE", "垃圾", address, null, null, null, null)))
        .isInstanceOf(InvalidReportException.class).hasMessageContaining("事项分类无效");
    assertThatThrownBy(() -> intake.report(report("ENV_GARBAGE", " ", address, null, null, null, null)))
        .isInstanceOf(InvalidReportException.class).hasMessageContaining("请描述");
    assertThatThrownBy(() -> intake.report(report("ENV_GARBAGE", "垃圾", null, null, null, null, null)))
        .isInstanceOf(InvalidReportException.class).hasMessageContaining("请填写地址或位置坐标");
    assertThatThrownBy(() -> intake.report(report("ENV_GARBAGE", "垃圾", null, new BigDecimal("91"),
        new BigDecimal("115"), null, null))).isInstanceOf(InvalidReportException.class).hasMessageContaining("超出范围");
    assertThatThrownBy(() -> intake.report(report("ENV_GARBAGE", "垃圾", address, null, null, "12345", null)))
        .isInstanceOf(InvalidReportException.class).hasMessageContaining("联系电话格式不正确");
    assertThatThrownBy(() -> intake.report(new ResidentReport("ENV_GARBAGE", "VERY", "垃圾", address, null, null,
        null, null, "APP", null))).isInstanceOf(InvalidReportException.class).hasMessageContaining("紧急程度");
    assertThatThrownBy(() -> intake.report(report("ENV_GARBAGE", "垃圾", address, null, null, null, "short")))
        .isInstanceOf(InvalidReportException.class).hasMessageContaining("幂等键");
  }
}
