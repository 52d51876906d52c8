package org.gridgov.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gridgov.cases.Urgency;
import org.gridgov.intake.CaseIntakeService;
import org.gridgov.intake.IntakeReceipt;
import org.gridgov.intake.InvalidReportException;
import org.gridgov.intake.ResidentReport;
import org.gridgov.resident.RateLimitedException;
import org.gridgov.resident.ReportRateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) over GridGov's service catalogue
 * and cases, so that existing 311 clients can post and read requests. Services are public;
 * requests need an {@code api_key} for reading as well as posting, because descriptions and
 * addresses may tell who a resident is. Reporters' names and phones are never returned.
 */
@RestController
@Tag(name = "Open311 GeoReport v2", description = "Open311 GeoReport v2 兼容接口（请求需 api_key）")
class Open311Controller {

  static final String BASE = "/open311/v2";
  static final String CHANNEL = "GEOREPORT";
  private static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);
  private static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

  private final Open311Service open311;
  private final CaseIntakeService intake;
  private final ApiKeys keys;
  private final ReportRateLimiter rateLimiter;
  private final Open311Properties properties;
  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final XmlMapper xml;

  Open311Controller(Open311Service open311, CaseIntakeService intake, ApiKeys keys, ReportRateLimiter rateLimiter,
      Open311Properties properties) {
    this.open311 = open311;
    this.intake = intake;
    this.keys = keys;
    this.rateLimiter = rateLimiter;
    this.properties = properties;
    this.xml = new XmlMapper();
    this.xml.registerModule(new JavaTimeModule());
    this.xml.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    this.xml.enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION);
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Service(@JsonProperty("service_code") String serviceCode, @JsonProperty("service_name") String serviceName,
      String description, boolean metadata, String type, String keywords, String group) {
  }

  @JacksonXmlRootElement(localName = "services")
  record Services(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "service")
      List<Service> service) {
  }

  record AttributeValue(String key, String name) {
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Attribute(boolean variable, String code, String datatype, boolean required,
      @JsonProperty("datatype_description") String datatypeDescription, int order, String description,
      @JacksonXmlElementWrapper(localName = "values") @JacksonXmlProperty(localName = "value")
      List<AttributeValue> values) {
  }

  @JacksonXmlRootElement(localName = "service_definition")
  record ServiceDefinition(@JsonProperty("service_code") String serviceCode,
      @JacksonXmlElementWrapper(localName = "attributes") @JacksonXmlProperty(localName = "attribute")
      List<Attribute> attributes) {
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record PostedRequest(@JsonProperty("service_request_id") String serviceRequestId,
      @JsonProperty("service_notice") String serviceNotice, @JsonProperty("account_id") String accountId) {
  }

  record Error(int code, String description) {
  }

  @JacksonXmlRootElement(localName = "errors")
  record Errors(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "error")
      List<Error> error) {
  }

  @GetMapping(BASE + "/services.json")
  @Operation(summary = "服务目录（JSON）")
  ResponseEntity<String> servicesJson(@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
    checkJurisdiction(jurisdiction);
    return answer(JSON, services());
  }

  @GetMapping(BASE + "/services.xml")
  @Operation(summary = "服务目录（XML）")
  ResponseEntity<String> servicesXml(@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
    checkJurisdiction(jurisdiction);
    return answer(XML, new Services(services()));
  }

  @GetMapping(BASE + "/services/{code}.json")
  @Operation(summary = "服务定义（属性，JSON）")
  ResponseEntity<String> definitionJson(@PathVariable String code,
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
    checkJurisdiction(jurisdiction);
    return answer(JSON, definition(code));
  }

  @GetMapping(BASE + "/services/{code}.xml")
  @Operation(summary = "服务定义（属性，XML）")
  ResponseEntity<String> definitionXml(@PathVariable String code,
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
    checkJurisdiction(jurisdiction);
    return answer(XML, definition(code));
  }

  @PostMapping(BASE + "/requests.json")
  @Operation(summary = "提交服务请求（application/x-www-form-urlencoded，需 api_key）")
  ResponseEntity<String> post(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
    checkJurisdiction(form.getFirst("jurisdiction_id"));
    checkKey(form.getFirst("api_key"));
    rateLimiter.check(request.getRemoteAddr(), blankToNull(form.getFirst("phone")));
    String code = blankToNull(form.getFirst("service_code"));
    if (code == null) {
      throw new Open311Exception(HttpStatus.BAD_REQUEST, "缺少 service_code");
    }
    if (open311.service(code) == null) {
      throw new Open311Exception(HttpStatus.BAD_REQUEST, "service_code 不存在: " + code);
    }
    BigDecimal lat = decimal(form.getFirst("lat"), "lat");
    BigDecimal lng = decimal(form.getFirst("long"), "long");
    String address = blankToNull(form.getFirst("address_string"));
    if ((lat == null || lng == null) && address == null) {
      throw new Open311Exception(HttpStatus.BAD_REQUEST, blankToNull(form.getFirst("address_id")) != null
          ? "不支持 address_id，请提供 lat 和 long 或 address_string"
          : "须提供 lat 和 long，或 address_string");
    }
    String name = String.join("", Arrays.stream(new String[] {form.getFirst("last_name"), form.getFirst("first_name")})
        .filter(s -> s != null && !s.isBlank()).map(String::trim).toList());
    IntakeReceipt receipt = intake.report(new ResidentReport(code, urgency(form.getFirst("attribute[urgency]")),
        form.getFirst("description"), address, lat, lng, blankToNull(name), blankToNull(form.getFirst("phone")),
        CHANNEL, null));
    String notice = receipt.masterCaseNo() != null
        ? "同一问题已有人反映，已并入 " + receipt.masterCaseNo() + " 一并办理"
        : "已受理，案件编号 " + receipt.caseNo();
    return ResponseEntity.status(HttpStatus.CREATED).contentType(JSON)
        .body(write(json, List.of(new PostedRequest(receipt.caseNo(), notice, null))));
  }

  @GetMapping(BASE + "/requests.json")
  @Operation(summary = "查询服务请求（需 api_key；默认最近 90 天）")
  ResponseEntity<String> requests(@RequestParam Map<String, String> query) {
    checkJurisdiction(query.get("jurisdiction_id"));
    checkKey(query.get("api_key"));
    List<String> ids = list(query.get("service_request_id"));
    List<String> codes = list(query.get("service_code"));
    List<String> statuses = list(query.get("status"));
    if (statuses != null && statuses.stream().anyMatch(s -> !s.equals("open") && !s.equals("closed"))) {
      throw new Open311Exception(HttpStatus.BAD_REQUEST, "status 须为 open 或 closed");
    }
    OffsetDateTime start = date(query.get("start_date"), "start_date");
    OffsetDateTime end = date(query.get("end_date"), "end_date");
    Duration window = properties.maxWindow();
    if (start != null && end != null && Duration.between(start, end).compareTo(window) > 0) {
      throw new Open311Exception(HttpStatus.BAD_REQUEST, "start_date 与 end_date 相距不能超过 " + window.toDays() + " 天");
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw new Open311Exception(HttpStatus.BAD_REQUEST, "end_date 不能早于 start_date");
    }
    return answer(JSON, open311.requests(ids, codes, statuses, start, end));
  }

  @GetMapping(BASE + "/requests/{id}.json")
  @Operation(summary = "查询单个服务请求（需 api_key）")
  ResponseEntity<String> request(@PathVariable String id,
      @RequestParam(name = "api_key", required = false) String apiKey,
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
    checkJurisdiction(jurisdiction);
    checkKey(apiKey);
    return answer(JSON, List.of(open311.request(id)
        .orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "service_request_id 不存在: " + id))));
  }

  @ExceptionHandler(Open311Exception.class)
  ResponseEntity<String> refused(Open311Exception e, HttpServletRequest request) {
    return error(e.status(), e.getMessage(), request);
  }

  @ExceptionHandler(InvalidReportException.class)
  ResponseEntity<String> invalid(InvalidReportException e, HttpServletRequest request) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage(), request);
  }

  @ExceptionHandler(RateLimitedException.class)
  ResponseEntity<String> tooMany(RateLimitedException e, HttpServletRequest request) {
    ResponseEntity<String> answer = error(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), request);
    return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
        .header("Retry-After", String.valueOf(e.retryAfterSeconds())).body(answer.getBody());
  }

  private List<Service> services() {
    return open311.services().stream().map(s -> new Service(s.code(), s.name(), s.description(), true, "realtime",
        s.keywords(), s.groupName())).toList();
  }

  /** Every service takes one optional attribute, the urgency, which sets the case's deadlines. */
  private ServiceDefinition definition(String code) {
    if (open311.service(code) == null) {
      throw new Open311Exception(HttpStatus.NOT_FOUND, "service_code 不存在: " + code);
    }
    List<AttributeValue> values = Arrays.stream(Urgency.values()).map(u -> new AttributeValue(u.name(), u.label()))
        .toList();
    return new ServiceDefinition(code, List.of(new Attribute(true, "urgency", "singlevaluelist", false,
        "紧急程度，默认一般(NORMAL)", 1, "紧急程度", values)));
  }

  private void checkJurisdiction(String jurisdiction) {
    if (properties.jurisdictionId() != null && jurisdiction != null && !jurisdiction.isBlank()
        && !properties.jurisdictionId().equals(jurisdiction.trim())) {
      throw new Open311Exception(HttpStatus.NOT_FOUND, "jurisdiction_id 不存在: " + jurisdiction);
    }
  }

  private void checkKey(String apiKey) {
    if (!keys.valid(apiKey)) {
      throw new Open311Exception(HttpStatus.FORBIDDEN, "api_key 缺失或无效");
    }
  }

  private static String urgency(String value) {
    String code = blankToNull(value);
    if (code != null && Urgency.parse(code).isEmpty()) {
      throw new Open311Exception(HttpStatus.BAD_REQUEST, "attribute[urgency] 须为 "
          + Arrays.stream(Urgency.values()).map(Enum::name).toList() + " 之一");
    }
    return code;
  }

  private static BigDecimal decimal(String value, String field) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new Open311Exception(HttpStatus.BAD_REQUEST, field + " 须为数字");
    }
  }

  private static OffsetDateTime date(String value, String field) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new Open311Exception(HttpStatus.BAD_REQUEST, field + " 须为带时区的 ISO 8601 时间，例如 2026-11-01T00:00:00+08:00");
    }
  }

  private static List<String> list(String value) {
    String text = blankToNull(value);
    return text == null ? null : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private ResponseEntity<String> answer(MediaType type, Object body) {
    return ResponseEntity.ok().contentType(type).body(write(type == XML ? xml : json, body));
  }

  private ResponseEntity<String> error(HttpStatus status, String description, HttpServletRequest request) {
    boolean asXml = request.getRequestURI().endsWith(".xml");
    List<Error> errors = List.of(new Error(status.value(), description));
    return ResponseEntity.status(status).contentType(asXml ? XML : JSON)
        .body(asXml ? write(xml, new Errors(errors)) : write(json, errors));
  }

  private static String write(ObjectMapper mapper, Object body) {
    try {
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
