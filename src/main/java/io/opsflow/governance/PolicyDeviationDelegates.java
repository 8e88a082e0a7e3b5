package io.opsflow.governance;

import static io.opsflow.governance.PolicyDeviationVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of a temporary deviation from a policy (临时修改需经高层批准): registered with who asked,
 * decided by a process owner, recorded in force until its expiry, then expired by its timer.
 */
@Configuration(proxyBeanMethods = false)
class PolicyDeviationDelegates {

  /** "Register the deviation": its number PDV-year-n as business key (not async: the requester learns it at once). */
  @Bean
  JavaDelegate registerDeviation(TicketNumbers numbers, PolicyRecords records) {
    return execution -> {
      PolicyDeviationVariables deviation = PolicyDeviationVariables.of(execution);
      String number = numbers.next(PolicyDeviationIds.PREFIX);
      execution.setProcessBusinessKey(number);
      Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      String requester = caller == null ? null : caller.getUserId();
      deviation.set(DEVIATION_NUMBER, number).set(POLICY_NUMBER, deviation.get(POLICY_NUMBER).strip())
          .set(EXPIRES_AT, deviation.get(EXPIRES_AT)).set(REQUESTED_BY, requester);
      records.deviationRequested(number, deviation.get(POLICY_NUMBER), execution.getProcessInstanceId(), requester,
          deviation.get(DEVIATION_REASON), deviation.get(EXPIRES_AT));
    };
  }

  /** "Approve the deviation" done: who decided (the person completing it). */
  @Bean
  ExecutionListener deviationDecided(PolicyRecords records) {
    return execution -> {
      PolicyDeviationVariables deviation = PolicyDeviationVariables.of(execution);
      Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      String by = caller == null ? null : caller.getUserId();
      deviation.set(DECIDED_BY, by);
      records.deviationDecided(deviation.get(DEVIATION_NUMBER), deviation.get(DEVIATION_APPROVED) ? "IN_FORCE" : "REFUSED",
          by, EngineClock.now(), deviation.get(DECISION_NOTE));
    };
  }

  /** "Expire the deviation": the policy applies in full again. */
  @Bean
  JavaDelegate expireDeviation(PolicyRecords records) {
    return execution -> records.deviationExpired(PolicyDeviationVariables.of(execution).get(DEVIATION_NUMBER));
  }
}
