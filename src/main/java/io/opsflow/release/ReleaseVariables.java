package io.opsflow.release;

import io.opsflow.platform.Inputs;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The release process's variables: names (the contract callers map in and out) and typed access. */
public final class ReleaseVariables {

  // given by the caller (call activity) or the start form
  public static final String SUMMARY = "summary";
  public static final String AFFECTED_CIS = "affectedCis";
  public static final String SOURCE_NUMBER = "sourceNumber";
  public static final String RELEASE_CONTENTS = "releaseContents";
  public static final String RELEASE_TEAM = "releaseTeam";
  // set by the process
  public static final String RELEASE_NUMBER = "releaseNumber";
  /** The released items as one line of text, for the task forms. */
  public static final String AFFECTED_ITEMS = "affectedItems";
  public static final String WATCH_UNTIL = "watchUntil";
  public static final String RELEASE_OUTCOME = "releaseOutcome";
  // set by people completing tasks
  public static final String VERSION = "version";
  public static final String PLANNED_DEPLOYMENT = "plannedDeployment";
  public static final String WATCH_PERIOD = "watchPeriod";
  public static final String ROLLBACK_PLAN = "rollbackPlan";
  public static final String BUILD_NOTES = "buildNotes";
  public static final String TEST_PASSED = "testPassed";
  public static final String TEST_NOTES = "testNotes";
  public static final String DEPLOYMENT_NOTES = "deploymentNotes";
  public static final String INCIDENT_NUMBER = "incidentNumber";
  public static final String ROLL_BACK = "rollBack";
  public static final String ROLLBACK_NOTES = "rollbackNotes";
  public static final String REVIEW_SUMMARY = "reviewSummary";

  private final VariableScope scope;

  private ReleaseVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static ReleaseVariables of(VariableScope scope) {
    return new ReleaseVariables(scope);
  }

  public String releaseNumber() {
    return string(RELEASE_NUMBER);
  }

  public String summary() {
    return string(SUMMARY);
  }

  public List<String> affectedCis() {
    return Inputs.textList(scope.getVariables(), AFFECTED_CIS);
  }

  public String sourceNumber() {
    return string(SOURCE_NUMBER);
  }

  public String releaseContents() {
    return string(RELEASE_CONTENTS);
  }

  public String releaseTeam() {
    return string(RELEASE_TEAM);
  }

  public String version() {
    return string(VERSION);
  }

  public Instant plannedDeployment() {
    return Inputs.instant(scope.getVariables(), PLANNED_DEPLOYMENT);
  }

  public String watchPeriod() {
    return string(WATCH_PERIOD);
  }

  public String rollbackPlan() {
    return string(ROLLBACK_PLAN);
  }

  public String incidentNumber() {
    return string(INCIDENT_NUMBER);
  }

  public String outcome() {
    return string(RELEASE_OUTCOME);
  }

  public String reviewSummary() {
    return string(REVIEW_SUMMARY);
  }

  public Date watchUntil() {
    return (Date) scope.getVariable(WATCH_UNTIL);
  }

  public ReleaseVariables set(String name, Object value) {
    scope.setVariable(name, value);
    return this;
  }

  private String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
