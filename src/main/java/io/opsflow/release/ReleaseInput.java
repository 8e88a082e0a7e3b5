package io.opsflow.release;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.Inputs;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * What may start a release and complete its tasks. The start validator (REST, Tasklist) and the
 * engine listener (every start, calls from other processes, every task) ask it; a refusal is a
 * {@link BadRequestException} naming the field.
 */
@Component("releaseInputRules")
class ReleaseInput {

  /** The longest watch period a release plan may ask for. */
  static final Duration LONGEST_WATCH = Duration.ofDays(30);

  private final Cmdb cmdb;
  private final IdentityService identity;

  ReleaseInput(Cmdb cmdb, IdentityService identity) {
    this.cmdb = cmdb;
    this.identity = identity;
  }

  void checkStart(Map<String, Object> variables) {
    Inputs.requireText(variables, ReleaseVariables.SUMMARY, 500);
    Inputs.maxText(variables, ReleaseVariables.RELEASE_CONTENTS, 4000);
    Inputs.maxText(variables, ReleaseVariables.SOURCE_NUMBER, 20);
    cmdb.requireInService(ReleaseVariables.AFFECTED_CIS, Inputs.textList(variables, ReleaseVariables.AFFECTED_CIS));
    Inputs.maxText(variables, ReleaseVariables.RELEASE_TEAM, 50);
    Object team = variables.get(ReleaseVariables.RELEASE_TEAM);
    if (team != null && identity.createGroupQuery().groupId((String) team).count() == 0) {
      throw Inputs.refuse(ReleaseVariables.RELEASE_TEAM, "must name a group, not '" + team + "'");
    }
  }

  void checkCompletion(String taskKey, Map<String, Object> variables) {
    switch (taskKey) {
      case ReleaseIds.PLAN -> {
        Inputs.requireText(variables, ReleaseVariables.VERSION, 50);
        Inputs.requireText(variables, ReleaseVariables.ROLLBACK_PLAN, 4000);
        Inputs.maxText(variables, ReleaseVariables.RELEASE_CONTENTS, 4000);
        Inputs.instant(variables, ReleaseVariables.PLANNED_DEPLOYMENT);
        if (Inputs.duration(variables, ReleaseVariables.WATCH_PERIOD, LONGEST_WATCH) == null) {
          throw Inputs.refuse(ReleaseVariables.WATCH_PERIOD, "is required");
        }
      }
      case ReleaseIds.PREPARE -> Inputs.requireText(variables, ReleaseVariables.BUILD_NOTES, 4000);
      case ReleaseIds.TEST -> {
        Inputs.requireFlag(variables, ReleaseVariables.TEST_PASSED);
        Inputs.maxText(variables, ReleaseVariables.TEST_NOTES, 4000);
        if (Boolean.FALSE.equals(variables.get(ReleaseVariables.TEST_PASSED))) {
          Inputs.requireText(variables, ReleaseVariables.TEST_NOTES, 4000);
        }
      }
      case ReleaseIds.DEPLOY -> Inputs.maxText(variables, ReleaseVariables.DEPLOYMENT_NOTES, 4000);
      case ReleaseIds.DECIDE_ON_ROLLBACK -> Inputs.requireFlag(variables, ReleaseVariables.ROLL_BACK);
      case ReleaseIds.ROLL_BACK -> Inputs.requireText(variables, ReleaseVariables.ROLLBACK_NOTES, 4000);
      case ReleaseIds.REVIEW -> Inputs.requireText(variables, ReleaseVariables.REVIEW_SUMMARY, 4000);
      default -> {
      }
    }
  }
}
