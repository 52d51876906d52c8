package org.gridgov.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conventions of caseHandling that Modeler users and the other processes rely on. */
class CaseHandlingModelTest {

  private static BpmnModelInstance model;
  private static Process process;

  @BeforeAll
  static void read() {
    model = Bpmn.readModelFromFile(new File("processes/case-handling.bpmn"));
    process = model.getModelElementById(CaseVariables.PROCESS_KEY);
  }

  @Test
  void isExecutableWithHistoryTimeToLiveAndModelerAttributes() throws Exception {
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("1825");
    String xml = Files.readString(Path.of("processes/case-handling.bpmn"));
    assertThat(xml).contains("modeler:executionPlatform=\"Camunda Platform\"")
        .contains("modeler:executionPlatformVersion=\"7.24.0\"");
  }

  @Test
  void everyElementHasAMeaningfulIdAChineseNameAndDiagramInterchange() {
    Collection<FlowElement> elements = model.getModelElementsByType(FlowElement.class);
    Set<String> drawn = Stream.concat(
        model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()),
        model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId()))
        .collect(Collectors.toSet());
    assertThat(elements).hasSizeGreaterThan(150).allSatisfy(e -> {
      assertThat(e.getId()).matches("(StartEvent|EndEvent|Task|Gateway|BoundaryEvent|TimerEvent|SubProcess|Flow)_[A-Z][A-Za-z]+");
      assertThat(drawn).as("diagram interchange of " + e.getId()).contains(e.getId());
    });
    assertThat(elements).filteredOn(e -> !e.getElementType().getTypeName().equals("sequenceFlow"))
        .allSatisfy(e -> assertThat(e.getName()).as("name of " + e.getId()).matches(".*\\p{IsHan}.*"));
  }

  @Test
  void everyUserTaskHasAUnitCandidateGroupAFormADueDateAndTheCaseListeners() throws Exception {
    Map<String, JsonNode> formIds = new HashMap<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.toList()) {
        JsonNode json = new ObjectMapper().readTree(form.toFile());
        formIds.put(json.get("id").asText(), json);
      }
    }
    Set<String> used = model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef)
        .collect(Collectors.toSet());
    used.add("patrolFinding");
    for (String formId : used) {
      JsonNode json = formIds.get(formId);
      assertThat(json).as("form " + formId).isNotNull();
      assertThat(json.get("schemaVersion").asInt()).isLessThanOrEqualTo(16);
      json.get("components").forEach(c -> {
        if (c.has("key")) {
          assertThat(c.has("validate")).as(formId + " " + c.get("key") + " validates").isTrue();
          assertThat(c.path("label").asText(c.path("dateLabel").asText())).matches(".*\\p{IsHan}.*");
        }
      });
    }
    Set<String> internallyDated = Set.of("Task_VerifyResult", "Task_ReviewReopen", "Task_ApproveShelving",
        "Task_RuleOnReturn");
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaCandidateGroups()).as(task.getId()).matches("\\$\\{[a-zA-Z]+Id}");
      assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
      if (!internallyDated.contains(task.getId())) {
        assertThat(task.getCamundaDueDate()).as("due date of " + task.getId()).matches("\\$\\{[a-zA-Z]+}");
      }
      assertThat(task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
          .extracting(CamundaTaskListener::getCamundaEvent).containsExactlyInAnyOrder("create", "complete");
    }
  }

  @Test
  void everyServiceTaskIsADelegateBeanAndSideEffectsRunAfterATransactionBoundary() {
    Set<String> sideEffects = Set.of("Task_NotifyMerged", "Task_NotifyRejection", "Task_RemindRung",
        "Task_SuperviseOverdue", "Task_SendFeedback", "Task_StartEmergencyResponse");
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-z][A-Za-z]+}");
      assertThat(task.getCamundaClass()).isNull();
      assertThat(task.isCamundaAsyncBefore()).as("async " + task.getId()).isEqualTo(sideEffects.contains(task.getId()));
    }
    assertThat(model.getModelElementsByType(BaseElement.class))
        .noneMatch(e -> e.getElementType().getTypeName().equals("scriptTask"));
  }
}
