package io.opsflow.continuity;

import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The continuity schedule's variables: when the daily check looked, and what it found due. */
public final class ScheduleVariables extends ProcessVariables<ScheduleVariables> {

  /** When the check looked for due work: what was due then is started, once. */
  public static final Variable<Instant> CHECKED_AT = Variable.time("checkedAt");
  public static final Variable<Boolean> DRILL_DUE = Variable.flag("drillDue");
  public static final Variable<List<String>> PLANS_DUE = Variable.textList("plansDue");
  public static final Variable<Boolean> BACKUP_TEST_DUE = Variable.flag("backupTestDue");
  public static final Variable<List<String>> SYSTEMS_DUE = Variable.textList("systemsDue");
  /** The element of PLANS_DUE one instance of "Start drill" starts: the plan whose drill is due. */
  public static final Variable<String> PLAN_ID = Variable.text("planId");
  /** The element of SYSTEMS_DUE one instance of "Start backup test" starts: the system whose test is due. */
  public static final Variable<String> SYSTEM_ID = Variable.text("systemId");

  private ScheduleVariables(VariableScope scope) {
    super(scope);
  }

  public static ScheduleVariables of(VariableScope scope) {
    return new ScheduleVariables(scope);
  }
}
