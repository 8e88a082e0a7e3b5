package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the RequirementDelivery model that keep the ticket record in step with the process,
 * one delegate bean each, named as the model names them. (A development branch's start has a
 * class of its own; the mails are {@link RequirementMails}.)
 */
@Configuration(proxyBeanMethods = false)
class RequirementDelegates {

  /** A step of a development branch: the branch's variables and its task as the ticket keeps it. */
  interface DevTaskStep {
    void record(RequirementVariables branch, String number, RequirementRecords.DevTask task);
  }

  private final RequirementRecords records;
  private final RequirementCalendar calendar;

  RequirementDelegates(RequirementRecords records, RequirementCalendar calendar) {
    this.records = records;
    this.calendar = calendar;
  }

  /**
   * "Register requirement": gives the requirement its number as business key, looks up the
   * owning system's criticality in the CMDB ("unknown" when it is no configuration item), sets the
   * overdue date and the progress reminder, and writes the ticket record.
   */
  @Bean
  JavaDelegate registerRequirement(TicketNumbers numbers, Cmdb cmdb,
      @Value("${opsflow.requirement.progress-reminder:R/P1D}") String progressReminder) {
    return execution -> {
      RequirementVariables requirement = RequirementVariables.of(execution);
      // always a new number: the task runs in the start's transaction, so a retry never repeats it
      // with a number already drawn, and nobody hands one in
      String number = numbers.next(RequirementIds.PREFIX);
      execution.setProcessBusinessKey(number);
      String system = requirement.get(SYSTEM);
      String criticality = system == null || system.isBlank() ? "unknown"
          : cmdb.find(system.strip()).filter(ci -> !ci.retired()).map(Cmdb.Item::criticality).orElse("unknown");
      LocalDate expected = requirement.expectedDate(calendar.zone());
      requirement.set(REQUIREMENT_NUMBER, number)
          .set(SUMMARY, requirement.get(TITLE))
          .set(SYSTEM_CRITICALITY, criticality)
          .set(OVERDUE_AT, calendar.overdueAt(expected))
          .set(PROGRESS_REMINDER_CYCLE, progressReminder)
          .set(SCOPE_SEND_BACKS, 0);
      records.register(new RequirementRecords.Registration(number, execution.getProcessInstanceId(),
          requirement.get(TITLE), requirement.get(CONTENT), system, requirement.get(URGENCY),
          requirement.get(REQUIREMENT_TYPE), criticality, expected, requirement.get(REQUESTER)), EngineClock.now());
    };
  }

  /**
   * "Queue for assessment": records the priority as the requirements administrator screened it, the
   * decision's or their correction (which becomes the priority); the project managers assess next.
   */
  @Bean
  JavaDelegate queueForAssessment() {
    return step(requirement -> {
      String proposed = requirement.get(PRIORITY);
      if (Boolean.FALSE.equals(requirement.get(PRIORITY_CONFIRMED))) {
        requirement.set(PRIORITY, requirement.get(CORRECTED_PRIORITY));
      }
      records.screened(requirement.get(REQUIREMENT_NUMBER), proposed, requirement.get(PRIORITY),
          requirement.get(SCREENING_NOTE), EngineClock.now());
    });
  }

  /** "Return scope to assessment": the requester sent the assessed scope back (once) with comments. */
  @Bean
  JavaDelegate returnScopeToAssessment() {
    return step(requirement -> {
      String number = assessed(requirement);
      records.event(number, "SCOPE_SENT_BACK", requirement.get(SCOPE_COMMENTS), EngineClock.now());
      requirement.set(SCOPE_SEND_BACKS, requirement.get(SCOPE_SEND_BACKS) + 1);
    });
  }

  /**
   * "Record development plan": writes the confirmed assessment, the technical design and the
   * planned tasks to the requirement, and lists the task names as a java list, the collection the development branches
   * run over (the plan itself arrives as JSON, which a multi-instance cannot iterate).
   */
  @Bean
  JavaDelegate recordDevelopmentPlan() {
    return step(requirement -> {
      List<RequirementInput.PlannedTask> plan = RequirementInput.plan(requirement.get(DEV_TASKS), calendar,
          calendar.zone());
      String number = assessed(requirement);
      records.designed(number, requirement.get(TECHNICAL_DESIGN), EngineClock.now());
      records.planned(number, plan, EngineClock.now());
      requirement.set(PLANNED_TASKS, new ArrayList<>(plan.stream().map(RequirementInput.PlannedTask::name).toList()));
    });
  }

  /** "Record progress": keeps the developer's report on the requirement; 100 % sends the task to its tester. */
  @Bean
  JavaDelegate recordProgress() {
    return devTaskStep((branch, number, task) -> {
      int progress = branch.get(PROGRESS);
      records.progress(task.id(), progress, branch.get(PROGRESS_NOTE), EngineClock.now());
      if (progress >= 100) {
        records.event(number, "READY_FOR_TEST", task.name() + " → " + task.tester(), EngineClock.now());
      }
    });
  }

  /** "Record bug": the failed test's bug goes on the task and back to its developer, whose form shows it. */
  @Bean
  JavaDelegate recordBug() {
    return devTaskStep((branch, number, task) -> {
      String severity = branch.get(BUG_SEVERITY);
      String description = branch.get(BUG_DESCRIPTION);
      records.bug(task.id(), description, severity, branch.get(TESTER), EngineClock.now());
      records.event(number, "BUG_RAISED", task.name() + " (" + severity + ")", EngineClock.now());
      branch.setLocal(OPEN_BUG, severity + ": " + description);
    });
  }

