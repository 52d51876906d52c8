package org.gridgov.cases;

import java.time.LocalDateTime;

/** The person who reported a case; kept in {@code gov_case_reporter}, never in the process. */
public class CaseReporter {

  private Long id;
  private String name;
  private String phone;
  private LocalDateTime createdAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
