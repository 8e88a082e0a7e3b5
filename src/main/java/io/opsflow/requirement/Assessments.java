package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import java.time.ZoneId;

/** The project manager's assessment, read from the process's variables. */
final class Assessments {

  private Assessments() {
  }

  static RequirementRecords.Assessment of(RequirementVariables requirement, ZoneId zone) {
    return new RequirementRecords.Assessment(requirement.string(FEASIBILITY), requirement.string(BREAKDOWN),
        requirement.number(EFFORT_DAYS), requirement.string(OVERALL_PLAN),
        RequirementValues.date(requirement.value(TARGET_DATE), zone), requirement.devLead());
  }
}
