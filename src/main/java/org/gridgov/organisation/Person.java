package org.gridgov.organisation;

import java.time.LocalDateTime;

/** A member of staff; the id is also the Camunda user id they log in with. */
public class Person {

  private String id;
  private String name;
  private String phone;
  private StaffRole role;
  private String unitId;
  private String title;
  private boolean fullTime = true;
  private boolean active = true;
  private LocalDateTime createdAt;
  private LocalDateTime updatedAt;

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public StaffRole getRole() { return role; }
  public void setRole(StaffRole role) { this.role = role; }
  public String getUnitId() { return unitId; }
  public void setUnitId(String unitId) { this.unitId = unitId; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public boolean isFullTime() { return fullTime; }
  public void setFullTime(boolean fullTime) { this.fullTime = fullTime; }
  public boolean isActive() { return active; }
  public void setActive(boolean active) { this.active = active; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
  public LocalDateTime getUpdatedAt() { return updatedAt; }
  public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
