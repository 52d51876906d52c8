package org.gridgov.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import org.gridgov.admission.AdmissionItem;
import org.gridgov.admission.AdmissionMapper;
import org.gridgov.seed.CountySeed.AdmissionSeed;
import org.gridgov.seed.CountySeed.PersonSeed;
import org.gridgov.seed.CountySeed.UnitSeed;
import org.gridgov.organisation.OrganisationService;
import org.gridgov.organisation.Person;
import org.gridgov.organisation.Unit;
import org.gridgov.organisation.UnitMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a county (units, staff, admission list) from a seed file into an empty database on the
 * first start: the fictional 安澜县 in the demo profile, a real county's file in production
 * ({@code gridgov.organisation.seed=file:/etc/gridgov/county.yml}). The whole county goes in one
 * transaction; if it is already there (a restart, or another node that was faster) nothing is
 * written. Runs before the identity sync, which then creates the logins.
 */
@Component
@Order(10)
class CountySeedLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CountySeedLoader.class);
  private final OrganisationService organisation;
  private final UnitMapper units;
  private final AdmissionMapper admissionList;
  private final TransactionTemplate transaction;
  private final String seedLocation;
  private final ResourceLoader resources;

  CountySeedLoader(OrganisationService organisation, UnitMapper units, AdmissionMapper admissionList,
      TransactionTemplate transaction, @Value("${gridgov.organisation.seed:}") String seedLocation,
      ResourceLoader resources) {
    this.organisation = organisation;
    this.units = units;
    this.admissionList = admissionList;
    this.transaction = transaction;
    this.seedLocation = seedLocation;
    this.resources = resources;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (seedLocation.isBlank()) {
      return;
    }
    Resource seed = resources.getResource(seedLocation);
    if (!seed.exists()) {
      throw new IllegalStateException("县情种子文件不存在 (county seed file not found): gridgov.organisation.seed="
          + seedLocation);
    }
    CountySeed county = read(seed);
    if (units.findById(county.county().id()) != null) {
      log.info("County {} already loaded", county.county().name());
      return;
    }
    try {
      transaction.executeWithoutResult(status -> load(county));
      log.info("County {} loaded from the seed file: {} people", county.county().name(), county.people().size());
    } catch (DuplicateKeyException raceLostToAnotherNode) {
      log.info("County {} was loaded by another node", county.county().name());
    }
  }

  static CountySeed read(Resource seed) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = seed.getInputStream()) {
      return yaml.readValue(in, CountySeed.class);
    }
  }

  private void load(CountySeed county) {
    saveTree(county.county(), null, 0);
    for (PersonSeed seed : county.people()) {
      Person person = new Person();
      person.setId(seed.id());
      person.setName(seed.name());
      person.setPhone(seed.phone());
      person.setRole(seed.role());
      person.setUnitId(seed.unit());
      person.setTitle(seed.title());
      person.setFullTime(seed.fullTime());
      organisation.savePerson(person);
    }
    LocalDateTime now = LocalDateTime.now();
    for (AdmissionSeed seed : county.admissionList()) {
      AdmissionItem item = new AdmissionItem();
      item.setCode(seed.code());
      item.setName(seed.name());
      item.setDescription(seed.description());
      item.setCategoryCode(seed.category());
      item.setDepartmentId(seed.department());
      item.setGridDuty(seed.gridDuty());
      item.setAdmissionKind(seed.kind());
      item.setStatus(AdmissionItem.Status.LISTED);
      item.setValidFrom(seed.validFrom());
      item.setValidUntil(seed.validUntil());
      item.setNextReviewDate(seed.validFrom().plusYears(1));
      item.setCreatedAt(now);
      item.setUpdatedAt(now);
      admissionList.insert(item);
    }
  }

  private void saveTree(UnitSeed seed, String parentId, int sortOrder) {
    Unit unit = new Unit();
    unit.setId(seed.id());
    unit.setParentId(parentId);
    unit.setUnitType(seed.type());
    unit.setKind(seed.kind());
    unit.setName(seed.name());
    unit.setDivisionCode(seed.divisionCode());
    unit.setAddress(seed.address());
    unit.setPhone(seed.phone());
    unit.setDescription(seed.description());
    unit.setHouseholds(seed.households());
    unit.setPopulation(seed.population());
    if (seed.center() != null) {
      unit.setCenterLat(seed.center().get(0));
      unit.setCenterLng(seed.center().get(1));
    }
    unit.setBoundary(seed.boundary());
    unit.setSortOrder(sortOrder);
    organisation.saveUnit(unit);
    for (String keyword : seed.addressesOrEmpty()) {
      units.insertGridAddress(seed.id(), keyword);
    }
    int order = 0;
    for (UnitSeed child : seed.childrenOrEmpty()) {
      saveTree(child, seed.id(), order++);
    }
  }
}
