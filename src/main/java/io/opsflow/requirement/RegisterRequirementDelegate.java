package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Register requirement": gives the requirement its number as business key, looks up the
 * owning system's criticality in the CMDB ("unknown" when it is no configuration item), sets the
 * overdue date and the progress reminder, and writes the ticket record.
 */
@Component("registerRequirement")
class RegisterRequirementDelegate implements JavaDelegate {

  private final TicketNumbers numbers;
  private final RequirementRecords records;
  private final Cmdb cmdb;
  private final RequirementCalendar calendar;
  private final String progressReminder;

  RegisterRequirementDelegate(TicketNumbers numbers, RequirementRecords records, Cmdb cmdb, RequirementCalendar calendar,
      @Value("${opsflow.requirement.progress-reminder:R/P1D}") String progressReminder) {
    this.numbers = numbers;
    this.records = records;
    this.cmdb = cmdb;
    this.calendar = calendar;
    this.progressReminder = progressReminder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables requirement = RequirementVariables.of(execution);
    // always a new number: the task runs in the start's transaction, so a retry never repeats it
    // with a number already drawn, and nobody hands one in
    String number = numbers.next(RequirementIds.PREFIX);
    requirement.set(REQUIREMENT_NUMBER, number);
    execution.setProcessBusinessKey(number);
    String system = requirement.get(SYSTEM);
    String criticality = system == null || system.isBlank() ? "unknown"
        : cmdb.find(system.strip()).filter(ci -> !ci.retired()).map(Cmdb.Item::criticality).orElse("unknown");
    LocalDate expected = requirement.expectedDate(calendar.zone());
    requirement.set(SUMMARY, requirement.get(TITLE))
        .set(SYSTEM_CRITICALITY, criticality)
        .set(OVERDUE_AT, calendar.overdueAt(expected))
        .set(PROGRESS_REMINDER_CYCLE, progressReminder)
        .set(SCOPE_SEND_BACKS, 0);
    records.register(new RequirementRecords.Registration(number, execution.getProcessInstanceId(),
        requirement.get(TITLE), requirement.get(CONTENT), system, requirement.get(URGENCY),
        requirement.get(REQUIREMENT_TYPE), criticality, expected, requirement.get(REQUESTER)), EngineClock.now());
  }
}
