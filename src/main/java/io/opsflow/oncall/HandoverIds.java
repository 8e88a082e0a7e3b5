package io.opsflow.oncall;

/** The ids of the shift handover model's elements that code and tests refer to. */
public final class HandoverIds {

  public static final String PROCESS = "ShiftHandover";
  public static final String PREFIX = "HOV";
  /** The rota's schedule sends it at each shift's end, with the start variables of {@link HandoverVariables#START}. */
  public static final String SHIFT_ENDED_MESSAGE = "ShiftEnded";

  public static final String SHIFT_ENDED = "Event_ShiftEnded";
  public static final String HANDOVER_REQUESTED = "Event_HandoverRequested";
  public static final String REGISTER = "Activity_RegisterHandover";
  public static final String SUMMARISE = "Activity_SummariseShift";
  public static final String WRITE = "Activity_WriteHandover";
  public static final String ACKNOWLEDGE = "Activity_AcknowledgeHandover";
  public static final String NOT_ACKNOWLEDGED = "Event_HandoverNotAcknowledged";
  public static final String ESCALATE = "Activity_EscalateHandover";
  public static final String HANDOVER_ESCALATED = "Event_HandoverEscalated";
  public static final String RECORD_DUTY_LOG = "Activity_RecordDutyLog";
  public static final String TAKEN_OVER = "Event_HandoverAcknowledged";

  private HandoverIds() {
  }
}
