package io.opsflow.governance;

/** The ids of PolicyDeviation's elements that code and tests refer to. */
public final class PolicyDeviationIds {

  public static final String PROCESS = "PolicyDeviation";
  public static final String PREFIX = "PDV";

  public static final String REQUESTED = "Event_DeviationRequested";
  public static final String REGISTER = "Activity_RegisterDeviation";
  public static final String APPROVE = "Activity_ApproveDeviation";
  public static final String APPROVED = "Gateway_DeviationApproved";
  public static final String REFUSED = "Event_DeviationRefused";
  public static final String EXPIRY = "Event_DeviationExpiry";
  public static final String EXPIRE = "Activity_ExpireDeviation";
  public static final String EXPIRED = "Event_DeviationExpired";

  private PolicyDeviationIds() {
  }
}
