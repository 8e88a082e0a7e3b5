package io.opsflow.change;

import static io.opsflow.change.ChangeVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.identity.Roles;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.InputListener;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.StartValidator;
import io.opsflow.problem.ProblemRecords;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * What may start a change (an RFC) and complete its tasks: the API and the start validator (REST,
 * Tasklist) ask it, and it listens at the model's starts and tasks. A refusal is a
 * {@link io.opsflow.platform.BadRequestException} naming the field.
 */
@Component("changeInput")
class ChangeInput extends InputListener {

  static final Set<String> TYPES = Set.of(ChangeIds.STANDARD, ChangeIds.NORMAL, ChangeIds.EMERGENCY);

  private final Cmdb cmdb;
  private final ProblemRecords problems;
  private final ChangeSchedule schedule;
  private final IdentityService identity;

  ChangeInput(Cmdb cmdb, ProblemRecords problems, ChangeSchedule schedule, IdentityService identity) {
    super("Change not requested");
    this.cmdb = cmdb;
    this.problems = problems;
    this.schedule = schedule;
    this.identity = identity;
  }

  /** The RFC's rules for starts through Camunda's REST and Tasklist. */
  @Bean
  StartValidator changeStart() {
    return StartValidator.of(ChangeIds.PROCESS, START, this::checkStart);
  }

