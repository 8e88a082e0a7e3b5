package io.opsflow.capacity;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of the capacity review and its schedule. The measures of one service (cpuPeak, …,
 * forecastPeak, {@link CapacityReviewIds#MEASURES}) are local to that service's task and read
 * through {@link CapacityInput}.
 */
public final class CapacityReviewVariables extends ProcessVariables<CapacityReviewVariables> {

  public static final Variable<String> REVIEW_NUMBER = Variable.text("reviewNumber");
  /** The quarter a scheduled review covers (2026-Q4); none for a review on demand. */
  public static final Variable<String> SCHEDULED_QUARTER = Variable.optionalText("scheduledQuarter");
  public static final Variable<Boolean> QUARTER_DUE = Variable.flag("quarterDue");
  /** The critical services reviewed (CMDB ids), one "Record the utilisation" each. */
  public static final Variable<List<String>> SERVICES = Variable.textList("services");
  public static final Variable<Boolean> ACTIONS_NEEDED = Variable.flag("actionsNeeded");
  // one service's task (local)
  public static final Variable<String> SERVICE_ID = Variable.text("serviceId");
  public static final Variable<String> SERVICE_NAME = Variable.text("serviceName");
  public static final Variable<String> OWNER_GROUP = Variable.text("ownerGroup");

  private CapacityReviewVariables(VariableScope scope) {
    super(scope);
  }

  public static CapacityReviewVariables of(VariableScope scope) {
    return new CapacityReviewVariables(scope);
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<CapacityReviewVariables> {

    @Override
    default CapacityReviewVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
