package io.opsflow.oncall;

import static io.opsflow.oncall.HandoverVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.platform.DefaultingInputListener;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.InputListener;
import io.opsflow.platform.StartValidator;
import io.opsflow.platform.Times;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shift handover's input rules, wherever input enters it (the rota's ShiftEnded message, a
 * person's start form, {@code /engine-rest}, the two tasks): a refusal names the field. A start
 * names a team (a group), the outgoing person and, if anyone follows, the incoming person (known
 * users, not the same), and the shift's start and end (the end after the start, at most a week
 * later; the rota refuses longer shifts alike). The team is a team on duty (RotaInput.isTeam); a
 * person's start comes from the outgoing person, the team, an incident manager or an operations
 * administrator. The handover is written with its operations, the system state and the open
 * points, and acknowledged with the box ticked.
 */
@Configuration(proxyBeanMethods = false)
class HandoverInputRules {

  /** The longest shift a handover covers. */
  static final Duration LONGEST_SHIFT = Duration.ofDays(7);

  private final IdentityService identity;

  HandoverInputRules(IdentityService identity) {
    this.identity = identity;
  }

  @Bean
  StartValidator handoverStart() {
    return StartValidator.of(HandoverIds.PROCESS, START, this::checkStart);
  }

  /** At both start events (incoming is null when left out) and at the end of both tasks. */
  @Bean("handoverInput")
  InputListener handoverInput() {
    return new DefaultingInputListener("Handover not started", Collections.singletonMap(INCOMING.name(), null),
        this::checkStart, HandoverInputRules::checkCompletion) {
    };
  }

  void checkStart(Map<String, Object> variables) {
    Inputs.requireText(variables, TEAM.name(), 64);
    String team = TEAM.from(variables).strip();
    if (identity.createGroupQuery().groupId(team).count() == 0) {
      throw Inputs.refuse(TEAM.name(), "names no group: " + team);
    }
    if (!RotaInput.isTeam(team)) {
      throw Inputs.refuse(TEAM.name(), "is no team on duty: " + team + " (a staff role group such as "
          + Roles.SUPPORT_L1 + ")");
    }
    Inputs.requireText(variables, OUTGOING.name(), 64);
    String outgoing = Inputs.knownUser(identity, OUTGOING.name(), OUTGOING.from(variables));
    checkStarter(team, outgoing);
    Inputs.maxText(variables, INCOMING.name(), 64);
    String incoming = INCOMING.from(variables);
    if (incoming != null && Inputs.knownUser(identity, INCOMING.name(), incoming).equals(outgoing)) {
      throw Inputs.refuse(INCOMING.name(), "is the outgoing person: who takes over from " + outgoing
          + "? (leave it empty when nobody follows)");
    }
    Instant start = Times.required(variables, SHIFT_START.name());
    Instant end = Times.required(variables, SHIFT_END.name());
    Times.ordered(start, SHIFT_START.name(), end, SHIFT_END.name());
    if (Duration.between(start, end).compareTo(LONGEST_SHIFT) > 0) {
      throw Inputs.refuse(SHIFT_END.name(), "lies more than 7 days after shiftStart: a shift lasts at most a week");
    }
  }

  /**
   * A person's start (Tasklist, REST: an authenticated caller) comes from the outgoing person, a
   * member of the team, or an operations administrator or incident manager; the rota's ShiftEnded
   * correlation runs without a user.
   */
  private void checkStarter(String team, String outgoing) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return;
    }
    String user = caller.getUserId();
    if (user.equals(outgoing)) {
      return;
    }
    for (String group : List.of(team, Roles.OPS_ADMIN, Roles.INCIDENT_MANAGER)) {
      if (identity.createUserQuery().userId(user).memberOfGroup(group).count() > 0) {
        return;
      }
    }
    throw Inputs.refuse(OUTGOING.name(), "is not you and team " + team + " is not yours: hand over your own shift"
        + " or your team's (operations administrators and incident managers may start any)");
  }

  static void checkCompletion(String taskKey, Map<String, Object> variables) {
    switch (taskKey) {
      case HandoverIds.WRITE -> {
        Inputs.requireText(variables, OPERATIONS_DONE.name(), 4000);
        Inputs.requireText(variables, SYSTEM_STATE.name(), 4000);
        Inputs.requireText(variables, OPEN_POINTS.name(), 4000);
      }
      case HandoverIds.ACKNOWLEDGE -> {
        Inputs.flag(variables, ACKNOWLEDGED.name());
        if (!ACKNOWLEDGED.from(variables)) {
          throw Inputs.refuse(ACKNOWLEDGED.name(), "must be ticked: you take over the shift as it was handed over");
        }
        Inputs.maxText(variables, REMARKS.name(), 2000);
      }
      default -> {
      }
    }
  }
}
