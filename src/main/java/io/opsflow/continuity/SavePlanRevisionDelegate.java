package io.opsflow.continuity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * "Save plan revision" (drill and disaster): the revised targets and runbook become the plan's
 * next version, kept beside the earlier ones, with the revision notes as the reason. The author is
 * the person who completed the revision (in the same transaction), else the drill itself.
 */
@Component("savePlanRevision")
class SavePlanRevisionDelegate implements JavaDelegate {

  private final DrPlans plans;
  private final RecoveryRecords records;

  SavePlanRevisionDelegate(DrPlans plans, RecoveryRecords records) {
    this.plans = plans;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecoveryVariables recovery = RecoveryVariables.of(execution);
    DrPlans.Content now = plans.current(recovery.planId()).current().content();
    DrPlans.Content revised = new DrPlans.Content(now.name(), now.service(), now.scenario(), now.systems(),
        now.backupSystems(), recovery.rtoTargetMinutes(), recovery.rpoTargetMinutes(), recovery.runbookSteps(),
        now.owner(), now.drillInterval());
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String author = user != null && user.getUserId() != null ? user.getUserId() : recovery.number();
    String reason = "After " + recovery.number() + " (" + recovery.verdict() + "): " + recovery.revisionNotes();
    DrPlans.Plan plan = plans.revise(recovery.planId(), revised, author,
        reason.length() > 1000 ? reason.substring(0, 1000) : reason);
    recovery.set(RecoveryVariables.REVISED_PLAN_VERSION, plan.current().version());
    records.planRevised(recovery.number(), plan.current().version());
  }
}
