package io.opsflow.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15: a person sees a dependent requirement at the field. Where the requirement and
 * continuity rules (RequirementInput, RecoveryInput, BackupTestInput) ask for a field only in one
 * case, the form shows it, required, only then (form-js validates no hidden field); where a rule
 * compares fields, a hint appears beside them while they disagree. The server's checks stay.
 */
class DeliveryContinuityFieldChecksTest {

  @ParameterizedTest(name = "{0}.{1}")
  @CsvSource(delimiter = '|', value = {
      "RequirementAssessmentForm | rejectionReason | =feasible != false",
      "RequirementAssessmentForm | breakdown | =feasible = false",
      "RequirementAssessmentForm | overallPlan | =feasible = false",
      "RequirementAssessmentForm | devLead | =feasible = false",
      "RequirementScreeningForm | screeningNote | =priorityConfirmed != false",
      "RequirementScopeForm | scopeComments | =scopeConfirmed != false",
      "RequirementTestForm | bugDescription | =testPassed != false",
      "RequirementTestForm | bugSeverity | =testPassed != false",
      "RequirementDeliveryTestForm | findings | =accepted != false",
      "DrillApprovalForm | approvalNotes | =drillApproved != false",
      "PlanReviewForm | planReviewNotes | =not(planStillValid = true and verdict != \"pass\")",
      "RestoreVerificationForm | verificationNotes | =not(integrityVerified = false or dataUsable = false)",
      "BackupVerificationForm | lastBackupAt | =backupsRan != true"})
  void aFieldRequiredInOneCaseIsShownRequiredThen(String form, String key, String hiddenUnless) throws IOException {
    JsonNode field = component(form, "key", key);
    assertThat(field.path("validate").path("required").asBoolean()).as(form + "." + key + " required").isTrue();
    assertThat(field.path("conditional").path("hide").asText()).isEqualTo(hiddenUnless);
  }

  @ParameterizedTest(name = "{0}.{1}")
  @CsvSource(delimiter = '|', value = {
      "RequirementReleaseResultForm | releaseFeedback",
      "RestoreBackupForm | restoreIsolated"})
  void aFieldTheRulesAlwaysOrMostlyWantIsRequired(String form, String key) throws IOException {
    assertThat(component(form, "key", key).path("validate").path("required").asBoolean()).isTrue();
  }

  @ParameterizedTest(name = "{0}.{1}")
  @CsvSource(delimiter = '|', value = {
      "RequirementPlanForm | Text_TaskEndBeforeStart | number(replace(this.end, \"-\", \"\")) < number(replace(this.start",
      "RequirementDeploymentForm | Text_SayWhatIsReleased | backEndChanges = null",
      "BackupVerificationForm | Text_CompareWithSource | sourceRowCount != null and backupRowCount != null"})
  void fieldsThatDisagreeShowAHint(String form, String id, String condition) throws IOException {
    assertThat(component(form, "id", id).path("conditional").path("hide").asText()).contains(condition);
  }

  private static JsonNode component(String form, String property, String value) throws IOException {
    JsonNode found = find(new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile()).path("components"),
        property, value);
    assertThat(found).as(form + " has " + value).isNotNull();
    return found;
  }

  private static JsonNode find(JsonNode components, String property, String value) {
    for (JsonNode component : components) {
      if (value.equals(component.path(property).asText())) {
        return component;
      }
      JsonNode nested = find(component.path("components"), property, value);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }
}
