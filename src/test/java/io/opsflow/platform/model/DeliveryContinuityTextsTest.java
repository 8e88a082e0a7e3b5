package io.opsflow.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15: the requirement and continuity families speak both languages. Every text a person
 * meets on their forms (labels, help texts, option labels, text blocks line by line), the names in
 * their diagrams and the names Cockpit shows of their decisions read "English / 中文", in the shape
 * the webapps' language script (opsflow-language.js) splits: a Latin half, " / ", a Chinese half
 * without a slash.
 */
class DeliveryContinuityTextsTest {

  /** The webapps' pattern (opsflow-language.js BILINGUAL). */
  private static final Pattern BILINGUAL = Pattern.compile(
      "^(\\s*)([^\\u3400-\\u9fff]*?[^\\s\\u3400-\\u9fff])\\s+/\\s+([^/]*[\\u3400-\\u9fff][^/]*?)(\\s*)$");
  /** Codes that read the same in both languages: P1, INC-1. */
  private static final Pattern CODE = Pattern.compile("^[A-Z0-9-]+$");
  private static final String[] TEXTS = {"label", "description", "dateLabel", "timeLabel"};

  @ParameterizedTest
  @ValueSource(strings = {"RequirementDelivery", "DisasterRecoveryDrill", "DisasterRecovery", "BackupRestoreTest",
      "ShiftHandover", "PolicyRevision", "PolicyDeviation"})
  void everyTextOnTheFormsIsInBothLanguages(String process) throws IOException {
    List<String> unilingual = new ArrayList<>();
    for (String form : formRefs(process)) {
      collect(new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile()).path("components"), form, unilingual);
    }
    assertThat(unilingual).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"DisasterRecoveryDrill", "DisasterRecovery", "BackupRestoreTest", "ContinuitySchedule"})
  void everyNameInTheDiagramIsInBothLanguages(String process) {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + process + ".bpmn"));
    List<String> unilingual = new ArrayList<>();
    for (Process definition : model.getModelElementsByType(Process.class)) {
      check(definition.getName(), definition.getId(), unilingual);
    }
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if (element.getName() != null) {
        check(element.getName(), element.getId(), unilingual);
      }
    }
    assertThat(unilingual).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"DrillVerdict", "SystemRecoveryVerdict", "RequirementPriority"})
  void everyDecisionNameAndColumnIsInBothLanguages(String file) {
    DmnModelInstance model = Dmn.readModelFromFile(new File("dmn/" + file + ".dmn"));
    List<String> unilingual = new ArrayList<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      check(decision.getName(), decision.getId(), unilingual);
    }
    for (Input input : model.getModelElementsByType(Input.class)) {
      check(input.getLabel(), input.getId(), unilingual);
    }
    for (Output output : model.getModelElementsByType(Output.class)) {
      check(output.getLabel(), output.getId(), unilingual);
    }
    assertThat(unilingual).isEmpty();
  }

  private static TreeSet<String> formRefs(String process) {
    TreeSet<String> forms = new TreeSet<>();
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + process + ".bpmn"));
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      String ref = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
      if (ref != null) {
        forms.add(ref);
      }
    }
    assertThat(forms).as(process + " has forms").isNotEmpty();
    assertThat(model.getModelElementsByType(UserTask.class)).isNotEmpty();
    return forms;
  }

  private static void collect(JsonNode components, String form, List<String> unilingual) {
    for (JsonNode component : components) {
      String where = form + "." + component.path("id").asText();
      for (String key : TEXTS) {
        if (component.hasNonNull(key)) {
          check(component.get(key).asText(), where, unilingual);
        }
      }
      if (component.hasNonNull("text")) {
        for (String line : component.get("text").asText().split("\n")) {
          if (!line.isBlank()) {
            check(line.replaceFirst("^#+\\s*", ""), where, unilingual);
          }
        }
      }
      for (JsonNode option : component.path("values")) {
        check(option.path("label").asText(), where, unilingual);
      }
      collect(component.path("components"), form, unilingual);
    }
  }

  private static void check(String text, String where, List<String> unilingual) {
    if (text == null || !(BILINGUAL.matcher(text).matches() || CODE.matcher(text).matches())) {
      unilingual.add(where + ": " + text);
    }
  }
}
