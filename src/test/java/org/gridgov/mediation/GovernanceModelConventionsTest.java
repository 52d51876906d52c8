package org.gridgov.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conventions of the emergency, admission and mediation models: executable with a history time to
 * live, meaningful ids, a Chinese name and diagram interchange on every element, delegate
 * expressions on service tasks, and a deployed Camunda Form behind every user task and start form.
 */
class GovernanceModelConventionsTest {

  private static final String ID_STYLE =
      "(StartEvent|EndEvent|Task|Gateway|BoundaryEvent|TimerEvent|Flow|SubProcess)_[A-Z][A-Za-z]+";

  @ParameterizedTest
  @ValueSource(strings = {"emergency-response", "matter-admission", "dispute-mediation"})
  void shouldFollowTheModelConventions(String file) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + file + ".bpmn"));
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("1825");
    assertThat(toKebabCase(process.getId())).isEqualTo(file);

    Set<String> shapes = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> shapes.add(e.getBpmnElement().getId()));
    Set<String> formIds = formIds();

    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      assertThat(element.getId()).as("id of %s", element.getId()).matches(ID_STYLE);
      assertThat(element.getName()).as("Chinese name of %s", element.getId()).isNotBlank()
          .matches(".*\\p{IsHan}.*");
      assertThat(shapes).as("diagram interchange of %s", element.getId()).contains(element.getId());
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaDelegateExpression()).as("delegate of %s", task.getId()).matches("\\$\\{[a-z][A-Za-z]+}");
      assertThat(task.getCamundaClass()).isNull();
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isIn(formIds);
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
      assertThat(task.getCamundaFormKey()).isNull();
      assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", task.getId()).isNotBlank();
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (!(start.getParentElement() instanceof SubProcess)) {
        assertThat(start.getCamundaFormRef()).as("start form of %s", start.getId()).isIn(formIds);
      }
    }
  }

  private static Set<String> formIds() throws IOException {
    Set<String> ids = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (File form : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
      JsonNode root = json.readTree(form);
      assertThat(root.path("schemaVersion").asInt()).as("schemaVersion of %s", form).isLessThanOrEqualTo(16);
      for (JsonNode component : root.path("components")) {
        boolean input = component.has("key") && !component.path("readonly").asBoolean(false);
        if (input && !"checkbox".equals(component.path("type").asText())) {
          assertThat(component.has("validate")).as("validation of %s in %s", component.path("key"), form).isTrue();
        }
      }
      ids.add(root.path("id").asText());
    }
    return ids;
  }

  private static String toKebabCase(String camelCase) {
    return camelCase.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
  }
}
