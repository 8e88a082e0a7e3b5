package io.opsflow.equipment;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The preventive maintenance's variables (and its schedule's): names and typed access. */
public final class MaintenanceVariables extends ProcessVariables<MaintenanceVariables> {

  // the schedule
  public static final Variable<Instant> CHECKED_AT = Variable.time("checkedAt");
  public static final Variable<List<String>> PLANS_DUE = Variable.textList("plansDue");
  public static final Variable<Boolean> MAINTENANCE_DUE = Variable.flag("maintenanceDue");
  // the start: the plan claimed and its due time
  public static final Variable<String> MAINTENANCE_NUMBER = Variable.text("maintenanceNumber");
  public static final Variable<String> PLAN_ID = Variable.text("planId");
  public static final Variable<Instant> DUE_AT = Variable.time("dueAt");
  // the plan's version the maintenance runs
  public static final Variable<String> PLAN_NAME = Variable.text("planName");
  public static final Variable<Integer> PLAN_VERSION = Variable.number("planVersion");
  public static final Variable<String> PLAN_CYCLE = Variable.text("planCycle");
  /** The plan's checklist, one item a line (shown to the reviewer, who may rewrite it). */
  public static final Variable<String> PLAN_CHECKLIST = Variable.text("planChecklist");
  public static final Variable<String> MAINTENANCE_GROUP = Variable.text("maintenanceGroup");
  /** The summary "My tickets" shows. */
  public static final Variable<String> SUMMARY = Variable.text("summary");
  /**
   * One row per item maintained and checklist item: {@code ci}, {@code ciName}, {@code item},
   * {@code itemName} (given), {@code status} (ok or finding) and {@code note} (filled in).
   */
  public static final Variable<List<Map<String, Object>>> CHECKLIST = Variable.rows("checklist");
  /** The rows the checklist must hold, "ci item" each. */
  public static final Variable<List<String>> CHECKLIST_KEYS = Variable.textList("checklistKeys");
  /** Who completed the last task (RecordCompleterListener), read by the step after it. */
  public static final Variable<String> COMPLETED_BY = Variable.text(RecordCompleterListener.COMPLETED_BY);
  public static final Variable<String> PARTS_USED = Variable.optionalText("partsUsed");
  public static final Variable<String> READINGS = Variable.optionalText("readings");
  public static final Variable<Boolean> FINDING_FOUND = Variable.flag("findingFound");
  /** The repairs opened for the findings, REP numbers. */
  public static final Variable<List<String>> REPAIR_NUMBERS = Variable.textList("repairNumbers");
  // the review
  public static final Variable<String> FEEDBACK = Variable.text("feedback");
  public static final Variable<Boolean> ADJUST_PLAN = Variable.flag("adjustPlan");
  public static final Variable<String> ADJUSTED_CYCLE = Variable.optionalText("adjustedCycle");
  /** The checklist as the plan's next version has it, one item a line. */
  public static final Variable<String> ADJUSTED_CHECKLIST = Variable.optionalText("adjustedChecklist");

  private MaintenanceVariables(VariableScope scope) {
    super(scope);
  }

  public static MaintenanceVariables of(VariableScope scope) {
    return new MaintenanceVariables(scope);
  }

  /** The key of a checklist row: "ci item". */
  static String key(Object ci, Object item) {
    return ci + " " + item;
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<MaintenanceVariables> {

    @Override
    default MaintenanceVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
