package io.opsflow.platform.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * Reads processes/, forms/ and dmn/ as the engine and an analyst meet them, and lists what does
 * not hold together: forms, decisions and beans that do not resolve, elements without diagram
 * shapes, models without history time-to-live or version tag, script tasks.
 */
final class ModelConsistency {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern BEAN = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

  private final Path root;
  private final Predicate<String> beanExists;
  private final List<String> findings = new ArrayList<>();

  private ModelConsistency(Path root, Predicate<String> beanExists) {
    this.root = root;
    this.beanExists = beanExists;
  }

  /** The findings over the checkout at root, one line each; empty when all holds together. */
  static List<String> check(Path root, Predicate<String> beanExists) {
    ModelConsistency check = new ModelConsistency(root, beanExists);
    Set<String> forms = check.forms();
    Set<String> decisions = check.decisions();
    for (Path bpmn : files("processes", ".bpmn", root)) {
      check.process(bpmn, forms, decisions);
    }
    return check.findings;
  }

  private Set<String> forms() {
    Set<String> ids = new HashSet<>();
    for (Path form : files("forms", ".form", root)) {
      try {
        JsonNode json = new ObjectMapper().readTree(form.toFile());
        String id = json.path("id").asText();
        ids.add(id);
        if (!(id + ".form").equals(form.getFileName().toString())) {
          note(form, "form id '" + id + "' differs from the file name");
        }
      } catch (IOException e) {
        note(form, "is not JSON: " + e.getMessage());
      }
    }
    return ids;
  }

  private Set<String> decisions() {
    Set<String> ids = new HashSet<>();
    for (Path dmn : files("dmn", ".dmn", root)) {
      for (Decision decision : Dmn.readModelFromFile(dmn.toFile()).getModelElementsByType(Decision.class)) {
        ids.add(decision.getId());
        if (decision.getCamundaHistoryTimeToLiveString() == null) {
          note(dmn, "decision " + decision.getId() + " has no historyTimeToLive");
        }
      }
    }
    return ids;
  }

  private void process(Path file, Set<String> forms, Set<String> decisions) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Set<String> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        note(file, "process " + process.getId() + " has no historyTimeToLive");
      }
      if (process.getCamundaVersionTag() == null) {
        note(file, "process " + process.getId() + " has no versionTag");
      }
    }
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      String id = element.getId();
      if (!drawn.contains(id)) {
        note(file, element.getElementType().getTypeName() + " " + id + " has no diagram shape");
      }
      if (element instanceof ScriptTask) {
        note(file, "script task " + id + ": scripts are not allowed");
      }
      if (element instanceof UserTask || element instanceof StartEvent) {
        String formRef = element.getAttributeValueNs(CAMUNDA, "formRef");
        if (formRef != null && !forms.contains(formRef)) {
          note(file, id + " refers to form '" + formRef + "', which forms/ lacks");
        }
      }
      if (element instanceof UserTask && formRefMissing(element)) {
        note(file, "user task " + id + " has no camunda:formRef");
      }
      if (element instanceof BusinessRuleTask task) {
        String decisionRef = task.getCamundaDecisionRef();
        if (decisionRef != null && !decisions.contains(decisionRef)) {
          note(file, id + " refers to decision '" + decisionRef + "', which dmn/ lacks");
        }
      }
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      checkBean(file, element.getId(), element.getAttributeValueNs(CAMUNDA, "delegateExpression"));
    }
    model.getModelElementsByType(CamundaExecutionListener.class)
        .forEach(l -> checkBean(file, "an execution listener", l.getCamundaDelegateExpression()));
    model.getModelElementsByType(CamundaTaskListener.class)
        .forEach(l -> checkBean(file, "a task listener", l.getCamundaDelegateExpression()));
  }

  private void checkBean(Path file, String where, String expression) {
    if (expression == null) {
      return;
    }
    Matcher bean = BEAN.matcher(expression);
    if (!bean.matches() || !beanExists.test(bean.group(1))) {
      note(file, where + " delegates to '" + expression + "', which is no bean the models may use");
    }
  }

  private static boolean formRefMissing(FlowElement task) {
    return task.getAttributeValueNs(CAMUNDA, "formRef") == null && task.getAttributeValueNs(CAMUNDA, "formKey") == null;
  }

  private void note(Path file, String message) {
    findings.add(root.relativize(file) + ": " + message);
  }

  private static List<Path> files(String folder, String ending, Path root) {
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().endsWith(ending)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
