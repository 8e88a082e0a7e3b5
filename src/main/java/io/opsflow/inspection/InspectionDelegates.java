package io.opsflow.inspection;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inspection's steps of a line or two: the overdue round's reminder and escalation, the owners' statistics. */
@Configuration(proxyBeanMethods = false)
class InspectionDelegates {

  /** "Remind inspecting group": the round is marked overdue and its group reminded. */
  @Bean
  JavaDelegate remindInspectingGroup(InspectionRecords records, InspectionMails mails) {
    return execution -> {
      InspectionVariables inspection = InspectionVariables.of(execution);
      records.overdue(inspection.get(InspectionVariables.INSPECTION_NUMBER));
      mails.remindGroup(inspection);
    };
  }

  /** "Escalate overdue inspection": the operations administrators hear of it. */
  @Bean
  JavaDelegate escalateOverdueInspection(InspectionMails mails) {
    return execution -> mails.escalate(InspectionVariables.of(execution));
  }

  /** "Mail statistics to the owner group" (InspectionStatistics): the month's figures of the CIs the group owns. */
  @Bean
  JavaDelegate mailInspectionStatistics(InspectionStatistics statistics, InspectionMails mails) {
    return execution -> {
      InspectionVariables report = InspectionVariables.of(execution);
      String month = report.get(InspectionVariables.STATISTICS_MONTH);
      String group = report.get(InspectionVariables.OWNER_GROUP);
      mails.statistics(month, group, statistics.of(java.time.YearMonth.parse(month)).ownedBy(group));
    };
  }
}
