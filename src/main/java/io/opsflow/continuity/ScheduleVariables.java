package io.opsflow.continuity;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The continuity schedule's variables: what the daily check found due. */
public final class ScheduleVariables {

  public static final String DRILL_DUE = "drillDue";
  public static final String PLAN_ID = "planId";
  public static final String BACKUP_TEST_DUE = "backupTestDue";
  public static final String SYSTEM_ID = "systemId";

  private final VariableScope scope;

  private ScheduleVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static ScheduleVariables of(VariableScope scope) {
    return new ScheduleVariables(scope);
  }

  /** The plan whose drill is due. */
  public String planId() {
    return (String) scope.getVariable(PLAN_ID);
  }

  /** The system whose restore test is due. */
  public String systemId() {
    return (String) scope.getVariable(SYSTEM_ID);
  }

  public ScheduleVariables set(String name, Object value) {
    scope.setVariable(name, value);
    return this;
  }
}
