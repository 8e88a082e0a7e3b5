package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.EngineClock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record release application": keeps the chosen tasks and the release form (database, front-end
 * and back-end contents) as a new release attempt, and prepares what the production release
 * needs: the release contents as text and the CMDB items it touches.
 */
@Component("recordReleaseApplication")
class RecordReleaseApplicationDelegate implements JavaDelegate {

  private final RequirementRecords records;
  private final Cmdb cmdb;

  RecordReleaseApplicationDelegate(RequirementRecords records, Cmdb cmdb) {
    this.records = records;
    this.cmdb = cmdb;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables requirement = RequirementVariables.of(execution);
    List<String> tasks = requirement.releaseTasks();
    String database = requirement.get(DATABASE_CHANGES);
    String frontEnd = requirement.get(FRONT_END_CHANGES);
    String backEnd = requirement.get(BACK_END_CHANGES);
    records.releaseApplied(requirement.get(REQUIREMENT_NUMBER), tasks, database, frontEnd, backEnd, EngineClock.now());
    List<String> affected = new ArrayList<>();
    String system = requirement.get(SYSTEM);
    if (system != null && cmdb.find(system.strip()).filter(ci -> !ci.retired()).isPresent()) {
      affected.add(system.strip());
    }
    requirement.set(AFFECTED_CIS, affected)
        .set(RELEASE_CONTENTS, "Tasks: " + String.join(", ", tasks)
            + "\n\nDatabase: " + orNone(database) + "\n\nFront end: " + orNone(frontEnd) + "\n\nBack end: " + orNone(backEnd));
  }

  private static String orNone(String text) {
    return text == null || text.isBlank() ? "none" : text;
  }
}
