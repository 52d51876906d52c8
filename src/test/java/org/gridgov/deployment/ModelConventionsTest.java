package org.gridgov.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.gridgov.testsupport.GridGovSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The conventions every model in processes/ keeps, checked with the BPMN model API: executable,
 * history time to live, Modeler attributes, meaningful ids ({@code Task_VerifyOnSite} style), Chinese
 * names, diagram interchange for every element, no scripts, every delegate expression names a Spring
 * bean, every user task has candidate groups and a Camunda Form that exists, every plain start event
 * a start form; and every form input carries validation and no form has a dynamic list.
 */
@GridGovSpringTest
class ModelConventionsTest {

  private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  private static final Pattern GENERATED_ID = Pattern.compile(
      "^(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Task|DataObject|Participant|Process)_[0-9][a-z0-9]{5,}$|^StartEvent_1$");
  private static final Pattern ID_STYLE = Pattern.compile("^[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*$");
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");

  @Autowired
  ApplicationContext context;

  @Test
  void everyModelKeepsTheConventions() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> formIds = formIds();
    List<Path> models = bpmnFiles();
    assertThat(models).isNotEmpty();
    for (Path file : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      String name = file.getFileName().toString();
      check(problems, name, model, formIds);
    }
    assertThat(problems).isEmpty();
  }

  private void check(List<String> problems, String file, BpmnModelInstance model, Set<String> formIds) {
    var definitions = model.getDefinitions();
    if (!"Camunda Platform".equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform"))
        || !"7.24.0".equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion"))) {
      problems.add(file + ": Modeler execution platform attributes missing");
    }
    Set<String> withShape = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> withShape.add(s.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> withShape.add(e.getBpmnElement().getId()));

    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable()) {
        problems.add(file + ": process " + process.getId() + " is not executable");
      }
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(file + ": process " + process.getId() + " has no historyTimeToLive");
      }
      if (!file.equals(kebab(process.getId()) + ".bpmn") && model.getModelElementsByType(Process.class).size() == 1) {
        problems.add(file + ": file should be named " + kebab(process.getId()) + ".bpmn");
      }
    }
    Collection<FlowElement> elements = model.getModelElementsByType(FlowElement.class);
    for (FlowElement element : elements) {
      String where = file + ": " + element.getElementType().getTypeName() + " " + element.getId();
      if (GENERATED_ID.matcher(element.getId()).matches() || !ID_STYLE.matcher(element.getId()).matches()) {
        problems.add(where + " needs a meaningful id like Task_VerifyOnSite");
      }
      if (element instanceof FlowNode && (element.getName() == null || !CHINESE.matcher(element.getName()).find())) {
        problems.add(where + " has no Chinese name");
      }
      if ((element instanceof FlowNode || element instanceof SequenceFlow) && !withShape.contains(element.getId())) {
        problems.add(where + " has no diagram interchange");
      }
      if (element instanceof ScriptTask) {
        problems.add(where + " is a script task");
      }
      checkDelegate(problems, where, element);
      checkForm(problems, where, element, formIds);
    }
    if (!model.getModelElementsByType(CamundaScript.class).isEmpty()) {
      problems.add(file + ": uses camunda:script");
    }
  }

  private void checkDelegate(List<String> problems, String where, BaseElement element) {
    String className = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "class");
    if (className != null) {
      problems.add(where + " uses camunda:class (use a delegate expression)");
    }
    String expression = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
    if (expression != null) {
      Matcher bean = BEAN_EXPRESSION.matcher(expression);
      if (!bean.matches() || !context.containsBean(bean.group(1))) {
        problems.add(where + " delegate expression " + expression + " names no Spring bean");
      } else if (!(context.getBean(bean.group(1)) instanceof JavaDelegate)
          && !(context.getBean(bean.group(1)) instanceof org.camunda.bpm.engine.delegate.ExecutionListener)
          && !(context.getBean(bean.group(1)) instanceof org.camunda.bpm.engine.delegate.TaskListener)) {
        problems.add(where + " delegate " + bean.group(1) + " is not a delegate or listener");
      }
    }
  }

  private static void checkForm(List<String> problems, String where, BaseElement element, Set<String> formIds) {
    if (!(element instanceof UserTask) && !(element instanceof StartEvent)) {
      return;
    }
    String formRef = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
    String formKey = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formKey");
    if (formRef == null && element instanceof UserTask) {
      problems.add(where + " has no Camunda Form (camunda:formRef)");
    }
    if (element instanceof UserTask task && task.getCamundaCandidateGroups() == null
        && task.getCamundaAssignee() == null && task.getCamundaCandidateUsers() == null) {
      problems.add(where + " has no candidate groups");
    }
    if (formRef == null && element instanceof StartEvent start && start.getEventDefinitions().isEmpty()
        && start.getParentElement() instanceof Process) {
      problems.add(where + " (a plain start event) has no start form");
    }
    if (formRef != null && formKey != null) {
      problems.add(where + " has both formKey and formRef");
    }
    if (formRef != null) {
      String binding = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding");
      if (!"deployment".equals(binding)) {
        problems.add(where + " formRef binding must be 'deployment'");
      }
      if (!formIds.contains(formRef)) {
        problems.add(where + " refers to form " + formRef + " which is not in forms/");
      }
    }
  }

  static List<Path> bpmnFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  @Test
  void everyFormIsReadableByTasklistAndValidatesItsInputs() throws IOException {
    List<String> problems = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (File form : formFiles()) {
      var root = json.readTree(form);
      if (root.path("schemaVersion").asInt() > 16) {
        problems.add(form.getName() + ": schemaVersion above 16 (Tasklist 7.24 runs form-js 1.8)");
      }
      if (!form.getName().equals(kebab(root.path("id").asText()) + ".form")) {
        problems.add(form.getName() + ": file should be named " + kebab(root.path("id").asText()) + ".form");
      }
      checkInputs(problems, form.getName(), root.path("components"));
    }
    assertThat(problems).isEmpty();
  }

  private static void checkInputs(List<String> problems, String form, com.fasterxml.jackson.databind.JsonNode components) {
    for (var component : components) {
      boolean input = component.has("key") && !component.path("readonly").asBoolean(false)
          && !component.path("disabled").asBoolean(false);
      if (input && !"checkbox".equals(component.path("type").asText()) && !component.has("validate")) {
        problems.add(form + ": input " + component.path("key").asText() + " has no validation");
      }
      // form-js 1.8 keeps an (empty) error entry for every row of a dynamic list that changed, and
      // Tasklist 7.24 disables Complete/Start while any entry exists: the form could never be sent
      if ("dynamiclist".equals(component.path("type").asText()) || component.path("isRepeating").asBoolean(false)) {
        problems.add(form + ": " + component.path("id").asText() + " is a dynamic list, which Tasklist cannot submit;"
            + " use a textarea in a group with a path (FormValues.lines)");
      }
      checkInputs(problems, form, component.path("components"));
    }
  }

  static Set<String> formIds() throws IOException {
    Set<String> ids = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (File form : formFiles()) {
      ids.add(json.readTree(form).get("id").asText());
    }
    return ids;
  }

  private static List<File> formFiles() {
    File[] files = new File("forms").listFiles((dir, name) -> name.endsWith(".form"));
    return files == null ? List.of() : List.of(files);
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
  }
}
