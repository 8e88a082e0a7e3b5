package io.opsflow.capacity;

import static io.opsflow.capacity.CapacityReviewVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.identity.Roles;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import io.opsflow.sla.BusinessHours;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The capacity review's steps and its schedule's. */
@Configuration(proxyBeanMethods = false)
class CapacityReviewDelegates {

  private static final Logger LOG = LoggerFactory.getLogger(CapacityReviewDelegates.class);

  /**
   * "Register the review": numbers it CAP-year-n as its business key and records the critical services
   * it reviews: the CMDB's services in service of high criticality.
   */
  @Bean
  JavaDelegate registerCapacityReview(CapacityRecords records, TicketNumbers numbers, Cmdb cmdb) {
    return execution -> {
      CapacityReviewVariables review = CapacityReviewVariables.of(execution);
      String number = numbers.next(CapacityReviewIds.PREFIX);
      execution.setProcessBusinessKey(number);
      List<Cmdb.Item> services = cmdb.inScope("service", null, "high");
      records.opened(number, review.get(SCHEDULED_QUARTER), execution.getProcessInstanceId(), EngineClock.now(),
          services.stream().map(s -> new String[] {s.id(), s.name()}).toList());
      review.set(REVIEW_NUMBER, number).set(SERVICES, services.stream().map(Cmdb.Item::id).toList());
    };
  }

  /**
   * "Record the utilisation" begins for a service: its name, its owner group from the CMDB (the
   * operations engineers when it names none) and what monitoring posted last, for the owner to confirm.
   */
  @Bean
  ExecutionListener prepareCapacityMeasurement(CapacityRecords records, Cmdb cmdb) {
    return execution -> {
      CapacityReviewVariables service = CapacityReviewVariables.of(execution);
      Cmdb.Item item = cmdb.find(service.get(SERVICE_ID)).orElseThrow();
      service.setLocal(SERVICE_NAME, item.name())
          .setLocal(OWNER_GROUP, item.ownerGroup() == null ? Roles.OPS_ENGINEER : item.ownerGroup());
      Map<String, Double> posted = records.latest(item.id()).map(CapacityRecords.Measurement::measures)
          .orElse(Map.of());
      CapacityReviewIds.MEASURES.forEach(name -> execution.setVariableLocal(name, posted.get(name)));
    };
  }

  /** "Record the utilisation" done (after its input rules): the service's measures and who recorded them. */
  @Bean
  ExecutionListener recordCapacityMeasurement(CapacityRecords records) {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      CapacityReviewVariables service = CapacityReviewVariables.of(execution);
      Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      records.recorded(service.get(REVIEW_NUMBER), service.get(SERVICE_ID),
          CapacityInput.measures(execution.getVariables()), caller == null ? null : caller.getUserId(),
          EngineClock.now());
    };
  }

  /**
   * "Judge the headroom": CapacityHeadroom for each service, on its highest CPU, memory or network peak,
   * its storage peak and its forecast; whether any needs an action.
   */
  @Bean
  JavaDelegate judgeCapacityHeadroom(CapacityRecords records, DecisionService decisions) {
    return execution -> {
      CapacityReviewVariables review = CapacityReviewVariables.of(execution);
      String number = review.get(REVIEW_NUMBER);
      boolean needed = false;
      for (CapacityRecords.Result result : records.results(number)) {
        Map<String, Double> m = result.measures();
        Map<String, Object> verdict = decisions.evaluateDecisionTableByKey(CapacityReviewIds.DECISION)
            .variables(Variables.createVariables()
                .putValue("highestPeak", Math.max(m.get("cpuPeak"), Math.max(m.get("memoryPeak"), m.get("networkPeak"))))
                .putValue("storagePeak", m.get("storagePeak")).putValue("forecastPeak", m.get("forecastPeak")))
            .evaluate().getSingleResult().getEntryMap();
        String action = (String) verdict.get("action");
        records.judged(number, result.serviceId(), action, (String) verdict.get("reason"));
        needed |= !CapacityReviewIds.NONE.equals(action);
      }
      review.set(ACTIONS_NEEDED, needed);
    };
  }

  /** "Report the review": kept as read at /api/capacity/reviews/{number}, mailed to the process owners and ops-admin. */
  @Bean
  JavaDelegate reportCapacityReview(CapacityRecords records, CapacityReviewMails mails) {
    return execution -> {
      String number = CapacityReviewVariables.of(execution).get(REVIEW_NUMBER);
      records.reported(number, EngineClock.now());
      mails.report(number, records.results(number));
    };
  }

  /** Schedule: "Find the quarter due": the quarter in the business calendar's zone (2026-Q4). */
  @Bean
  JavaDelegate findCapacityQuarterDue(CapacityRecords records, BusinessHours hours) {
    return execution -> {
      ZonedDateTime today = EngineClock.now().atZone(hours.zone());
      String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
      CapacityReviewVariables.of(execution).set(SCHEDULED_QUARTER, quarter)
          .set(QUARTER_DUE, !records.quarterOpened(quarter));
    };
  }

  /**
   * Schedule: "Start the quarter's review", unless the quarter was started since the check looked (the
   * quarter's unique key stops a second one that races this one: its job fails, its retry finds it started).
   */
  @Bean
  JavaDelegate startQuarterCapacityReview(CapacityRecords records) {
    return execution -> {
      String quarter = CapacityReviewVariables.of(execution).get(SCHEDULED_QUARTER);
      if (records.quarterOpened(quarter)) {
        LOG.info("Capacity review of {} not started: it is started already", quarter);
        return;
      }
      Map<String, Object> variables = new HashMap<>();
      SCHEDULED_QUARTER.put(variables, quarter);
      execution.getProcessEngineServices().getRuntimeService()
          .startProcessInstanceByKey(CapacityReviewIds.PROCESS, variables);
    };
  }
}
