package io.opsflow.inspection;

import static io.opsflow.inspection.InspectionVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Find owners of the CIs inspected" (InspectionStatistics): the month that ended last in the
 * business-hours zone when the timer fired (its cron runs in the JVM's zone, so on the first of a month
 * whatever that zone) and the CMDB owner groups of the CIs inspected in its rounds; none when nothing
 * the CMDB holds was inspected.
 */
@Component("findInspectedCiOwners")
record FindInspectedCiOwnersDelegate(InspectionStatistics statistics, BusinessHours hours) implements InspectionVariables.Step {

  @Override
  public void execute(InspectionVariables report) {
    YearMonth month = YearMonth.from(EngineClock.now().atZone(hours.zone()).minusDays(1));
    List<String> owners = statistics.of(month).owners();
    report.set(STATISTICS_MONTH, month.toString()).set(OWNER_GROUPS, new ArrayList<>(owners))
        .set(OWNERS_FOUND, !owners.isEmpty());
  }
}
