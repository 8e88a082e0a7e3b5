package io.opsflow.servicelevel;

import static io.opsflow.servicelevel.ServiceReviewVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.servicelevel.ServiceLevels.Month;
import io.opsflow.sla.BusinessHours;
import io.opsflow.workplan.WorkPlanRecords;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Produce the service level report": the twelve months up to the month reviewed, kept with the review
 * as its page; each measure of the month judged by ServiceLevelVerdict (availability per service, the
 * share resolved within the limit, satisfaction); the services whose availability missed its target
 * this month and the month before; and, for the reviewers, the items of approved operations work plans
 * past their due date and not done (运维工作计划), as of the review.
 */
@Component("produceServiceLevelReport")
record ProduceServiceLevelReportDelegate(ServiceLevels levels, ServiceReviewRecords records, DecisionService decisions,
    WorkPlanRecords workPlans, BusinessHours hours)
    implements ServiceReviewVariables.Step {

  /** What a process variable holds at most (Camunda keeps longer text apart). */
  private static final int MAX_TEXT = 3900;

  @Override
  public void execute(ServiceReviewVariables review) {
    YearMonth month = YearMonth.parse(review.get(REVIEW_MONTH));
    ServiceLevels.Report report = levels.report(month.minusMonths(11), month, null);
    Month last = report.months().get(11);
    Month before = report.months().get(10);
    List<String> missed = new ArrayList<>();
    List<String> missedTwice = new ArrayList<>();
    int met = 0;
    for (int i = 0; i < last.availability().size(); i++) {
      ServiceLevels.Availability a = last.availability().get(i);
      String verdict = verdict(a.availability(), a.target());
      if ("missed".equals(verdict)) {
        missed.add(String.format(Locale.ROOT, "Availability of %s / 可用性: %.3f %% < %s %%: %s", a.name(),
            a.availability(), a.target(), shown(verdict)));
        ServiceLevels.Availability earlier = before.availability().get(i);
        if ("missed".equals(verdict(earlier.availability(), earlier.target()))) {
          missedTwice.add(a.service());
        }
      } else {
        met++;
      }
    }
    String handling = verdict(last.faultHandling().withinLimitShare(), report.targets().faultHandlingShare());
    String satisfaction = verdict(last.satisfaction().share(), report.targets().satisfaction());
    String verdicts = "Resolved within " + report.targets().faultHandlingLimit() + " / 时限内解决: "
        + ServiceLevelPage.percent(last.faultHandling().withinLimitShare()) + " (target " + report.targets().faultHandlingShare()
        + " %): " + shown(handling) + "\n"
        + "Satisfaction / 满意度: " + ServiceLevelPage.percent(last.satisfaction().share()) + " (target "
        + report.targets().satisfaction() + " %): " + shown(satisfaction) + "\n"
        + "Availability met / 可用性达标: " + met + " of " + last.availability().size() + " services\n"
        + String.join("\n", missed);
    records.reported(review.get(REVIEW_NUMBER), ServiceLevelPage.of(report, levels.services()), verdicts);
    review.set(VERDICTS, verdicts.length() <= MAX_TEXT ? verdicts : verdicts.substring(0, MAX_TEXT - 1) + "…")
        .set(MISSED_TWICE, missedTwice).set(MISSED_TWICE_FOUND, !missedTwice.isEmpty())
        .set(OVERDUE_WORK_ITEMS, overdueWorkItems());
  }

  /** The overdue work-plan items, one line each ("WPL-2027-000001 #2 (2027-Q1) Renew certificates: ops-admin, due 2027-03-31, 40 %"). */
  private String overdueWorkItems() {
    String lines = workPlans.overdue(EngineClock.now().atZone(hours.zone()).toLocalDate()).stream()
        .map(i -> i.planNumber() + " #" + i.itemId() + " (" + i.period() + ") " + i.title() + ": " + i.owner()
            + ", due / 到期 " + i.dueDate() + ", " + i.progress() + " %")
        .collect(Collectors.joining("\n"));
    return lines.isEmpty() ? "None / 无" : lines.length() <= MAX_TEXT ? lines : lines.substring(0, MAX_TEXT - 1) + "…";
  }

  /** The verdict as the review's people read it, in both languages. */
  private static String shown(String verdict) {
    return switch (verdict) {
      case "met" -> "met / 达标";
      case "missed" -> "missed / 未达标";
      default -> "no data / 无数据";
    };
  }

  private String verdict(Double measured, double target) {
    return decisions.evaluateDecisionTableByKey(ServiceReviewIds.DECISION)
        .variables(Variables.createVariables().putValue("measured", measured).putValue("target", target))
        .evaluate().getSingleResult().getSingleEntry();
  }
}
