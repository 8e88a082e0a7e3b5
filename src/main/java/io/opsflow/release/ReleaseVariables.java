package io.opsflow.release;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The release process's variables: names (the contract callers map in and out) and typed access. */
public final class ReleaseVariables extends ProcessVariables<ReleaseVariables> {

  // given by the caller (call activity) or the start form
  public static final Variable<String> SUMMARY = Variable.text("summary");
  public static final Variable<List<String>> AFFECTED_CIS = Variable.textList("affectedCis");
  public static final Variable<String> SOURCE_NUMBER = Variable.text("sourceNumber");
  public static final Variable<String> RELEASE_CONTENTS = Variable.text("releaseContents");
  public static final Variable<String> RELEASE_TEAM = Variable.text("releaseTeam");
  // set by the process
  public static final Variable<String> RELEASE_NUMBER = Variable.text("releaseNumber");
  /** The released items as one line of text, for the task forms. */
  public static final Variable<String> AFFECTED_ITEMS = Variable.text("affectedItems");
  public static final Variable<Instant> WATCH_UNTIL = Variable.time("watchUntil");
  public static final Variable<String> RELEASE_OUTCOME = Variable.text("releaseOutcome");
  // set by people completing tasks
  public static final Variable<String> VERSION = Variable.text("version");
  public static final Variable<Instant> PLANNED_DEPLOYMENT = Variable.time("plannedDeployment");
  public static final Variable<String> WATCH_PERIOD = Variable.text("watchPeriod");
  public static final Variable<String> ROLLBACK_PLAN = Variable.text("rollbackPlan");
  public static final Variable<String> BUILD_NOTES = Variable.text("buildNotes");
  public static final Variable<Boolean> TEST_PASSED = Variable.flag("testPassed");
  public static final Variable<String> TEST_NOTES = Variable.text("testNotes");
  public static final Variable<String> DEPLOYMENT_NOTES = Variable.text("deploymentNotes");
  /** The incidents on the released items that the rollback decision is about, comma-separated. */
  public static final Variable<String> INCIDENT_NUMBER = Variable.text("incidentNumber");
  public static final Variable<Boolean> ROLL_BACK = Variable.flag("rollBack");
  public static final Variable<String> ROLLBACK_NOTES = Variable.text("rollbackNotes");
  public static final Variable<String> REVIEW_SUMMARY = Variable.text("reviewSummary");

  /** What a start may carry (a caller's or the start form's). */
  public static final Set<String> START = Variable.names(SUMMARY, AFFECTED_CIS, SOURCE_NUMBER, RELEASE_CONTENTS, RELEASE_TEAM);

  private ReleaseVariables(VariableScope scope) {
    super(scope);
  }

  public static ReleaseVariables of(VariableScope scope) {
    return new ReleaseVariables(scope);
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<ReleaseVariables> {

    @Override
    default ReleaseVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
