package org.gridgov.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.gridgov.testsupport.GridGovSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every model in processes/ and every form in forms/ is deployed by the process application. */
@GridGovSpringTest
class DeploymentTest {

  @Autowired
  RepositoryService repository;

  @Test
  void everyFileInProcessesAndFormsIsDeployed() throws IOException {
    Set<String> onDisk = Stream.concat(filesIn("processes"), filesIn("forms")).collect(Collectors.toSet());
    Set<String> deployed = repository.createDeploymentQuery().list().stream()
        .flatMap(d -> repository.getDeploymentResources(d.getId()).stream())
        .map(Resource::getName)
        .collect(Collectors.toSet());

    assertThat(onDisk).isNotEmpty();
    assertThat(deployed).containsAll(onDisk);
  }

  static Stream<String> filesIn(String folder) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(folder))) {
      return files.filter(Files::isRegularFile)
          .map(p -> folder + "/" + Path.of(folder).relativize(p).toString().replace('\\', '/'))
          .toList().stream();
    }
  }
}
