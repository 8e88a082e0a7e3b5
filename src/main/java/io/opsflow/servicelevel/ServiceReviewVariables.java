package io.opsflow.servicelevel;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of the monthly service review. */
public final class ServiceReviewVariables extends ProcessVariables<ServiceReviewVariables> {

  // the schedule's check
  public static final Variable<Boolean> REVIEW_DUE = Variable.flag("reviewDue");
  // the review
  public static final Variable<String> REVIEW_NUMBER = Variable.text("reviewNumber");
  /** The month reviewed, the one before the review's: 2026-11 for SRV-2026-12. */
  public static final Variable<String> REVIEW_MONTH = Variable.text("reviewMonth");
  /** Where the process owner opens the month's report page. */
  public static final Variable<String> REPORT_LINK = Variable.text("reportLink");
  /** The verdicts, one line each ("Availability of Online shop: 99.950 % against 99.9 %: met / 达标"). */
  public static final Variable<String> VERDICTS = Variable.text("verdicts");
  /** The services whose availability missed its target this month and the month before. */
  public static final Variable<List<String>> MISSED_TWICE = Variable.textList("missedTwice");
  public static final Variable<Boolean> MISSED_TWICE_FOUND = Variable.flag("missedTwiceFound");
  /** The operations work plans' items past their due date and not done, one line each ("None / 无" when none). */
  public static final Variable<String> OVERDUE_WORK_ITEMS = Variable.optionalText("overdueWorkItems");
  public static final Variable<String> REVIEW_NOTES = Variable.text("reviewNotes");
  /** The improvement actions recorded: {@code action}, {@code owner} (a user id), {@code due} (a date). */
  public static final Variable<List<Map<String, Object>>> IMPROVEMENT_ACTIONS = Variable.rows("improvementActions");
  /** The numbers of the actions to follow, one instance of "Follow improvement action" each. */
  public static final Variable<List<String>> ACTIONS = Variable.textList("actions");
  public static final Variable<Boolean> ACTIONS_RECORDED = Variable.flag("actionsRecorded");
  // one improvement action (local to its instance)
  public static final Variable<String> ACTION_NO = Variable.text("actionNo");
  public static final Variable<String> ACTION_TEXT = Variable.text("actionText");
  public static final Variable<String> ACTION_OWNER = Variable.text("actionOwner");
  public static final Variable<Instant> ACTION_DUE = Variable.time("actionDue");
  public static final Variable<String> DONE_NOTE = Variable.text("doneNote");

  private ServiceReviewVariables(VariableScope scope) {
    super(scope);
  }

  public static ServiceReviewVariables of(VariableScope scope) {
    return new ServiceReviewVariables(scope);
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<ServiceReviewVariables> {

    @Override
    default ServiceReviewVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
