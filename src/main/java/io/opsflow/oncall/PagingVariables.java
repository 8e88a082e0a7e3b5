package io.opsflow.oncall;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of OnCallPaging: the incident it pages for, and whom it pages in turn. */
public final class PagingVariables extends ProcessVariables<PagingVariables> {

  // given by IncidentPaged
  public static final Variable<String> INCIDENT_NUMBER = Variable.text("incidentNumber");
  /** The incident's process instance, whose tier task the paged person is given. */
  public static final Variable<String> INCIDENT_INSTANCE_ID = Variable.text("incidentInstanceId");
  /** The first tier's group: the team whose person on duty is paged. */
  public static final Variable<String> TEAM = Variable.text("team");
  /** The first tier's task the page is about: the one the person paged is given. */
  public static final Variable<String> TIER_TASK_ID = Variable.text("tierTaskId");
  public static final Variable<String> PRIORITY = Variable.text("priority");
  public static final Variable<String> SUMMARY = Variable.text("summary");
  public static final Variable<Boolean> OUTSIDE_BUSINESS_HOURS = Variable.flag("outsideBusinessHours");
  // set by the process
  /** OnCallPaging's (the decision's) answer. */
  public static final Variable<Boolean> PAGE = Variable.flag("page");
  /** Whom to page in turn: the person on duty, then the team's escalation list. */
  public static final Variable<List<String>> PAGE_LIST = Variable.textList("pageList");
  /** How many of the list were paged before the one paged now. */
  public static final Variable<Integer> PAGE_ROUND = Variable.count("pageRound");
  /** The person paged now; null when the list is used up (then the incident managers are paged). */
  public static final Variable<String> PAGED_USER = Variable.optionalText("pagedUser");
  /** The tier task was taken (claimed by someone not paged, or completed) before this page went out. */
  public static final Variable<Boolean> TAKEN = Variable.flag("taken");
  /** Who acknowledged the page (or took the task before it went out). */
  public static final Variable<String> ACKNOWLEDGED_BY = Variable.optionalText("acknowledgedBy");

  private PagingVariables(VariableScope scope) {
    super(scope);
  }

  public static PagingVariables of(VariableScope scope) {
    return new PagingVariables(scope);
  }

  /** A delegate of OnCallPaging, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<PagingVariables> {

    @Override
    default PagingVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
