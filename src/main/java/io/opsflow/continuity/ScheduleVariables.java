package io.opsflow.continuity;

import io.opsflow.platform.Inputs;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The continuity schedule's variables: when the daily check looked, and what it found due. */
public final class ScheduleVariables {

  public static final String CHECKED_AT = "checkedAt";
  public static final String DRILL_DUE = "drillDue";
  public static final String PLANS_DUE = "plansDue";
  public static final String BACKUP_TEST_DUE = "backupTestDue";
  public static final String SYSTEMS_DUE = "systemsDue";
  /** The element of PLANS_DUE one instance of "Start drill" starts. */
  public static final String PLAN_ID = "planId";
  /** The element of SYSTEMS_DUE one instance of "Start backup test" starts. */
  public static final String SYSTEM_ID = "systemId";

  private final VariableScope scope;

  private ScheduleVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static ScheduleVariables of(VariableScope scope) {
    return new ScheduleVariables(scope);
  }

  /** When the check looked for due work: what was due then is started, once. */
  public Instant checkedAt() {
    return Inputs.instant(scope.getVariables(), CHECKED_AT);
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
