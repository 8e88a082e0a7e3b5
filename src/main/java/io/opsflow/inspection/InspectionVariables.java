package io.opsflow.inspection;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of the inspection, of its schedule and of its monthly statistics. */
public final class InspectionVariables extends ProcessVariables<InspectionVariables> {

  // given at start (by the schedule)
  public static final Variable<String> INSPECTION_NUMBER = Variable.text("inspectionNumber");
  public static final Variable<String> PLAN_ID = Variable.text("planId");
  /** When the round is due: the group is reminded when it is not done within the plan's time after it. */
  public static final Variable<Instant> DUE_AT = Variable.time("dueAt");
  // set by the process
  public static final Variable<String> PLAN_NAME = Variable.text("planName");
  public static final Variable<String> INSPECTION_GROUP = Variable.text("inspectionGroup");
  public static final Variable<Instant> REMIND_AT = Variable.time("remindAt");
  public static final Variable<Instant> ESCALATE_AT = Variable.time("escalateAt");
  /**
   * The checklist, one row per CI and item: {@code ci}, {@code ciName}, {@code item}, {@code itemName},
   * {@code unit}, then what is found: {@code status} (ok or anomaly), {@code reading}, {@code note},
   * and {@code measuredBy} when an agent measured the reading.
   */
  public static final Variable<List<Map<String, Object>>> CHECKLIST = Variable.rows("checklist");
  /** The rows the checklist must hold, "ci item" each: no row added, none left out. */
  public static final Variable<List<String>> CHECKLIST_KEYS = Variable.textList("checklistKeys");
  /** Who completed the checklist. */
  public static final Variable<String> INSPECTOR = Variable.text("inspector");
  /** The rows ("ci item") with an anomaly or a finding, each of which opens an incident. */
  public static final Variable<List<String>> ANOMALIES = Variable.textList("anomalies");
  public static final Variable<Boolean> ANOMALY_FOUND = Variable.flag("anomalyFound");
  /** The element of ANOMALIES one instance of "Open incident" opens. */
  public static final Variable<String> ANOMALY = Variable.text("anomaly");

  // the schedule
  public static final Variable<Instant> CHECKED_AT = Variable.time("checkedAt");
  public static final Variable<List<String>> PLANS_DUE = Variable.textList("plansDue");
  public static final Variable<Boolean> INSPECTION_DUE = Variable.flag("inspectionDue");

  // the monthly statistics
  /** The month the statistics count ("2026-11"): the one before the month the schedule fires in (UTC). */
  public static final Variable<String> STATISTICS_MONTH = Variable.text("statisticsMonth");
  /** The owner groups of the CIs inspected that month, each mailed its CIs' figures. */
  public static final Variable<List<String>> OWNER_GROUPS = Variable.textList("ownerGroups");
  public static final Variable<Boolean> OWNERS_FOUND = Variable.flag("ownersFound");
  /** The element of OWNER_GROUPS one instance of "Mail statistics" mails. */
  public static final Variable<String> OWNER_GROUP = Variable.text("ownerGroup");

  private InspectionVariables(VariableScope scope) {
    super(scope);
  }

  public static InspectionVariables of(VariableScope scope) {
    return new InspectionVariables(scope);
  }

  /** The key of a checklist row: "ci item". */
  static String key(String ci, String item) {
    return ci + " " + item;
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<InspectionVariables> {

    @Override
    default InspectionVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
