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
 * the alerts that flapped or were given up, the inspection anomalies.
 */
@Component("summariseShift")
record SummariseShiftDelegate(DutyLogRecords records, TaskService tasks, BusinessHours hours)
    implements HandoverVariables.Step {

  /** The most rows each part lists; the figures count them all. */
  static final int SHOWN = 30;

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
    part(text, "Changes implemented / 本班实施的变更", changes, change -> change.number() + " " + change.summary()
        + ": " + ("IMPLEMENTED".equals(change.outcome()) ? "successful / 成功" : "failed / 失败")
        + (change.note() == null ? "" : " (" + shorten(change.note()) + ")"));
    part(text, "Alerts flapping or given up / 告警抖动或投递失败", alerts, alert -> ("flapping".equals(alert.what())
        ? "flapping / 抖动: " + alert.incidentNumber() + " " : "given up / 投递失败: ") + alert.detail());
    part(text, "Inspection anomalies / 巡检异常", anomalies, anomaly -> anomaly.inspectionNumber() + " "
        + anomaly.ci() + " " + anomaly.item() + (anomaly.reading() == null ? "" : " = " + anomaly.reading())
        + " (" + anomaly.severity() + ")" + (anomaly.note() == null ? "" : ": " + shorten(anomaly.note()))
        + (anomaly.incidentNumber() == null ? "" : " → " + anomaly.incidentNumber()));

    handover.set(SHIFT_SUMMARY, text.toString().strip()).set(INCIDENTS_OPENED, opened.size())
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
        + (incident.major() ? " major / 重大" : "") + " " + incident.summary() + " [" + incident.status() + "]";
  }

  /** Who owns the open incident and what it waits for: its open task's assignee (else its tier) and name. */
  private String next(DutyLogRecords.Incident incident) {
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(incident.number()).list();
    String owner = open.stream().map(Task::getAssignee).filter(java.util.Objects::nonNull).findFirst()
        .orElse(incident.tier() == null ? "–" : incident.tier());
    String step = open.stream().map(Task::getName).findFirst().orElse("–");
    return " — owner / 负责人: " + owner + "; next step / 下一步: " + step;
  }

  private static String shorten(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= 200 ? line : line.substring(0, 199) + "…";
  }
}
