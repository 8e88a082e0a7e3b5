package io.opsflow.governance;

import static io.opsflow.governance.PolicyRevisionVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.platform.process.EngineClock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * "Publish the policy" (发布): the approved version becomes the one everyone reads, with its
 * effective date and who approved it (the process owners' group when the approval came without a
 * person, from a system); its next evaluation is one evaluation period after it takes
 * effect; every member of the affected groups is to acknowledge it (培训), one task each.
 */
@Component("publishPolicy")
record PublishPolicyDelegate(PolicyRecords records, IdentityService identity) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    PolicyRevisionVariables policy = PolicyRevisionVariables.of(execution);
    Instant effective = policy.get(EFFECTIVE_FROM);
    Instant next = nextEvaluation(effective, policy.get(EVALUATION_PERIOD));
    Set<String> readers = new LinkedHashSet<>();
    for (String group : policy.get(AFFECTED_GROUPS)) {
      identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream().map(User::getId)
          .forEach(readers::add);
    }
    List<String> members = List.copyOf(readers);
    records.published(new PolicyRecords.Policy(policy.get(POLICY_NUMBER), policy.get(TITLE), policy.get(GOALS_AND_SCOPE),
        policy.get(AFFECTED_GROUPS), policy.get(POLICY_VERSION), policy.get(POLICY_TEXT), policy.get(REFERENCES),
        effective, Objects.requireNonNullElse(policy.get(APPROVED_BY), Roles.PROCESS_OWNER),
        EngineClock.now(), next, null, null), execution.getProcessInstanceId(),
        members);
    policy.set(READERS, members).set(NEXT_EVALUATION, next).set(EVALUATION_OUTCOME, null);
  }

  /** The period after the given time (the later of it and now), in UTC days. */
  static Instant nextEvaluation(Instant from, String period) {
    Instant start = from.isAfter(EngineClock.now()) ? from : EngineClock.now();
    return start.atOffset(ZoneOffset.UTC).plus(Period.parse(period)).toInstant();
  }
}
