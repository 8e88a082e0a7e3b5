package io.opsflow.problem;

import static io.opsflow.platform.Inputs.CATEGORIES;
import static io.opsflow.platform.Inputs.LEVELS;
import static io.opsflow.problem.ProblemVariables.*;

import io.opsflow.platform.Inputs;
import java.util.Collection;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;

/** What may start a problem; the API, the start validator and the engine listener all ask it. */
final class ProblemInput {

  /** What a problem started without them is taken to be: medium impact and urgency, category other. */
  static final Map<String, Object> DEFAULTS = Map.of(IMPACT.name(), "medium", URGENCY.name(), "medium",
      CATEGORY.name(), "other");

  private ProblemInput() {
  }

  static void checkStart(Map<String, Object> variables) {
    Inputs.requireText(variables, SUMMARY.name(), 500);
    Inputs.oneOf(variables, IMPACT.name(), LEVELS);
    Inputs.oneOf(variables, URGENCY.name(), LEVELS);
    Inputs.oneOf(variables, CATEGORY.name(), CATEGORIES);
    Object incidents = INCIDENT_NUMBERS.from(variables);
    if (incidents != null && !(incidents instanceof Collection<?> || incidents instanceof String)) {
      throw Inputs.refuse(INCIDENT_NUMBERS.name(), "must be a list of incident numbers");
    }
    if (incidents instanceof Collection<?> list && !list.stream().allMatch(ProblemInput::isIncidentNumber)) {
      throw Inputs.refuse(INCIDENT_NUMBERS.name(), "must hold incident numbers such as INC-2026-000042");
    }
    Inputs.maxText(variables, REPORTER.name(), 64);
  }

  /** Whether a user id is a user of OpsFlow's identity service. */
  static Predicate<String> users(IdentityService identity) {
    return user -> identity.createUserQuery().userId(user).count() > 0;
  }

  /** As {@link #checkStart(Map)}, and a reporter named must be a user OpsFlow knows (the outcome is mailed to them). */
  static void checkStart(Map<String, Object> variables, Predicate<String> knownUser) {
    checkStart(variables);
    String reporter = REPORTER.from(variables);
    if (reporter != null && !reporter.isBlank() && !knownUser.test(reporter.strip())) {
      throw Inputs.refuse(REPORTER.name(), "'" + reporter + "' is no user of OpsFlow");
    }
  }

  /**
   * Checks what completes a task: confirming the fix verified needs the evidence, saying it did
   * not work needs the reason.
   */
  static void checkCompletion(String taskKey, Map<String, Object> variables) {
    if (ProblemIds.CONFIRM_FIX_VERIFIED.equals(taskKey)) {
      Inputs.requireFlag(variables, FIX_VERIFIED.name());
      if (FIX_VERIFIED.from(variables)) {
        Inputs.requireText(variables, VERIFICATION_EVIDENCE.name(), 4000);
      } else {
        Inputs.requireText(variables, NOT_VERIFIED_REASON.name(), 4000);
      }
    }
  }

  /** An incident number such as INC-2026-000042. */
  static boolean isIncidentNumber(Object value) {
    return value instanceof String text && text.matches("INC-[0-9A-Z-]+");
  }
}
