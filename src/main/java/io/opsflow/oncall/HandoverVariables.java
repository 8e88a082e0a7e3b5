package io.opsflow.oncall;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The shift handover's variables: names (a contract with the rota and the forms) and typed access. */
public final class HandoverVariables extends ProcessVariables<HandoverVariables> {

  // given at start (the rota's ShiftEnded message, or a person's start form)
  /** The group on duty. */
  public static final Variable<String> TEAM = Variable.text("team");
  /** The user whose shift ends: writes the handover. */
  public static final Variable<String> OUTGOING = Variable.text("outgoing");
  /** The user whose shift begins: acknowledges it; null when nobody follows (then the team acknowledges). */
  public static final Variable<String> INCOMING = Variable.optionalText("incoming");
  public static final Variable<Instant> SHIFT_START = Variable.time("shiftStart");
  public static final Variable<Instant> SHIFT_END = Variable.time("shiftEnd");
  /** What a start may carry. */
  public static final Set<String> START = Variable.names(TEAM, OUTGOING, INCOMING, SHIFT_START, SHIFT_END);

  // set by the process
  public static final Variable<String> HANDOVER_NUMBER = Variable.text("handoverNumber");
  /** How long the incoming person has to acknowledge (ISO duration, opsflow.oncall.handover-ack). */
  public static final Variable<String> ACKNOWLEDGE_WITHIN = Variable.text("acknowledgeWithin");
  /** What happened on the shift, as OpsFlow's own records tell it. */
  public static final Variable<String> SHIFT_SUMMARY = Variable.text("shiftSummary");
  public static final Variable<Integer> INCIDENTS_OPENED = Variable.count("incidentsOpened");
  public static final Variable<Integer> INCIDENTS_RESOLVED = Variable.count("incidentsResolved");
  public static final Variable<Integer> INCIDENTS_OPEN = Variable.count("incidentsOpen");
  public static final Variable<Integer> CHANGES_IMPLEMENTED = Variable.count("changesImplemented");
  public static final Variable<Integer> ALERT_ISSUES = Variable.count("alertIssues");
  public static final Variable<Integer> INSPECTION_ANOMALIES = Variable.count("inspectionAnomalies");

  // "Write the handover"
  public static final Variable<String> OPERATIONS_DONE = Variable.text("operationsDone");
  public static final Variable<String> SYSTEM_STATE = Variable.text("systemState");
  public static final Variable<String> OPEN_POINTS = Variable.text("openPoints");

  // "Acknowledge the handover"
  public static final Variable<Boolean> ACKNOWLEDGED = Variable.flag("acknowledged");
  public static final Variable<String> REMARKS = Variable.optionalText("remarks");
  public static final Variable<String> ACKNOWLEDGED_BY = Variable.text("acknowledgedBy");
  public static final Variable<Instant> ACKNOWLEDGED_AT = Variable.time("acknowledgedAt");
  /** The handover was not acknowledged in time and went to the operations administrators. */
  public static final Variable<Boolean> ESCALATED = Variable.flag("escalated");

  private HandoverVariables(VariableScope scope) {
    super(scope);
  }

  public static HandoverVariables of(VariableScope scope) {
    return new HandoverVariables(scope);
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<HandoverVariables> {

    @Override
    default HandoverVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
