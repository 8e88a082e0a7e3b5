package io.opsflow.release;

import io.opsflow.platform.StartValidator;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The release's start rules for starts through Camunda's REST and Tasklist. */
@Component
class ReleaseStartValidator implements StartValidator {

  private final ReleaseInput input;

  ReleaseStartValidator(ReleaseInput input) {
    this.input = input;
  }

  @Override
  public String processKey() {
    return ReleaseIds.PROCESS;
  }

  @Override
  public Set<String> startVariables() {
    return Set.of(ReleaseVariables.SUMMARY, ReleaseVariables.AFFECTED_CIS, ReleaseVariables.SOURCE_NUMBER,
        ReleaseVariables.RELEASE_CONTENTS, ReleaseVariables.RELEASE_TEAM);
  }

  @Override
  public void check(Map<String, Object> variables) {
    input.checkStart(variables);
  }
}
