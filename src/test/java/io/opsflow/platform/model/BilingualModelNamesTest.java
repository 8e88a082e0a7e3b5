package io.opsflow.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every name a person meets in a model (the process's and each step's, event's, gateway's and
 * flow's) is "English / 中文": a Latin half, " / ", a Chinese half, neither holding a "/", as the
 * webapps' language script splits it (issue 15's scheme).
 */
class BilingualModelNamesTest {

  static final Pattern BILINGUAL = Pattern.compile("[^/\\p{IsHan}]+ / [^/]*\\p{IsHan}[^/]*");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"IncidentManagement", "ChangeManagement", "RequirementDelivery", "ProblemManagement",
      "ReleaseManagement", "DisasterRecoveryDrill", "DisasterRecovery", "ServiceRequest", "EquipmentRepair",
      "Inspection", "ShiftHandover", "OnCallSchedule", "OnCallPaging", "ServiceReview", "ConfigurationAudit",
      "ConfigurationAuditSchedule", "SecurityAssessment", "SecurityAssessmentSchedule", "PolicyRevision",
      "PolicyDeviation"})
  void everyNameIsInEnglishAndChinese(String model) {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(Path.of("processes", model + ".bpmn").toFile());
    List<String> names = new java.util.ArrayList<>();
    bpmn.getModelElementsByType(Process.class).forEach(process -> names.add(process.getName()));
    bpmn.getModelElementsByType(FlowElement.class).stream().map(FlowElement::getName)
        .filter(name -> name != null).forEach(names::add);

    assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(name).matches(BILINGUAL));
  }
}
