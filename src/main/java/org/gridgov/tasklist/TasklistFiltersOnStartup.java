package org.gridgov.tasklist;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the role filters on every start, after the identity sync ({@code @Order(20)}) made the groups. */
@Component
@Order(30)
class TasklistFiltersOnStartup implements ApplicationRunner {

  private final TasklistFilters filters;

  TasklistFiltersOnStartup(TasklistFilters filters) {
    this.filters = filters;
  }

  @Override
  public void run(ApplicationArguments args) {
    filters.ensure();
  }
}
