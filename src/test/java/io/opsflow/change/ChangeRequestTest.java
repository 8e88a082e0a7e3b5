package io.opsflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API's RFC carries exactly the start variables of the change contract, under their names. */
class ChangeRequestTest {

  @Test
  void itsComponentsAreTheStartVariablesAndThoseLeftOutAreOmitted() {
    assertThat(Arrays.stream(ChangeRequest.class.getRecordComponents()).map(RecordComponent::getName))
        .containsExactlyInAnyOrderElementsOf(ChangeVariables.START);
    assertThat(new ChangeRequest("Resize", null, null, List.of("crm-db"), null, null, "Shrink again", true, null, null,
        null, null).variables())
        .containsOnlyKeys("summary", "affectedCis", "backoutPlan", "tested");
  }
}
