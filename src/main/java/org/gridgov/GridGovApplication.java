package org.gridgov;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * GridGov: grid governance (网格化治理) on an embedded Camunda 7 engine.
 * The process application deploys every model in {@code processes/} and every form in {@code forms/}
 * (see {@code META-INF/processes.xml}).
 */
@SpringBootApplication
@EnableProcessApplication("gridgov")
public class GridGovApplication {

  public static void main(String[] args) {
    SpringApplication.run(GridGovApplication.class, args);
  }
}
