package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What raises a requirement (the body of {@code POST /api/requirements}): the typed way into the
 * requirement process.
 *
 * @param urgency high, medium or low; medium when left out
 * @param requirementType feature, optimisation, fault-fix or compliance; feature when left out
 * @param system the owning system's CMDB item, or null
 * @param expectedDate the day it is expected, such as 2026-08-01
 */
public record RequirementRequest(String title, String content, String system, String urgency, String requirementType,
    String expectedDate) {

  /** The process's start variables, those left out omitted. */
  Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    TITLE.put(variables, title);
    CONTENT.put(variables, content);
    SYSTEM.put(variables, system);
    URGENCY.put(variables, urgency);
    REQUIREMENT_TYPE.put(variables, requirementType);
    EXPECTED_DATE.put(variables, expectedDate);
    variables.values().removeIf(Objects::isNull);
    return variables;
  }
}
