package org.gridgov.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.gridgov.testsupport.GridGovSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Units become groups, people become users with memberships, and syncing again changes nothing. */
@GridGovSpringTest
class IdentitySyncTest {

  @Autowired
  IdentitySync identitySync;
  @Autowired
  IdentityService identity;
  @Autowired
  OrganisationService organisation;

  @Test
  void everyUnitIsAGroupAndEveryPersonAUserInTheirUnitAndRoleGroups() {
    identitySync.sync(); // other tests of this context may have added units since start-up
    for (Unit unit : organisation.units()) {
      Group group = identity.createGroupQuery().groupId(unit.getId()).singleResult();
      assertThat(group).as(unit.getId()).isNotNull();
      assertThat(group.getName()).isEqualTo(unit.getName());
    }
    for (Person person : organisation.people()) {
      assertThat(identity.createGroupQuery().groupMember(person.getId()).list())
          .extracting(Group::getId).as(person.getId())
          .contains(person.getUnitId(), person.getRole().groupId());
    }
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isOne();
    assertThat(identity.createUserQuery().memberOfGroup("grid-wenchang-01").list())
        .extracting(u -> u.getId()).contains("gridleader1", "gridworker1");
  }

  @Test
  void demoLoginsWorkWithTheDocumentedPassword() {
    for (String login : List.of("admin", "auditor", "county1", "dispatcher1", "dept1", "community1",
        "gridleader1", "gridworker1")) {
      assertThat(identity.checkPassword(login, "GridGov@2026")).as(login).isTrue();
    }
    assertThat(identity.checkPassword("gridworker1", "gridworker1")).isFalse();
  }

  @Test
  void aSecondSyncCreatesNothing() {
    long users = identity.createUserQuery().count();
    long groups = identity.createGroupQuery().count();

    IdentitySync.Result again = identitySync.sync();

    assertThat(again.changes()).isZero();
    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
  }

  @Test
  void twoNodesSyncingAtOnceCreateEverythingOnce() throws Exception {
    Person newcomer = new Person();
    newcomer.setId("gw-newcomer-" + System.nanoTime());
    newcomer.setName("周新来");
    newcomer.setRole(StaffRole.GRID_WORKER);
    newcomer.setUnitId("grid-gulou-02");
    organisation.savePerson(newcomer);

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Callable<IdentitySync.Result> node = identitySync::sync;
      List<Future<IdentitySync.Result>> results = nodes.invokeAll(List.of(node, node));
      int usersCreated = 0;
      for (Future<IdentitySync.Result> result : results) {
        usersCreated += result.get().usersCreated();
      }
      assertThat(usersCreated).isOne();
    } finally {
      nodes.shutdown();
    }
    assertThat(identity.createUserQuery().userId(newcomer.getId()).count()).isOne();
    assertThat(identity.createGroupQuery().groupMember(newcomer.getId()).list()).extracting(Group::getId)
        .containsExactlyInAnyOrder("grid-gulou-02", "role-gridworker");
  }

  @Test
  void aPersonWhoMovesUnitChangesGroup() {
    Person mover = new Person();
    mover.setId("gw-mover-" + System.nanoTime());
    mover.setName("吴搬迁");
    mover.setRole(StaffRole.GRID_WORKER);
    mover.setUnitId("grid-hubin-01");
    organisation.savePerson(mover);
    identitySync.sync();

    mover.setUnitId("grid-hubin-02");
    organisation.savePerson(mover);
    identitySync.sync();

    assertThat(identity.createGroupQuery().groupMember(mover.getId()).list()).extracting(Group::getId)
        .containsExactlyInAnyOrder("grid-hubin-02", "role-gridworker");
  }
}
