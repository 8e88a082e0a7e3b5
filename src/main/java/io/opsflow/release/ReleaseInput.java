package io.opsflow.release;

import static io.opsflow.release.ReleaseVariables.*;

import io.opsflow.change.ChangeRecords;
import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.InputListener;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.StartValidator;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * What may start a release and complete its tasks: the start validator (REST, Tasklist) and, as the
 * model's listener at its start and its tasks, every start (a caller's or a release manager's) and
 * every completion. A refusal is a {@link BadRequestException} naming the field.
 */
@Component("releaseInput")
class ReleaseInput extends InputListener {

  /** The longest watch period a release plan may ask for. */
  static final Duration LONGEST_WATCH = Duration.ofDays(30);

  private final Cmdb cmdb;
  private final IdentityService identity;
  private final ChangeRecords changes;

  ReleaseInput(Cmdb cmdb, IdentityService identity, ChangeRecords changes) {
    super("Release not started");
    this.cmdb = cmdb;
    this.identity = identity;
    this.changes = changes;
  }

  /** The release's start rules for starts through Camunda's REST and Tasklist. */
  @Bean
  StartValidator releaseStart() {
    return StartValidator.of(ReleaseIds.PROCESS, START, this::checkStart);
  }

  /** A start through Camunda's REST, Tasklist or the Java API: a release started directly. */
  void checkStart(Map<String, Object> variables) {
    checkStart(variables, false);
  }

  /** A change or a requirement calling the release brings its own number; any other start names its approved change. */
  private void checkStart(Map<String, Object> variables, boolean called) {
    Inputs.requireText(variables, SUMMARY.name(), 500);
    Inputs.maxText(variables, RELEASE_CONTENTS.name(), 4000);
    Inputs.maxText(variables, SOURCE_NUMBER.name(), 20);
    cmdb.requireInService(AFFECTED_CIS.name(), AFFECTED_CIS.from(variables));
    Inputs.maxText(variables, RELEASE_TEAM.name(), 50);
    Object team = variables.get(RELEASE_TEAM.name());
    if (team != null && identity.createGroupQuery().groupId((String) team).count() == 0) {
      throw Inputs.refuse(RELEASE_TEAM.name(), "must name a group, not '" + team + "'");
    }
    if (!called) {
      requireApprovedChange(variables);
    }
  }

  /**
   * 所有的系统变更都应该经过严格的变更管理流程: a release that no change or requirement calls names the
   * approved change it carries out, one still open.
   */
  private void requireApprovedChange(Map<String, Object> variables) {
    String number = SOURCE_NUMBER.from(variables);
    if (number == null || number.isBlank()) {
      throw Inputs.refuse(SOURCE_NUMBER.name(), "is required: every production release goes through change management;"
          + " name the approved change it carries out (CHG-…)");
    }
    ChangeRecords.Change change = changes.find(number.strip()).orElseThrow(() -> Inputs.refuse(SOURCE_NUMBER.name(),
        "names no change: " + number + "; a release started here names the approved change it carries out (CHG-…)"));
    if (!change.approvedAndOpen()) {
      throw Inputs.refuse(SOURCE_NUMBER.name(), "names change " + change.changeNumber() + ", which is not approved and open"
          + " (status " + change.status() + "); only an approved change is released");
    }
  }

  /** At the model's start: called by another process (a change, a requirement), or started directly. */
  @Override
  protected void checkStart(DelegateExecution execution) {
    checkStart(execution.getVariables(), execution.getProcessInstance().getSuperExecution() != null);
  }

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    checkStart(variables);
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    switch (taskKey) {
      case ReleaseIds.PLAN -> {
        Inputs.requireText(variables, VERSION.name(), 50);
        Inputs.requireText(variables, ROLLBACK_PLAN.name(), 4000);
        Inputs.maxText(variables, RELEASE_CONTENTS.name(), 4000);
        PLANNED_DEPLOYMENT.from(variables); // refuses what is no date and time
        if (Inputs.duration(variables, WATCH_PERIOD.name(), LONGEST_WATCH) == null) {
          throw Inputs.refuse(WATCH_PERIOD.name(), "is required");
        }
      }
      case ReleaseIds.PREPARE -> Inputs.requireText(variables, BUILD_NOTES.name(), 4000);
      case ReleaseIds.TEST -> {
        Inputs.requireFlag(variables, TEST_PASSED.name());
        Inputs.maxText(variables, TEST_NOTES.name(), 4000);
        if (Boolean.FALSE.equals(variables.get(TEST_PASSED.name()))) {
          Inputs.requireText(variables, TEST_NOTES.name(), 4000);
        }
      }
      case ReleaseIds.DEPLOY -> Inputs.maxText(variables, DEPLOYMENT_NOTES.name(), 4000);
      case ReleaseIds.DECIDE_ON_ROLLBACK -> Inputs.requireFlag(variables, ROLL_BACK.name());
      case ReleaseIds.ROLL_BACK -> Inputs.requireText(variables, ROLLBACK_NOTES.name(), 4000);
      case ReleaseIds.REVIEW -> Inputs.requireText(variables, REVIEW_SUMMARY.name(), 4000);
      default -> {
      }
    }
  }
}
