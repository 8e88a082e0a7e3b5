package io.opsflow.servicelevel;

import static io.opsflow.servicelevel.ServiceReviewVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.problem.ProblemIntake;
import io.opsflow.problem.ProblemRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Open problem records": a service whose availability missed its target two months in a row gets a
 * problem record on the service (PROCESSES.md §16), recorded through problem management's intake.
 */
@Component("openServiceLevelProblems")
record OpenServiceLevelProblemsDelegate(ProblemIntake problems, Cmdb cmdb, ServiceReviewRecords records)
    implements ServiceReviewVariables.Step {

  @Override
  public void execute(ServiceReviewVariables review) {
    List<String> opened = new ArrayList<>();
    for (String service : review.get(MISSED_TWICE)) {
      String name = cmdb.find(service).map(Cmdb.Item::name).orElse(service);
      opened.add(problems.record(new ProblemRequest(
          "Availability target missed two months in a row / 连续两个月可用性未达标: " + name,
          review.get(REVIEW_NUMBER) + ": the availability of " + name + " missed its target in " + review.get(REVIEW_MONTH)
              + " and the month before.\n" + review.get(REVIEW_NUMBER) + ":" + name + " 在 " + review.get(REVIEW_MONTH)
              + " 及上月的可用性均未达到目标。",
          "software", service, null, "high", "medium", null)).problemNumber());
    }
    records.problemsOpened(review.get(REVIEW_NUMBER), opened);
  }
}
