package io.opsflow.continuity;

import io.opsflow.platform.Times;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

import io.opsflow.sla.BusinessHours;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The report of a drill or a disaster, read from the records: the plan it exercised, per system
 * the targets against what was measured, the verdicts, the issues and the evaluation. As JSON and
 * as a self-contained HTML page, every recorded text escaped. JSON carries the instants (UTC); the
 * page shows times in the business-hours zone, the zone named.
 */
@Component
record RecoveryReport(RecoveryRecords records, DrPlans plans, BusinessHours hours) {

  /** One system: its targets against what was measured. */
  record SystemReport(String systemId, int rtoTargetMinutes, Integer measuredRtoMinutes, int rpoTargetMinutes,
      Integer dataLossMinutes, Boolean recoveryTestPassed, String verdict, String issues, String recoveryTestNotes,
      Instant failoverStartedAt, Instant recoveredAt, Instant escalatedAt) {
  }

  record Report(String number, String kind, String planId, String planName, int planVersion, String summary,
      String scenario, String participants, Instant windowStart, Instant windowEnd, Instant declaredAt,
      String incidentNumber, String status, String verdict, String evaluation, String lessonsLearned,
      Integer revisedPlanVersion, String planReviewNotes, Instant recordedAt, List<SystemReport> systems) {
  }

  Optional<Report> of(String number) {
    return records.find(number).map(r -> new Report(r.number(), r.kind(), r.planId(),
        plans.version(r.planId(), r.planVersion()).map(DrPlans.Version::name).orElse(r.planId()), r.planVersion(),
        r.summary(), r.scenario(), r.participants(), r.windowStart(), r.windowEnd(), r.declaredAt(), r.incidentNumber(),
        r.status(), r.verdict(), r.evaluation(), r.lessonsLearned(), r.revisedPlanVersion(), r.planReviewNotes(),
        r.recordedAt(),
        r.systems().stream().map(s -> new SystemReport(s.systemId(), s.rtoTargetMinutes(), s.measuredRtoMinutes(),
            s.rpoTargetMinutes(), s.dataLossMinutes(), s.recoveryTestPassed(), s.verdict(), s.issues(),
            s.recoveryTestNotes(), s.failoverStartedAt(), s.recoveredAt(), s.escalatedAt())).toList()));
  }

  /** The report as a page of its own, times in the business-hours zone. */
  String html(Report report) {
    return html(report, hours.zone());
  }

