package io.opsflow.workplan;

import static io.opsflow.workplan.WorkPlanVariables.*;

import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.InputListener;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.Variable;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The work plan approval's steps, its input rules and who decided. */
@Configuration(proxyBeanMethods = false)
class WorkPlanDelegates {

  /** Who approved or returned the plan: the person completing "Approve the work plan". */
  static final Variable<String> DECIDED_BY = Variable.optionalText("decidedBy");

  /**
   * The approval's rules: it starts only for a plan drafted through {@code POST /api/work-plans} and
   * waiting for its approval; a decision, and the reason when the plan is returned (a refusal names the field).
   */
  @Bean
  InputListener workPlanInput(WorkPlanRecords records) {
    return new InputListener("Work plan approval not started") {
      @Override
      protected void checkStart(String startEventId, Map<String, Object> variables) {
        Inputs.requireText(variables, PLAN_NUMBER.name(), 20);
        if (records.find(PLAN_NUMBER.from(variables)).filter(p -> WorkPlanRecords.SUBMITTED.equals(p.status()))
            .isEmpty()) {
          throw new BadRequestException(PLAN_NUMBER.name(), "planNumber names no work plan waiting for approval; "
              + "draft one at POST /api/work-plans");
        }
      }

      @Override
      protected void checkCompletion(String taskKey, Map<String, Object> variables) {
        Inputs.requireFlag(variables, PLAN_APPROVED.name());
        Inputs.maxText(variables, DECISION_NOTE.name(), 2000);
        if (Boolean.FALSE.equals(variables.get(PLAN_APPROVED.name())) && DECISION_NOTE.from(variables) == null) {
          throw new BadRequestException(DECISION_NOTE.name(), "decisionNote is required: why is the plan returned?");
        }
      }
    };
  }

  /** "Approve the work plan" done: who decided. */
  @Bean
  ExecutionListener workPlanDecided() {
    return execution -> {
      Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      WorkPlanVariables.of(execution).set(DECIDED_BY, caller == null ? null : caller.getUserId());
    };
  }

  /** "Put the plan in force": approved; its items' progress is recorded from now on. */
  @Bean
  JavaDelegate putWorkPlanInForce(WorkPlanRecords records) {
    return execution -> {
      WorkPlanVariables plan = WorkPlanVariables.of(execution);
      records.decided(plan.get(PLAN_NUMBER), WorkPlanRecords.APPROVED, plan.get(DECIDED_BY), EngineClock.now(),
          plan.get(DECISION_NOTE));
    };
  }

  /** "Return the plan": recorded returned with the reason, mailed to who drafted it (who drafts a new one). */
  @Bean
  JavaDelegate returnWorkPlan(WorkPlanRecords records, MailNotifier mail, Recipients recipients) {
    return execution -> {
      WorkPlanVariables plan = WorkPlanVariables.of(execution);
      String number = plan.get(PLAN_NUMBER);
      records.decided(number, WorkPlanRecords.RETURNED, plan.get(DECIDED_BY), EngineClock.now(),
          plan.get(DECISION_NOTE));
      mail.sendAbout(number, "returned", recipients.user(plan.get(DRAFTED_BY)),
          "Work plan returned / 运维工作计划被退回: " + plan.get(PLAN_TITLE),
          "The work plan " + number + " (" + plan.get(PERIOD) + ") was returned: " + plan.get(DECISION_NOTE) + "\n"
              + "运维工作计划 " + number + "(" + plan.get(PERIOD) + ")被退回,理由:" + plan.get(DECISION_NOTE));
    };
  }
}
