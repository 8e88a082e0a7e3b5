package io.opsflow.oncall;

/** The ids of the on-call models' elements and the messages that code and tests refer to. */
public final class OnCallIds {

  public static final String SCHEDULE = "OnCallSchedule";
  /**
   * Sent once per shift when it ends (by the schedule), with the variables of
   * {@link OnCallScheduleVariables#TEAM} and after: it starts the shift's handover, when a model receives it.
   */
  public static final String SHIFT_ENDED_MESSAGE = "ShiftEnded";

  public static final String CHECK_DUE = "Event_OnCallCheckDue";
  public static final String FIND_SHIFTS_ENDED = "Activity_FindShiftsEnded";
  public static final String START_HANDOVER = "Activity_StartHandover";
  public static final String HANDOVERS_STARTED = "Event_HandoversStarted";
  public static final String NO_SHIFT_ENDED = "Event_NoShiftEnded";

  private OnCallIds() {
  }
}