  /** At the model's two starts: an RFC, or a problem's request. */
  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    if (ChangeIds.REQUESTED_BY_PROBLEM.equals(startEventId)) {
      checkRequestFromProblem(variables);
    } else if (ChangeIds.REQUESTED_BY_SERVICE_REQUEST.equals(startEventId)) {
      checkRequest(variables, true);
      if (!(variables.get(SERVICE_REQUEST_NUMBER.name()) instanceof String number && number.matches("SRQ-\\d{4}-\\d{6}"))) {
        throw Inputs.refuse(SERVICE_REQUEST_NUMBER.name(), "must be a service request number such as SRQ-2026-000007");
      }
    } else {
      checkStart(variables);
    }
  }

  /** An RFC from a person or a system: complete, on configuration items in service. */
  void checkStart(Map<String, Object> variables) {
    checkRequest(variables, true);
  }

  /**
   * An RFC that problem management raised: what a problem knows (summary, the fix, maybe an item);
   * the change manager completes it.
   */
  void checkRequestFromProblem(Map<String, Object> variables) {
    checkRequest(variables, false);
    Inputs.requireText(variables, PROBLEM_NUMBER.name(), 20);
  }

  private void checkRequest(Map<String, Object> variables, boolean complete) {
    Inputs.requireText(variables, SUMMARY.name(), 500);
    Inputs.maxText(variables, DESCRIPTION.name(), 4000);
    Inputs.oneOf(variables, CHANGE_TYPE.name(), TYPES);
    List<String> cis = AFFECTED_CIS.from(variables);
    if (complete && cis.isEmpty()) {
      throw Inputs.refuse(AFFECTED_CIS.name(), "is required: the CMDB ids of the items the change touches");
    }
    cmdb.requireInService(AFFECTED_CIS.name(), cis);
    window(variables, false);
    if (complete && !ChangeIds.STANDARD.equals(variables.get(CHANGE_TYPE.name()))) {
      Inputs.requireText(variables, BACKOUT_PLAN.name(), 4000);
    }
    Inputs.maxText(variables, BACKOUT_PLAN.name(), 4000);
    Inputs.flag(variables, TESTED.name());
    Inputs.flag(variables, URGENT.name());
    Inputs.flag(variables, SHIPS_SOFTWARE.name());
    Inputs.maxText(variables, BUSINESS_JUSTIFICATION.name(), 4000);
    Object problem = variables.get(PROBLEM_NUMBER.name());
    if (problem != null && !(problem instanceof String p && p.matches("PRB-\\d{4}-\\d{6}"))) {
      throw Inputs.refuse(PROBLEM_NUMBER.name(), "must be a problem number such as PRB-2026-000007, not '" + problem + "'");
    }
    // a change may name the problem it fixes; the problem hears only from the change it asked for itself
    if (problem != null && problems.find((String) problem).isEmpty()) {
      throw Inputs.refuse(PROBLEM_NUMBER.name(), "names no problem: " + problem);
    }
  }

  /** The model version whose schedule form names the implementers. */
  static final String IMPLEMENTERS_SINCE = "1.3.0";

  /**
   * A change still running on a model before {@value #IMPLEMENTERS_SINCE} has that model's schedule
   * form, which names no implementers: it is scheduled by that model's rules (its implementation
   * goes to the change implementers' queue, as that model did).
   */
  @Override
  protected void checkCompletion(DelegateExecution execution) {
    checkCompletion(execution.getCurrentActivityId(), execution.getVariables(),
        atLeast(versionTag(execution), IMPLEMENTERS_SINCE));
  }

  /** What a person enters to complete one of the change's tasks (the process's variables around it included). */
  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    checkCompletion(taskKey, variables, true);
  }

  private void checkCompletion(String taskKey, Map<String, Object> variables, boolean namesImplementers) {
    switch (taskKey) {
      case ChangeIds.COMPLETE_REQUEST -> checkRequest(variables, true);
      case ChangeIds.ASSESS -> Inputs.requireText(variables, ASSESSMENT.name(), 4000);
      case ChangeIds.WRITE_PLANS -> { // 制定实施计划、恢复计划, for the CAB to vote on
        Inputs.requireText(variables, IMPLEMENTATION_PLAN.name(), 4000);
        Inputs.requireText(variables, BACKOUT_PLAN.name(), 4000);
      }
      case ChangeIds.VOTE -> {
        Inputs.requireFlag(variables, APPROVED.name());
        Inputs.maxText(variables, COMMENT.name(), 2000);
        if (Boolean.FALSE.equals(variables.get(APPROVED.name()))) {
          Inputs.requireText(variables, COMMENT.name(), 2000); // the requester is told why
        }
      }
      case ChangeIds.DECIDE_ON_VOTES -> {
        Inputs.requireFlag(variables, CAB_APPROVED.name());
        Inputs.requireText(variables, DECISION_NOTE.name(), 2000);
      }
      case ChangeIds.PLAN -> {
        Instant start = window(variables, true);
        if (start.isBefore(EngineClock.now())) {
          throw Inputs.refuse(PLANNED_START.name(), "lies in the past");
        }
        Inputs.flag(variables, SHIPS_SOFTWARE.name());
        if (namesImplementers) {
          checkImplementers(variables);
        }
      }
      case ChangeIds.BUILD_AND_TEST -> Inputs.requireText(variables, BUILD_NOTES.name(), 4000);
      case ChangeIds.TEST_EMERGENCY -> Inputs.requireText(variables, TEST_NOTES.name(), 4000);
      case ChangeIds.GO_NO_GO -> {
        Inputs.requireFlag(variables, GO.name());
        Inputs.maxText(variables, GO_NO_GO_NOTE.name(), 2000);
      }
      case ChangeIds.IMPLEMENT -> {
        Inputs.requireText(variables, IMPLEMENTATION_NOTES.name(), 4000);
        checkCiChanges(variables);
        if (!ChangeIds.EMERGENCY.equals(variables.get(CHANGE_TYPE.name()))) {
          schedule.freezeAt(EngineClock.now()).ifPresent(freeze -> {
            throw Inputs.refuse(IMPLEMENTATION_NOTES.name(), "cannot be recorded now: the change freeze '" + freeze.name()
                + "' is on until " + freeze.end() + "; only emergency changes are carried out in a freeze");
          });
        }
      }
      case ChangeIds.VERIFY -> {
        Inputs.requireFlag(variables, VERIFIED.name());
        Inputs.maxText(variables, VERIFICATION_NOTES.name(), 4000);
      }
      case ChangeIds.RUN_BACKOUT -> {
        Inputs.requireFlag(variables, BACKOUT_SUCCEEDED.name());
        Inputs.requireText(variables, BACKOUT_NOTES.name(), 4000);
      }
      case ChangeIds.REVIEW -> {
        Inputs.requireText(variables, REVIEW_NOTES.name(), 4000);
        Inputs.requireFlag(variables, KNOWLEDGE_ARTICLE_NEEDED.name()); // every change answers it (变更知识库更新)
      }
      case ChangeIds.DECIDE_KNOWLEDGE -> Inputs.requireFlag(variables, KNOWLEDGE_ARTICLE_NEEDED.name());
      default -> {
      }
    }
  }

  /**
   * 将变更分派到技术人员: the change manager names the implementers, each a known person who is a change
   * implementer or a member of a group owning one of the affected items.
   */
  private void checkImplementers(Map<String, Object> variables) {
    List<String> people = IMPLEMENTERS.from(variables);
    if (people.isEmpty()) {
      throw Inputs.refuse(IMPLEMENTERS.name(), "is required: name the people who carry out the change");
    }
    Set<String> allowed = new TreeSet<>(Set.of(Roles.CHANGE_IMPLEMENTER));
    AFFECTED_CIS.from(variables).forEach(ci -> cmdb.find(ci).map(Cmdb.Item::ownerGroup).ifPresent(allowed::add));
    for (String person : people) {
      if (identity.createUserQuery().userId(person).count() == 0) {
        throw Inputs.refuse(IMPLEMENTERS.name(), "names no user: " + person);
      }
      if (identity.createGroupQuery().groupMember(person).groupIdIn(allowed.toArray(String[]::new)).count() == 0) {
        throw Inputs.refuse(IMPLEMENTERS.name(), "names " + person + ", who is neither a change implementer nor in a group"
            + " owning an affected item (" + String.join(", ", allowed) + ")");
      }
    }
  }

  /** The recorded configuration changes name items of this change and say which attribute becomes what. */
  private static void checkCiChanges(Map<String, Object> variables) {
    List<String> cis = AFFECTED_CIS.from(variables);
    for (ChangeVariables.CiChange change : ChangeVariables.ciChanges(variables)) {
      if (change.ci() == null || !cis.contains(change.ci())) {
        throw Inputs.refuse(CI_CHANGES.name(), "names '" + change.ci() + "', which is not an item of this change ("
            + String.join(", ", cis) + ")");
      }
      if (change.attribute() == null || !change.attribute().matches("[A-Za-z][A-Za-z0-9_.-]{0,49}")) {
        throw Inputs.refuse(CI_CHANGES.name(), "needs an attribute name (letters, digits, . _ -) for " + change.ci()
            + ", not '" + change.attribute() + "'");
      }
      if (change.value() != null && change.value().length() > 500) {
        throw Inputs.refuse(CI_CHANGES.name(), "holds a value longer than 500 characters for " + change.ci() + " "
            + change.attribute());
      }
    }
  }

  /** The planned window, in order; required or not. Answers its start. */
  private static Instant window(Map<String, Object> variables, boolean required) {
    Instant start = PLANNED_START.from(variables);
    Instant end = PLANNED_END.from(variables);
    if (required && start == null) {
      throw Inputs.refuse(PLANNED_START.name(), "is required");
    }
    if (required && end == null) {
      throw Inputs.refuse(PLANNED_END.name(), "is required");
    }
    if (start != null && end != null && !end.isAfter(start)) {
      throw Inputs.refuse(PLANNED_END.name(), "must be after plannedStart");
    }
    return start;
  }
}
