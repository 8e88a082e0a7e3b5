package io.opsflow.workplan;

/** The ids of WorkPlanApproval's elements that code and tests refer to. */
public final class WorkPlanIds {

  public static final String PROCESS = "WorkPlanApproval";
  public static final String PREFIX = "WPL";

  public static final String SUBMITTED = "Event_PlanSubmitted";
  public static final String APPROVE = "Activity_ApprovePlan";
  public static final String PUT_IN_FORCE = "Activity_PutPlanInForce";
  public static final String IN_FORCE = "Event_PlanInForce";
  public static final String RETURN = "Activity_ReturnPlan";
  public static final String RETURNED = "Event_PlanReturned";

  private WorkPlanIds() {
  }
}
