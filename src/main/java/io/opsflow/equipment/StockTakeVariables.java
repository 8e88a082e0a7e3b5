package io.opsflow.equipment;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The asset stock-take's variables: names (a contract) and typed access. */
public final class StockTakeVariables extends ProcessVariables<StockTakeVariables> {

  // the start contract: the scope (neither: every asset, as the periodic stock-take)
  public static final Variable<String> DEPARTMENT = Variable.optionalText("department");
  public static final Variable<String> LOCATION = Variable.optionalText("location");

  /** Set by StockTakeSchedule only (not in the start contract): the periodic stock-take of every asset. */
  public static final Variable<Boolean> PERIODIC = Variable.flag("periodic");
  public static final Variable<String> INITIATOR = Variable.optionalText("initiator");
  public static final Variable<String> STOCK_TAKE_NUMBER = Variable.text("stockTakeNumber");
  public static final Variable<String> SUMMARY = Variable.text("summary");
  /**
   * The assets expected, one row each: {@code ci}, {@code assetNumber}, {@code name}, {@code department},
   * {@code location}, {@code custodian} (given); {@code result} (found, missing, moved, damaged),
   * {@code foundLocation} (where a moved asset stands) and {@code note} (the counter's).
   */
  public static final Variable<List<Map<String, Object>>> ASSETS = Variable.rows("assets");
  /** The assets the count must hold (configuration item ids). */
  public static final Variable<List<String>> ASSET_KEYS = Variable.textList("assetKeys");
  public static final Variable<Boolean> HAS_DISCREPANCIES = Variable.flag("hasDiscrepancies");
  /**
   * The missing and moved assets for the configuration manager, the rows of {@link #ASSETS} and:
   * {@code resolution} (corrected or investigation), {@code newLocation}, {@code newCustodian} (the
   * CMDB's correction) and {@code resolutionNote} (what was done, or the investigation opened).
   */
  public static final Variable<List<Map<String, Object>>> DISCREPANCIES = Variable.rows("discrepancies");
  public static final Variable<List<String>> DISCREPANCY_KEYS = Variable.textList("discrepancyKeys");
  public static final Variable<String> COMPLETED_BY = Variable.text(RecordCompleterListener.COMPLETED_BY);

  /** The variables a start may carry (the process's contract). */
  public static final Set<String> START = Variable.names(DEPARTMENT, LOCATION);

  private StockTakeVariables(VariableScope scope) {
    super(scope);
  }

  public static StockTakeVariables of(VariableScope scope) {
    return new StockTakeVariables(scope);
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<StockTakeVariables> {

    @Override
    default StockTakeVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
