package org.gridgov.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.cases.CaseStatus;
import org.gridgov.cases.EngineTime;
import org.gridgov.organisation.OrganisationService;
import org.gridgov.organisation.Unit;
import org.springframework.stereotype.Service;

/**
 * GridGov's cases as Open311 service requests: statuses mapped to open/closed with notes in
 * Chinese, the handling unit as agency, the SLA's resolve deadline as expected time.
 */
@Service
class Open311Service {

  static final Set<CaseStatus> CLOSED = EnumSet.of(CaseStatus.CLOSED, CaseStatus.EVALUATED, CaseStatus.MERGED,
      CaseStatus.REJECTED);

  private final Open311Mapper mapper;
  private final OrganisationService organisation;
  private final Open311Properties properties;

  Open311Service(Open311Mapper mapper, OrganisationService organisation, Open311Properties properties) {
    this.mapper = mapper;
    this.organisation = organisation;
    this.properties = properties;
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ServiceRequest(
      @JsonProperty("service_request_id") String serviceRequestId,
      String status,
      @JsonProperty("status_notes") String statusNotes,
      @JsonProperty("service_name") String serviceName,
      @JsonProperty("service_code") String serviceCode,
      String description,
      @JsonProperty("agency_responsible") String agencyResponsible,
      @JsonProperty("service_notice") String serviceNotice,
      @JsonProperty("requested_datetime") OffsetDateTime requestedDatetime,
      @JsonProperty("updated_datetime") OffsetDateTime updatedDatetime,
      @JsonProperty("expected_datetime") OffsetDateTime expectedDatetime,
      String address,
      @JsonProperty("address_id") String addressId,
      String zipcode,
      BigDecimal lat,
      @JsonProperty("long") BigDecimal lng,
      @JsonProperty("media_url") String mediaUrl) {
  }

  List<ServiceRow> services() {
    return mapper.services();
  }

  ServiceRow service(String code) {
    return mapper.service(code);
  }

  /**
   * Requests by id (then no other filter applies, as the spec says), or within a window of at most
   * {@code maxWindow} (default: the last 90 days), by service code and open/closed.
   */
  List<ServiceRequest> requests(List<String> ids, List<String> codes, List<String> statuses, OffsetDateTime start,
      OffsetDateTime end) {
    if (ids != null) {
      return ids.stream().map(mapper::request).filter(Objects::nonNull).map(this::of).toList();
    }
    OffsetDateTime to = end != null ? end : start != null ? start.plus(properties.maxWindow())
        : EngineTime.now().atZone(EngineTime.zone()).toOffsetDateTime();
    OffsetDateTime from = start != null ? start : to.minus(properties.maxWindow());
    List<String> caseStatuses = statuses == null ? null : EnumSet.allOf(CaseStatus.class).stream()
        .filter(s -> statuses.contains(CLOSED.contains(s) ? "closed" : "open")).map(Enum::name).toList();
    return mapper.requests(local(from), local(to), ids, codes, caseStatuses, properties.maxResults()).stream()
        .map(this::of).toList();
  }

  Optional<ServiceRequest> request(String id) {
    return Optional.ofNullable(mapper.request(id)).map(this::of);
  }

  private ServiceRequest of(RequestRow row) {
    boolean closed = CLOSED.contains(row.getStatus());
    String notes = switch (row.getStatus()) {
      case MERGED -> "同一问题已有人反映，并入 " + row.getMasterCaseNo() + " 一并办理";
      case REJECTED -> "不予受理：" + (row.getStatusReason() == null ? "" : row.getStatusReason());
      case CLOSED -> "已办结";
      case EVALUATED -> "已办结并评价";
      case SHELVED -> "已列入计划办理";
      case REPORTED, ACCEPTED -> "已受理";
      case DISPATCHED -> "已派遣";
      case HANDLING, REOPENED -> "处置中";
      case VERIFYING -> "结果核查中";
    };
    return new ServiceRequest(row.getCaseNo(), closed ? "closed" : "open", notes, row.getCategoryName(),
        row.getCategoryCode(), row.getDescription(), agency(row), null, offset(row.getCreatedAt()),
        offset(row.getUpdatedAt()), offset(row.getResolveDue()), row.getAddressText(), null, null, row.getLat(),
        row.getLng(), null);
  }

  private String agency(RequestRow row) {
    String unit = row.getLeadDepartmentId() != null ? row.getLeadDepartmentId()
        : row.getGridId() != null ? row.getGridId() : row.getCommunityId();
    return unit == null ? null : organisation.unit(unit).map(Unit::getName).orElse(null);
  }

  private static LocalDateTime local(OffsetDateTime time) {
    return EngineTime.toLocal(time.toInstant());
  }

  private static OffsetDateTime offset(LocalDateTime local) {
    return local == null ? null : EngineTime.toInstant(local).atZone(EngineTime.zone()).toOffsetDateTime();
  }
}
