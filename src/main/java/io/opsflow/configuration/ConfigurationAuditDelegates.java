package io.opsflow.configuration;

import static io.opsflow.configuration.ConfigurationAuditIds.*;
import static io.opsflow.configuration.ConfigurationAuditVariables.*;

import io.opsflow.change.ChangeIntake;
import io.opsflow.change.ChangeRecords;
import io.opsflow.change.ChangeRequest;
import io.opsflow.configuration.ConfigurationAuditRecords.Discrepancy;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The configuration audit's steps of a few lines (the comparison is {@link ListDiscrepanciesDelegate}). */
@Configuration(proxyBeanMethods = false)
class ConfigurationAuditDelegates {

  /** "Register audit": numbers the audit CAU-year-number (its business key) and keeps its scope. */
  @Bean
  JavaDelegate registerConfigurationAudit(TicketNumbers numbers, ConfigurationAuditRecords records) {
    return execution -> {
      ConfigurationAuditVariables audit = ConfigurationAuditVariables.of(execution);
      String number = numbers.next(PREFIX);
      execution.setProcessBusinessKey(number);
      audit.set(AUDIT_NUMBER, number);
      records.started(number, audit.get(SCOPE_TYPE), audit.get(SCOPE_SERVICE), audit.get(SCOPE_CRITICALITY),
          audit.get(REQUESTED_BY), EngineClock.now());
    };
  }

  /**
   * "Check against approved changes": reads the discrepancy into its branch and looks for an approved
   * change on the item whose window lies between the CMDB's last change of it and the observation.
   */
  @Bean
  JavaDelegate checkApprovedChanges(ConfigurationAuditRecords records, Cmdb cmdb, ChangeRecords changes) {
    return execution -> {
      ConfigurationAuditVariables branch = ConfigurationAuditVariables.of(execution);
      String number = branch.get(AUDIT_NUMBER);
      int position = Integer.parseInt(branch.get(DISCREPANCY_NO));
      Discrepancy d = records.discrepancy(number, position);
      List<String> explaining = cmdb.find(d.ciId())
          .map(item -> changes.approvedOn(d.ciId(), item.updatedAt(), d.observedAt())).orElse(List.of());
      String by = explaining.isEmpty() ? null : String.join(", ", explaining);
      records.explained(number, position, by);
      branch.setLocal(DISCREPANCY_CI, d.ciId()).setLocal(DISCREPANCY_KIND, d.kind())
          .setLocal(DISCREPANCY_TEXT, ConfigurationAuditMails.describe(d)).setLocal(EXPLAINED_BY, by)
          .setLocal(AUTHORISED, by != null).setLocal(DECISION, null).setLocal(DECISION_REASON, null)
          .setLocal(DECIDED_BY, null).setLocal(RAISED_CHANGE, null);
    };
  }

  /** "Flag unauthorised change": no approved change explains the difference; the change managers are told. */
  @Bean
  JavaDelegate flagUnauthorisedChange(ConfigurationAuditMails mails) {
    return execution -> mails.unauthorised(ConfigurationAuditVariables.of(execution));
  }

  /** On completing "Decide on discrepancy": who decided, for the audit trail. */
  @Bean
  TaskListener recordDecider() {
    return task -> {
      Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      ConfigurationAuditVariables.of(task.getExecution()).set(DECIDED_BY,
          user != null ? user.getUserId() : task.getAssignee());
    };
  }

  /** "Correct the CMDB": the record takes what is there, audited under the audit's number. */
  @Bean
  JavaDelegate correctCmdb(ConfigurationAuditRecords records, CmdbCorrections corrections) {
    return execution -> {
      ConfigurationAuditVariables branch = ConfigurationAuditVariables.of(execution);
      Discrepancy d = records.discrepancy(branch.get(AUDIT_NUMBER), Integer.parseInt(branch.get(DISCREPANCY_NO)));
      corrections.apply(d, new Cmdb.Author(branch.get(DECIDED_BY), branch.get(AUDIT_NUMBER)));
      decided(records, branch, CORRECT, null);
    };
  }

  /**
   * "Raise a change": reality is wrong, so a normal change brings the item back to what the CMDB
   * records, started through change management's own intake.
   */
  @Bean
  JavaDelegate raiseAuditChange(ConfigurationAuditRecords records, ChangeIntake intake) {
    return execution -> {
      ConfigurationAuditVariables branch = ConfigurationAuditVariables.of(execution);
      String number = branch.get(AUDIT_NUMBER);
      Discrepancy d = records.discrepancy(number, Integer.parseInt(branch.get(DISCREPANCY_NO)));
      String reason = branch.get(DECISION_REASON);
      String change = intake.submit(new ChangeRequest(
          "Configuration audit " + number + ": bring " + d.ciId() + " back to its record / 配置审计 " + number
              + ":使 " + d.ciId() + " 恢复为记录的配置",
          ConfigurationAuditMails.describe(d) + (reason == null ? "" : "\n" + reason), "normal", List.of(d.ciId()),
          null, null, "Leave " + d.ciId() + " as the audit found it / 保持审计发现时的状态", null, null, null, null, null))
          .changeNumber();
      branch.setLocal(RAISED_CHANGE, change);
      decided(records, branch, RAISE_CHANGE, change);
    };
  }

  /** "Record acceptance": the difference stays, with the configuration manager's reason. */
  @Bean
  JavaDelegate recordAuditAcceptance(ConfigurationAuditRecords records) {
    return execution -> decided(records, ConfigurationAuditVariables.of(execution), ACCEPT, null);
  }

  /** "Complete the audit report": every discrepancy is decided; the report is kept. */
  @Bean
  JavaDelegate completeAuditReport(ConfigurationAuditRecords records) {
    return execution -> records.completed(ConfigurationAuditVariables.of(execution).get(AUDIT_NUMBER), EngineClock.now());
  }

  /** "Start configuration audit": the monthly audit of every item in service. */
  @Bean
  JavaDelegate startConfigurationAudit() {
    return execution -> execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(PROCESS);
  }

  private static void decided(ConfigurationAuditRecords records, ConfigurationAuditVariables branch, String decision,
      String change) {
    records.decided(branch.get(AUDIT_NUMBER), Integer.parseInt(branch.get(DISCREPANCY_NO)), decision,
        branch.get(DECISION_REASON), change, branch.get(DECIDED_BY), EngineClock.now());
  }
}
