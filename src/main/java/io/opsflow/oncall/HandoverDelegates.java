package io.opsflow.oncall;

import static io.opsflow.oncall.HandoverVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The handover's steps of a line or two: the escalation and the duty log's row. */
@Configuration(proxyBeanMethods = false)
class HandoverDelegates {

  /**
   * "Escalate to operations administrators": the handover is marked escalated, the operations
   * administrators are mailed and may acknowledge it themselves (a candidate group of the task); the
   * task is unassigned, so that they and the team can claim it.
   */
  @Bean
  JavaDelegate escalateHandover(HandoverMails mails) {
    return execution -> {
      HandoverVariables handover = HandoverVariables.of(execution);
      handover.set(ESCALATED, true);
      mails.escalate(handover);
      var tasks = execution.getProcessEngineServices().getTaskService();
      tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(HandoverIds.ACKNOWLEDGE).list()
          .forEach(task -> {
            tasks.addCandidateGroup(task.getId(), Roles.OPS_ADMIN);
            if (task.getAssignee() != null) {
              tasks.setAssignee(task.getId(), null);
            }
          });
    };
  }

  /** "Record in duty log": the handover's row, as written and acknowledged. */
  @Bean
  JavaDelegate recordDutyLog(DutyLogRecords records) {
    return execution -> {
      HandoverVariables h = HandoverVariables.of(execution);
      records.record(new DutyLogRecords.Entry(h.get(HANDOVER_NUMBER), h.get(TEAM), h.get(OUTGOING), h.get(INCOMING),
          h.get(SHIFT_START), h.get(SHIFT_END), h.get(SHIFT_SUMMARY), h.get(OPERATIONS_DONE).strip(),
          h.get(SYSTEM_STATE).strip(), h.get(OPEN_POINTS).strip(), h.get(ACKNOWLEDGED_BY), h.get(ACKNOWLEDGED_AT),
          h.get(REMARKS), h.get(ESCALATED), new DutyLogRecords.Counts(h.get(INCIDENTS_OPENED),
              h.get(INCIDENTS_RESOLVED), h.get(INCIDENTS_OPEN), h.get(CHANGES_IMPLEMENTED), h.get(ALERT_ISSUES),
              h.get(INSPECTION_ANOMALIES)), EngineClock.now()), execution.getProcessInstanceId());
    };
  }
}
