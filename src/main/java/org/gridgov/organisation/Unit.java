package org.gridgov.organisation;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One organisational unit; its id is also the id of its Camunda group. */
public class Unit {

  private String id;
  private String parentId;
  private UnitType unitType;
  private UnitKind kind;
  private String name;
  private String divisionCode;
  private String address;
  private String phone;
  private String description;
  private Integer households;
  private Integer population;
  private BigDecimal centerLat;
  private BigDecimal centerLng;
  private String boundary;
  private int sortOrder;
  private boolean active = true;
  private LocalDateTime createdAt;
  private LocalDateTime updatedAt;

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getParentId() { return parentId; }
  public void setParentId(String parentId) { this.parentId = parentId; }
  public UnitType getUnitType() { return unitType; }
  public void setUnitType(UnitType unitType) { this.unitType = unitType; }
  public UnitKind getKind() { return kind; }
  public void setKind(UnitKind kind) { this.kind = kind; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getDivisionCode() { return divisionCode; }
  public void setDivisionCode(String divisionCode) { this.divisionCode = divisionCode; }
  public String getAddress() { return address; }
  public void setAddress(String address) { this.address = address; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public Integer getHouseholds() { return households; }
  public void setHouseholds(Integer households) { this.households = households; }
  public Integer getPopulation() { return population; }
  public void setPopulation(Integer population) { this.population = population; }
  public BigDecimal getCenterLat() { return centerLat; }
  public void setCenterLat(BigDecimal centerLat) { this.centerLat = centerLat; }
  public BigDecimal getCenterLng() { return centerLng; }
  public void setCenterLng(BigDecimal centerLng) { this.centerLng = centerLng; }
  public String getBoundary() { return boundary; }
  public void setBoundary(String boundary) { this.boundary = boundary; }
  public int getSortOrder() { return sortOrder; }
  public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
  public boolean isActive() { return active; }
  public void setActive(boolean active) { this.active = active; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
  public LocalDateTime getUpdatedAt() { return updatedAt; }
  public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }

  public boolean isGrid() {
    return unitType == UnitType.GRID;
  }
}
