package io.opsflow.workplan;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of a work plan's approval. */
public final class WorkPlanVariables extends ProcessVariables<WorkPlanVariables> {

  public static final Variable<String> PLAN_NUMBER = Variable.text("planNumber");
  /** The year, quarter or month planned: 2027, 2027-Q1, 2027-03. */
  public static final Variable<String> PERIOD = Variable.text("period");
  public static final Variable<String> PLAN_TITLE = Variable.text("planTitle");
  /** The items as the approver reads them, one line each. */
  public static final Variable<String> PLAN_ITEMS = Variable.text("planItems");
  public static final Variable<String> DRAFTED_BY = Variable.text("draftedBy");
  public static final Variable<Boolean> PLAN_APPROVED = Variable.flag("planApproved");
  /** Why the plan is returned (required then), or a note with the approval. */
  public static final Variable<String> DECISION_NOTE = Variable.optionalText("decisionNote");

  private WorkPlanVariables(VariableScope scope) {
    super(scope);
  }

  public static WorkPlanVariables of(VariableScope scope) {
    return new WorkPlanVariables(scope);
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<WorkPlanVariables> {

    @Override
    default WorkPlanVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
