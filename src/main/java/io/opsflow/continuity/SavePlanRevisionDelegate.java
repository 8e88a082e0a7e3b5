package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * "Save plan revision" (drill and disaster): the revised targets and runbook become the plan's
 * next version, kept beside the earlier ones, with the revision notes as the reason; the rest of
 * the plan is carried over from its latest version. A plan retired meanwhile gets the revision as
 * its next version and stays retired. The author is the person who completed the revision (when
 * the step runs in their transaction), else the drill itself.
 */
@Component("savePlanRevision")
record SavePlanRevisionDelegate(DrPlans plans, RecoveryRecords records) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    RecoveryVariables recovery = RecoveryVariables.of(execution);
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String author = user != null && user.getUserId() != null ? user.getUserId() : recovery.number();
    String reason = "After " + recovery.number() + " (" + recovery.get(VERDICT) + ", on version "
        + recovery.get(PLAN_VERSION) + "): " + recovery.get(REVISION_NOTES);
    DrPlans.Version revised = plans.reviseAfterRecovery(recovery.planId(), recovery.get(RTO_TARGET_MINUTES),
        recovery.get(RPO_TARGET_MINUTES), recovery.runbookSteps(), author,
        reason.length() > 1000 ? reason.substring(0, 1000) : reason);
    recovery.set(REVISED_PLAN_VERSION, revised.version());
    records.planRevised(recovery.number(), revised.version(), recovery.get(REVISION_NOTES));
  }
}
