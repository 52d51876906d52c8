package org.gridgov.organisation;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mirrors the organisation model into Camunda's identity tables: every unit becomes a group, every
 * role a group, every person a user who is a member of their unit's and their role's group.
 * Candidate groups, Tasklist filters and authorizations all build on these ids.
 *
 * <p>Idempotent: a restart or a second node starting at the same time creates nothing twice; a
 * creation that loses a race to another node is taken as done. Passwords are set only when a user
 * is created, so a password changed in the Admin webapp survives restarts. Without a configured
 * initial password (production) a new user gets a random one nobody knows: the account stays
 * closed until an administrator sets a password.
 */
@Component
public class IdentitySync {

  private static final Logger log = LoggerFactory.getLogger(IdentitySync.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final OrganisationService organisation;
  private final IdentityService identity;
  private final String initialPassword;

  public IdentitySync(OrganisationService organisation, IdentityService identity,
      @Value("${gridgov.identity.initial-password:}") String initialPassword) {
    this.organisation = organisation;
    this.identity = identity;
    this.initialPassword = initialPassword;
  }

  public Result sync() {
    Result result = new Result();
    Map<String, Group> groups = identity.createGroupQuery().list().stream()
        .collect(Collectors.toMap(Group::getId, Function.identity()));
    Set<String> managedGroups = new HashSet<>();
    for (Unit unit : organisation.units()) {
      syncGroup(groups, unit.getId(), unit.getName(), unit.getUnitType().name(), result);
      managedGroups.add(unit.getId());
    }
    for (StaffRole role : StaffRole.values()) {
      syncGroup(groups, role.groupId(), role.label(), "ROLE", result);
      managedGroups.add(role.groupId());
    }

    Map<String, User> users = identity.createUserQuery().list().stream()
        .collect(Collectors.toMap(User::getId, Function.identity()));
    for (Person person : organisation.people()) {
      syncUser(users, person, result);
      syncMemberships(person, managedGroups, result);
    }
    log.info("Identity sync: {}", result);
    return result;
  }

  private void syncGroup(Map<String, Group> groups, String id, String name, String type, Result result) {
    Group existing = groups.get(id);
    if (existing == null) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      if (createOnce(() -> identity.saveGroup(group),
          () -> identity.createGroupQuery().groupId(id).count() > 0)) {
        result.groupsCreated++;
      }
      groups.put(id, group);
    } else if (!name.equals(existing.getName()) || !type.equals(existing.getType())) {
      existing.setName(name);
      existing.setType(type);
      identity.saveGroup(existing);
      result.groupsUpdated++;
    }
  }

  private void syncUser(Map<String, User> users, Person person, Result result) {
    // the webapps show "firstName lastName": a Chinese name reads right as one piece, surname first
    String firstName = person.getName();
    String lastName = "";
    User existing = users.get(person.getId());
    if (existing == null) {
      User user = identity.newUser(person.getId());
      user.setLastName(lastName);
      user.setFirstName(firstName);
      user.setPassword(initialPassword.isEmpty() ? unguessablePassword() : initialPassword);
      if (createOnce(() -> identity.saveUser(user),
          () -> identity.createUserQuery().userId(person.getId()).count() > 0)) {
        result.usersCreated++;
      }
    } else if (!lastName.equals(existing.getLastName()) || !firstName.equals(existing.getFirstName())) {
      existing.setLastName(lastName);
      existing.setFirstName(firstName);
      identity.saveUser(existing);
      result.usersUpdated++;
    }
  }

  /**
   * Keeps exactly the memberships the person should have among the groups GridGov manages (unit and
   * role groups); memberships in groups an admin created by hand are left alone.
   */
  private void syncMemberships(Person person, Set<String> managedGroups, Result result) {
    Set<String> wanted = person.isActive()
        ? Set.of(person.getUnitId(), person.getRole().groupId())
        : Set.of();
    Set<String> current = identity.createGroupQuery().groupMember(person.getId()).list().stream()
        .map(Group::getId)
        .filter(managedGroups::contains)
        .collect(Collectors.toSet());
    for (String groupId : wanted) {
      if (!current.contains(groupId) && createOnce(
          () -> identity.createMembership(person.getId(), groupId),
          () -> identity.createUserQuery().userId(person.getId()).memberOfGroup(groupId).count() > 0)) {
        result.membershipsCreated++;
      }
    }
    for (String groupId : current) {
      if (!wanted.contains(groupId)) {
        identity.deleteMembership(person.getId(), groupId);
        result.membershipsRemoved++;
      }
    }
  }

  private static String unguessablePassword() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    // the suffix satisfies the password policy's character classes
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "aA1!";
  }

  /**
   * Runs a creation; if it fails because another node created the same thing a moment earlier,
   * that counts as done (returns false: nothing was created here).
   */
  private static boolean createOnce(Runnable create, Supplier<Boolean> existsNow) {
    try {
      create.run();
      return true;
    } catch (ProcessEngineException e) {
      if (existsNow.get()) {
        return false;
      }
      throw e;
    }
  }

  /** What one sync changed. */
  public static class Result {
    int groupsCreated;
    int groupsUpdated;
    int usersCreated;
    int usersUpdated;
    int membershipsCreated;
    int membershipsRemoved;

    public int changes() {
      return groupsCreated + groupsUpdated + usersCreated + usersUpdated + membershipsCreated + membershipsRemoved;
    }

    public int groupsCreated() { return groupsCreated; }
    public int usersCreated() { return usersCreated; }
    public int membershipsCreated() { return membershipsCreated; }

    @Override
    public String toString() {
      return "groups +" + groupsCreated + " ~" + groupsUpdated + ", users +" + usersCreated + " ~" + usersUpdated
          + ", memberships +" + membershipsCreated + " -" + membershipsRemoved;
    }
  }
}