  static String html(Report report, ZoneId zone) {
    String title = ("disaster".equals(report.kind()) ? "Disaster recovery report " : "DR drill report ") + report.number();
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(e(title))
        .append("</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;"
            + "margin:1em 0}th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left;vertical-align:top}"
            + "th{background:#eee}.pass{color:#176117}.partial{color:#8a5a00}.fail{color:#a31515}</style>"
            + "</head><body>\n<h1>").append(e(title)).append("</h1>\n<table>\n");
    row(page, "Plan", report.planName() + " (" + report.planId() + ", version " + report.planVersion() + ")");
    row(page, "Summary", report.summary());
    row(page, "Scenario", report.scenario());
    if (report.windowStart() != null) {
      row(page, "Window", Times.window(report.windowStart(), report.windowEnd(), zone));
    }
    if (report.declaredAt() != null) {
      row(page, "Declared", Times.shown(report.declaredAt(), zone));
    }
    row(page, "Incident", report.incidentNumber());
    row(page, "Participants", report.participants());
    row(page, "Status", report.status());
    page.append("<tr><th>Verdict</th><td class=\"").append(e(report.verdict())).append("\">")
        .append(e(report.verdict() == null ? "not yet judged" : report.verdict())).append("</td></tr>\n");
    row(page, "Evaluation", report.evaluation());
    row(page, "Lessons learned", report.lessonsLearned());
    row(page, "Plan review", planReview(report));
    page.append("</table>\n<h2>Systems</h2>\n<table>\n<tr><th>System</th><th>RTO target</th><th>RTO measured</th>"
        + "<th>RPO target</th><th>Data lost</th><th>Recovery test</th><th>Verdict</th><th>Issues</th>"
        + "<th>Failover started</th><th>Recovered</th><th>Escalated</th></tr>\n");
    for (SystemReport s : report.systems()) {
      page.append("<tr><td>").append(e(s.systemId()))
          .append("</td><td>").append(s.rtoTargetMinutes()).append(" min")
          .append("</td><td>").append(minutes(s.measuredRtoMinutes()))
          .append("</td><td>").append(s.rpoTargetMinutes()).append(" min")
          .append("</td><td>").append(minutes(s.dataLossMinutes()))
          .append("</td><td>").append(s.recoveryTestPassed() == null ? "–" : s.recoveryTestPassed() ? "passed" : "failed")
          .append(s.recoveryTestNotes() == null ? "" : "<br>" + e(s.recoveryTestNotes()))
          .append("</td><td class=\"").append(e(s.verdict())).append("\">").append(e(s.verdict() == null ? "–" : s.verdict()))
          .append("</td><td>").append(e(s.issues() == null ? "" : s.issues()))
          .append("</td><td>").append(s.failoverStartedAt() == null ? "" : e(Times.shown(s.failoverStartedAt(), zone)))
          .append("</td><td>").append(s.recoveredAt() == null ? "" : e(Times.shown(s.recoveredAt(), zone)))
          .append("</td><td>").append(s.escalatedAt() == null ? "" : e(Times.shown(s.escalatedAt(), zone)))
          .append("</td></tr>\n");
    }
    return page.append("</table>\n</body></html>\n").toString();
  }

  /** What the review after the drill or disaster made of the plan, or null while it is open. */
  static String planReview(Report report) {
    String notes = report.planReviewNotes() == null || report.planReviewNotes().isBlank() ? ""
        : ": " + report.planReviewNotes().strip();
    if (report.revisedPlanVersion() != null) {
      return "revised to version " + report.revisedPlanVersion() + notes;
    }
    return "PLAN_CONFIRMED".equals(report.status()) ? "confirmed unchanged" + notes : null;
  }

  /** One system on one line, for mails and the evaluator's form. */
  static String line(RecoveryRecords.SystemResult s) {
    return s.systemId() + ": recovered in " + minutes(s.measuredRtoMinutes()) + " (target " + s.rtoTargetMinutes()
        + " min), data lost " + minutes(s.dataLossMinutes()) + " (target " + s.rpoTargetMinutes() + " min), recovery test "
        + (s.recoveryTestPassed() == null ? "not done" : s.recoveryTestPassed() ? "passed" : "failed")
        + (s.escalatedAt() == null ? "" : ", escalated") + " → " + (s.verdict() == null ? "not judged" : s.verdict())
        + (s.issues() == null || s.issues().isBlank() ? "" : "; issues: " + s.issues().strip());
  }

  /** "1. first step", "2. second step", … */
  static String numbered(List<String> steps) {
    return String.join("\n", IntStream.range(0, steps.size()).mapToObj(i -> (i + 1) + ". " + steps.get(i)).toList());
  }

  static String path(String number) {
    return (number.startsWith(DisasterIds.PREFIX) ? "/api/dr/disasters/" : "/api/dr/drills/") + number + "/report";
  }

  private static void row(StringBuilder page, String label, String value) {
    if (value != null && !value.isBlank()) {
      page.append("<tr><th>").append(e(label)).append("</th><td>").append(e(value).replace("\n", "<br>"))
          .append("</td></tr>\n");
    }
  }

  private static String minutes(Integer value) {
    return value == null ? "–" : value + " min";
  }

  private static String e(String text) {
    return text == null ? "" : htmlEscape(text, "UTF-8");
  }
}
