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

  public static final String PAGING = "OnCallPaging";
  /** Sent when an incident's first tier task is created: starts OnCallPaging, business key the incident number. */
  public static final String INCIDENT_PAGED_MESSAGE = "IncidentPaged";
  /** The paged person (or anyone of the incident's tier) took the incident: the page waits no more. */
  public static final String PAGE_ACKNOWLEDGED_MESSAGE = "PageAcknowledged";

  public static final String INCIDENT_PAGED = "Event_IncidentPaged";
  public static final String DECIDE_PAGING = "Activity_DecidePaging";
  public static final String NO_PAGE_NEEDED = "Event_NoPageNeeded";
  public static final String FIND_ON_DUTY = "Activity_FindOnDuty";
  public static final String PAGE_PERSON = "Activity_PagePerson";
  public static final String TAKEN_MEANWHILE = "Event_TakenMeanwhile";
  public static final String AWAIT_ACKNOWLEDGEMENT = "Activity_AwaitAcknowledgement";
  public static final String NO_ACKNOWLEDGEMENT = "Event_NoAcknowledgement";
  public static final String TAKE_NEXT_ON_LIST = "Activity_TakeNextOnList";
  public static final String PAGE_INCIDENT_MANAGERS = "Activity_PageIncidentManagers";
  public static final String PAGE_ACKNOWLEDGED = "Event_PageAcknowledged";
  public static final String INCIDENT_MANAGERS_PAGED = "Event_IncidentManagersPaged";

  private OnCallIds() {
  }
}
