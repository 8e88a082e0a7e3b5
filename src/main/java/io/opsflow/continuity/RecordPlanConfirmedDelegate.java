package io.opsflow.continuity;

import org.springframework.stereotype.Component;

/**
 * "Record plan confirmed": the drill's plan review (after every drill, 容灾管理 3.3 对灾备计划进行修订)
 * found the DR plan still valid; the drill's record says so (status PLAN_CONFIRMED), as a revision
 * would (status REVISED, the plan's next version), with the reviewers' notes, kept beyond the
 * engine's history.
 */
@Component("recordPlanConfirmed")
record RecordPlanConfirmedDelegate(RecoveryRecords records) implements RecoveryVariables.Step {

  @Override
  public void execute(RecoveryVariables recovery) {
    records.planConfirmed(recovery.number(), recovery.get(RecoveryVariables.PLAN_REVIEW_NOTES));
  }
}