  /** "Record task tested": the task passed its functional test; its bugs are fixed and it may be released. */
  @Bean
  JavaDelegate recordTaskTested() {
    return devTaskStep((branch, number, task) -> {
      records.tested(task.id(), EngineClock.now());
      records.event(number, "TASK_TESTED", task.name(), EngineClock.now());
    });
  }

  /**
   * On "Apply for release": offers the requester the tasks that passed their test and are not yet
   * released ({@code finishedTasks}, the options of the form's checklist).
   */
  @Bean
  TaskListener releaseCandidates() {
    return task -> {
      RequirementVariables requirement = RequirementVariables.of(task.getExecution());
      requirement.set(FINISHED_TASKS, new ArrayList<>(records.testedTasks(requirement.get(REQUIREMENT_NUMBER))));
    };
  }

  /**
   * "Record release application": keeps the chosen tasks and the release form (database, front-end
   * and back-end contents) as a new release attempt, and prepares what the production release
   * needs: the release contents as text and the CMDB items it touches.
   */
  @Bean
  JavaDelegate recordReleaseApplication(Cmdb cmdb) {
    return step(requirement -> {
      List<String> tasks = requirement.releaseTasks();
      String database = requirement.get(DATABASE_CHANGES);
      String frontEnd = requirement.get(FRONT_END_CHANGES);
      String backEnd = requirement.get(BACK_END_CHANGES);
      records.releaseApplied(requirement.get(REQUIREMENT_NUMBER), tasks, database, frontEnd, backEnd,
          EngineClock.now());
      List<String> affected = new ArrayList<>();
      String system = requirement.get(SYSTEM);
      if (system != null && cmdb.find(system.strip()).filter(ci -> !ci.retired()).isPresent()) {
        affected.add(system.strip());
      }
      requirement.set(AFFECTED_CIS, affected)
          .set(RELEASE_CONTENTS, "Tasks: " + String.join(", ", tasks) + "\n\nDatabase: " + orNone(database)
              + "\n\nFront end: " + orNone(frontEnd) + "\n\nBack end: " + orNone(backEnd));
    });
  }

  /** "Record delivery test": keeps the requester's verdict and findings on the release attempt. */
  @Bean
  JavaDelegate recordDeliveryTest() {
    return step(requirement -> records.deliveryTested(requirement.get(REQUIREMENT_NUMBER), requirement.get(ACCEPTED),
        requirement.get(FINDINGS), EngineClock.now()));
  }

  /**
   * "Return to development": the tasks of the last release application go back to their
   * developers, with the reason (the delivery test's findings, or the dev lead's feedback on a
   * rolled-back release) shown on their progress form. Only those tasks run again.
   */
  @Bean
  JavaDelegate returnToDevelopment() {
    return step(requirement -> {
      String reason = requirement.get(ACCEPTED)
          ? "Release " + requirement.get(RELEASE_NUMBER) + " was rolled back: " + requirement.get(RELEASE_FEEDBACK)
          : "Delivery test failed: " + requirement.get(FINDINGS);
      List<String> tasks = records.returnedToDevelopment(requirement.get(REQUIREMENT_NUMBER), reason,
          EngineClock.now());
      requirement.set(RETURN_REASON, reason).set(PLANNED_TASKS, new ArrayList<>(tasks));
    });
  }

  /**
   * "Record release result": keeps the production release's number and outcome (released or
   * rolled-back) with the dev lead's feedback on the release attempt; released tasks are released.
   */
  @Bean
  JavaDelegate recordReleaseResult() {
    return step(requirement -> records.releaseResult(requirement.get(REQUIREMENT_NUMBER),
        requirement.get(RELEASE_NUMBER), requirement.get(RELEASE_OUTCOME), requirement.get(RELEASE_FEEDBACK),
        EngineClock.now()));
  }

  /**
   * "Archive requirement": the delivered requirement is archived with its acceptance test and the
   * requester's acceptance notes (需求归档); it is closed once the process owner has evaluated it.
   */
  @Bean
  JavaDelegate archiveRequirement() {
    return step(requirement -> records.archived(requirement.get(REQUIREMENT_NUMBER),
        requirement.get(ACCEPTANCE_TEST_PARTICIPANTS), requirement.get(ACCEPTANCE_TEST_RESULT),
        requirement.get(ACCEPTANCE_NOTES), EngineClock.now()));
  }

  /** "Close requirement": the archived requirement keeps the process owner's evaluation (需求评估) and is closed. */
  @Bean
  JavaDelegate closeRequirement() {
    return step(requirement -> records.closed(requirement.get(REQUIREMENT_NUMBER), requirement.get(REVIEW_EFFECT),
        requirement.get(REVIEW_PROBLEMS), requirement.get(REVIEW_IMPROVEMENTS), EngineClock.now()));
  }

  /** Writes the project manager's assessment to the ticket; the requirement's number. */
  private String assessed(RequirementVariables requirement) {
    String number = requirement.get(REQUIREMENT_NUMBER);
    records.assessed(number, requirement.assessment(calendar.zone()));
    return number;
  }

  private static JavaDelegate step(Consumer<RequirementVariables> step) {
    return execution -> step.accept(RequirementVariables.of(execution));
  }

  private JavaDelegate devTaskStep(DevTaskStep step) {
    return execution -> {
      RequirementVariables branch = RequirementVariables.of(execution);
      String number = branch.get(REQUIREMENT_NUMBER);
      step.record(branch, number, records.task(number, branch.get(DEV_TASK)).orElseThrow());
    };
  }

  private static String orNone(String text) {
    return text == null || text.isBlank() ? "none" : text;
  }
}
