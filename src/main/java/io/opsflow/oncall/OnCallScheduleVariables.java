package io.opsflow.oncall;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The on-call schedule's variables, and those the ShiftEnded message gives the handover it starts. */
public final class OnCallScheduleVariables extends ProcessVariables<OnCallScheduleVariables> {

  /** When the check looked for ended shifts: each is handed over once. */
  public static final Variable<Instant> CHECKED_AT = Variable.time("checkedAt");
  public static final Variable<List<String>> SHIFTS_ENDED = Variable.textList("shiftsEnded");
  public static final Variable<Boolean> SHIFT_ENDED = Variable.flag("shiftEnded");
  /** The element of SHIFTS_ENDED one instance of "Start handover" hands over. */
  public static final Variable<String> SHIFT_ID = Variable.text("shiftId");

  // the ShiftEnded message's variables
  /** The team (its group id) whose shift ended. */
  public static final Variable<String> TEAM = Variable.text("team");
  /** Who was on duty (user id). */
  public static final Variable<String> OUTGOING = Variable.text("outgoing");
  /** Who is on duty now (user id), or null when the next period is uncovered or not planned. */
  public static final Variable<String> INCOMING = Variable.optionalText("incoming");
  /** When the ended shift began and ended (Dates). */
  public static final Variable<Instant> SHIFT_START = Variable.time("shiftStart");
  public static final Variable<Instant> SHIFT_END = Variable.time("shiftEnd");

  private OnCallScheduleVariables(VariableScope scope) {
    super(scope);
  }

  public static OnCallScheduleVariables of(VariableScope scope) {
    return new OnCallScheduleVariables(scope);
  }

  /** A delegate of the schedule, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<OnCallScheduleVariables> {

    @Override
    default OnCallScheduleVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
