package io.opsflow.servicelevel;

import io.opsflow.servicelevel.ServiceLevels.FaultHandling;
import io.opsflow.servicelevel.ServiceLevels.Month;
import io.opsflow.servicelevel.ServiceLevels.Report;
import java.util.List;
import java.util.Map;

/** The report as CSV, one figure a line: {@code month,measure,key,value,target,met} (empty where none applies). */
final class ServiceLevelCsv {

  static final String HEADER = "month,measure,key,value,target,met";

  private ServiceLevelCsv() {
  }

  static String of(Report report) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (Month month : report.months()) {
      for (ServiceLevels.Availability a : month.availability()) {
        line(csv, month, "availability", a.service(), a.availability(), a.target(), a.met());
        line(csv, month, "outage-minutes", a.service(), a.outageMinutes(), null, null);
        line(csv, month, "maintenance-minutes", a.service(), a.maintenanceMinutes(), null, null);
      }
      faultHandling(csv, month, "", List.of(month.faultHandling()), report.targets().faultHandlingShare());
      faultHandling(csv, month, "priority:", month.byPriority(), report.targets().faultHandlingShare());
      faultHandling(csv, month, "category:", month.byCategory(), report.targets().faultHandlingShare());
      faultHandling(csv, month, "group:", month.byGroup(), report.targets().faultHandlingShare());
      ServiceLevels.Satisfaction s = month.satisfaction();
      line(csv, month, "satisfaction-share", "all", s.share(), report.targets().satisfaction(), s.met());
      line(csv, month, "satisfaction-rated", "all", s.rated(), null, null);
      line(csv, month, "satisfaction-satisfied", "all", s.satisfied(), null, null);
      line(csv, month, "closed-without-answer", "all", s.closedWithoutAnswer(), null, null);
      ServiceLevels.Volume v = month.volume();
      line(csv, month, "opened", "incidents", v.opened(), null, null);
      line(csv, month, "resolved", "incidents", v.resolved(), null, null);
      line(csv, month, "backlog", "incidents", v.backlog(), null, null);
      line(csv, month, "reopened", "incidents", v.reopened(), null, null);
      line(csv, month, "first-contact-resolved", "incidents", v.firstContactResolved(), null, null);
      line(csv, month, "first-contact-rate", "incidents", v.firstContactRate(), null, null);
      map(csv, month, "escalations", v.escalationsByTier());
      map(csv, month, "breaches", v.breachesByTier());
      map(csv, month, "changes", v.changesByType());
      line(csv, month, "changes-successful", "changes", v.changesSuccessful(), null, null);
      line(csv, month, "changes-failed", "changes", v.changesFailed(), null, null);
      line(csv, month, "change-success-rate", "changes", v.changeSuccessRate(), null, null);
      line(csv, month, "problems-opened", "problems", v.problemsOpened(), null, null);
      line(csv, month, "problems-closed", "problems", v.problemsClosed(), null, null);
      line(csv, month, "requests-fulfilled", "requests", v.requestsFulfilled(), null, null);
      line(csv, month, "requests-in-target", "requests", v.requestsInTarget(), null, null);
      line(csv, month, "drills", "continuity", v.drills(), null, null);
      line(csv, month, "drills-passed", "continuity", v.drillsPassed(), null, null);
      line(csv, month, "restore-tests", "continuity", v.restoreTests(), null, null);
      line(csv, month, "restore-tests-passed", "continuity", v.restoreTestsPassed(), null, null);
    }
    return csv.toString();
  }

  private static void faultHandling(StringBuilder csv, Month month, String prefix, List<FaultHandling> groups,
      double target) {
    for (FaultHandling f : groups) {
      String key = prefix + f.key();
      line(csv, month, "within-limit-share", key, f.withinLimitShare(), target, f.met());
      line(csv, month, "within-limit-business-hours-share", key, f.withinLimitBusinessHoursShare(), null, null);
      line(csv, month, "resolved", key, f.resolved(), null, null);
      line(csv, month, "mtta-minutes", key, f.mttaMinutes(), null, null);
      line(csv, month, "mttr-minutes", key, f.mttrMinutes(), null, null);
      line(csv, month, "mttr-business-minutes", key, f.mttrBusinessMinutes(), null, null);
      line(csv, month, "breached", key, f.breached(), null, null);
    }
  }

  private static void map(StringBuilder csv, Month month, String measure, Map<String, Integer> counts) {
    counts.forEach((key, count) -> line(csv, month, measure, key, count, null, null));
  }

  private static void line(StringBuilder csv, Month month, String measure, String key, Object value, Double target,
      Boolean met) {
    csv.append(month.month()).append(',').append(measure).append(',').append(cell(key)).append(',')
        .append(value == null ? "" : value).append(',').append(target == null ? "" : target).append(',')
        .append(met == null ? "" : met).append("\r\n");
  }

  private static String cell(String text) {
    return text.contains(",") || text.contains("\"") || text.contains("\n")
        ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
