package io.opsflow.oncall;

import static io.opsflow.oncall.HandoverVariables.*;

import io.opsflow.platform.Times;
import io.opsflow.sla.BusinessHours;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * "Summarise the shift": what OpsFlow's records tell of the shift, as text for the handover form
 * and its figures: the incidents opened and resolved in it, those still open with their owner (the
 * assignee of their open task, else their tier) and next step (that task), the changes implemented,
 * the alerts that flapped or were given up, the inspection anomalies; at most 20 rows a part and 4000
 * characters in all (what a text variable holds), the figures counting everything.
 */
@Component("summariseShift")
record SummariseShiftDelegate(DutyLogRecords records, TaskService tasks, BusinessHours hours)
    implements HandoverVariables.Step {

  /** The most rows each part lists; the figures count them all. */
  static final int SHOWN = 20;
  /** The longest summary: what a Camunda text variable holds on every database. */
  static final int LONGEST = 4000;

  @Override
  public void execute(HandoverVariables handover) {
    Instant from = handover.get(SHIFT_START);
    Instant to = handover.get(SHIFT_END);
    List<DutyLogRecords.Incident> opened = records.incidentsOpened(from, to);
    List<DutyLogRecords.Incident> resolved = records.incidentsResolved(from, to);
    List<DutyLogRecords.Incident> open = records.incidentsOpen(to);
    List<DutyLogRecords.Change> changes = records.changesImplemented(from, to);
    List<DutyLogRecords.Alert> alerts = records.alerts(from, to);
    List<DutyLogRecords.Anomaly> anomalies = records.inspectionAnomalies(from, to);

    StringBuilder text = new StringBuilder();
    text.append("Shift / 班次: ").append(Times.window(from, to, hours.zone())).append(", team / 值班组: ")
        .append(handover.get(TEAM)).append('\n');
    part(text, "Incidents opened / 本班新开事件", opened, SummariseShiftDelegate::incident);
    part(text, "Incidents resolved / 本班已解决事件", resolved, SummariseShiftDelegate::incident);
    part(text, "Incidents still open / 仍未解决的事件", open, incident -> incident(incident) + next(incident));
    part(text, "Changes implemented / 本班实施的变更", changes, change -> change.number() + " "
        + shorten(change.summary(), 80) + ": "
        + ("IMPLEMENTED".equals(change.outcome()) ? "successful / 成功" : "failed / 失败")
        + (change.note() == null ? "" : " (" + shorten(change.note(), 120) + ")"));
    part(text, "Alerts flapping or given up / 告警抖动或投递失败", alerts, alert -> ("flapping".equals(alert.what())
        ? "flapping / 抖动: " + alert.incidentNumber() + " " : "given up / 投递失败: ") + shorten(alert.detail(), 160));
    part(text, "Inspection anomalies / 巡检异常", anomalies, anomaly -> anomaly.inspectionNumber() + " "
        + anomaly.ci() + " " + anomaly.item() + (anomaly.reading() == null ? "" : " = " + anomaly.reading())
        + " (" + anomaly.severity() + ")" + (anomaly.note() == null ? "" : ": " + shorten(anomaly.note(), 120))
        + (anomaly.incidentNumber() == null ? "" : " → " + anomaly.incidentNumber()));

    String summary = text.toString().strip();
    if (summary.length() > LONGEST) {
      summary = summary.substring(0, LONGEST - 60) + "\n… cut short / 已截断 (see the figures / 见统计)";
    }
    handover.set(SHIFT_SUMMARY, summary).set(INCIDENTS_OPENED, opened.size())
        .set(INCIDENTS_RESOLVED, resolved.size()).set(INCIDENTS_OPEN, open.size())
        .set(CHANGES_IMPLEMENTED, changes.size()).set(ALERT_ISSUES, alerts.size())
        .set(INSPECTION_ANOMALIES, anomalies.size());
  }

  private static <T> void part(StringBuilder text, String heading, List<T> rows, Function<T, String> line) {
    text.append('\n').append(heading).append(" (").append(rows.size()).append(")\n");
    if (rows.isEmpty()) {
      text.append("- none / 无\n");
    }
    rows.stream().limit(SHOWN).forEach(row -> text.append("- ").append(line.apply(row)).append('\n'));
    if (rows.size() > SHOWN) {
      text.append("- … ").append(rows.size() - SHOWN).append(" more / 另有 ").append(rows.size() - SHOWN).append(" 条\n");
    }
  }

  private static String incident(DutyLogRecords.Incident incident) {
    return incident.number() + (incident.priority() == null ? "" : " " + incident.priority())
        + (incident.major() ? " major / 重大" : "") + " " + shorten(incident.summary(), 80)
        + " [" + incident.status() + "]";
  }

  /** Who owns the open incident and what it waits for: its open task's assignee (else its tier) and name. */
  private String next(DutyLogRecords.Incident incident) {
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(incident.number()).list();
    String owner = open.stream().map(Task::getAssignee).filter(java.util.Objects::nonNull).findFirst()
        .orElse(incident.tier() == null ? "–" : incident.tier());
    String step = open.stream().map(Task::getName).findFirst().orElse("–");
    return " — owner / 负责人: " + owner + "; next step / 下一步: " + step;
  }

  private static String shorten(String text, int longest) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= longest ? line : line.substring(0, longest - 1) + "…";
  }
}
