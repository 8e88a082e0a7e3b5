package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.DEV_TASK;
import static io.opsflow.requirement.RequirementVariables.REQUIREMENT_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A step of a development branch: it records what happened to the branch's task on the ticket. */
abstract class DevTaskDelegate implements JavaDelegate {

  protected final RequirementRecords records;

  DevTaskDelegate(RequirementRecords records) {
    this.records = records;
  }

  @Override
  public final void execute(DelegateExecution execution) {
    RequirementVariables branch = RequirementVariables.of(execution);
    String number = branch.get(REQUIREMENT_NUMBER);
    execute(branch, number, records.task(number, branch.get(DEV_TASK)).orElseThrow());
  }

  /** The step, on the branch's variables and its task as the ticket keeps it. */
  abstract void execute(RequirementVariables branch, String number, RequirementRecords.DevTask task);
}
