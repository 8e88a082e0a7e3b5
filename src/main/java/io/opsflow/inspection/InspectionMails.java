package io.opsflow.inspection;

import static io.opsflow.inspection.InspectionVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import io.opsflow.platform.Times;
import io.opsflow.sla.BusinessHours;
import org.springframework.stereotype.Component;

/** The inspection's mail, subject tagged with the inspection number, sent once per occasion. */
@Component
record InspectionMails(MailNotifier mail, Recipients recipients, BusinessHours hours) {

  /** "Remind inspecting group": the round is not done within the plan's time. */
  void remindGroup(InspectionVariables inspection) {
    String number = inspection.get(INSPECTION_NUMBER);
    String escalation = Times.shown(inspection.get(ESCALATE_AT), hours.zone());
    mail.sendAbout(number, "inspection-overdue", recipients.group(inspection.get(INSPECTION_GROUP)),
        "Inspection overdue / 巡检逾期: " + inspection.get(PLAN_NAME),
        number + " (" + inspection.get(PLAN_NAME) + ") was due at " + Times.shown(inspection.get(DUE_AT), hours.zone())
            + " and is not done. If it is still not done at " + escalation
            + ", the operations administrators are told.\n"
            + number + " 已到期(" + Times.shown(inspection.get(DUE_AT), hours.zone()) + ")但尚未完成巡检;到 " + escalation
            + " 仍未完成将通知运维管理员。");
  }

  /** "Escalate overdue inspection": still not done after the reminder. */
  void escalate(InspectionVariables inspection) {
    String number = inspection.get(INSPECTION_NUMBER);
    mail.sendAbout(number, "inspection-escalated", recipients.group(Roles.OPS_ADMIN),
        "Inspection still not done / 巡检仍未完成: " + inspection.get(PLAN_NAME),
        number + " (" + inspection.get(PLAN_NAME) + ", group " + inspection.get(INSPECTION_GROUP) + ") was due at "
            + Times.shown(inspection.get(DUE_AT), hours.zone()) + "; the group was reminded and it is still not done.\n"
            + number + "(巡检组 " + inspection.get(INSPECTION_GROUP) + ")已提醒,仍未完成巡检。");
  }

  /**
   * "Mail statistics to the owner group": the month's figures of the group's CIs, per CI and item,
   * once per month and group (运维记录管理: 将以上统计数据定时发送至业主方).
   */
  void statistics(String month, String group, java.util.List<InspectionStatistics.ItemFigures> figures) {
    StringBuilder body = new StringBuilder("Inspections of your configuration items in " + month
        + " (readings, anomalies, incidents raised, rounds done late)\n" + month
        + " 您负责的配置项的巡检统计(读数、异常、引发的事件、逾期巡检)\n");
    String ci = null;
    for (InspectionStatistics.ItemFigures f : figures) {
      if (!f.ciId().equals(ci)) {
        ci = f.ciId();
        body.append("\n").append(f.ciName()).append(" (").append(ci).append(")\n");
      }
      body.append("  ").append(f.itemName()).append(": ").append(f.readings()).append(" readings / 读数, ")
          .append(f.anomalies()).append(" anomalies / 异常, ").append(f.incidents()).append(" incidents / 事件, ")
          .append(f.overdue()).append(" late / 逾期\n");
    }
    body.append("\nThe chart / 图表: ").append(mail.link("/inspection-statistics.html?month=" + month)).append("\n");
    mail.send("inspection-statistics:" + month + ":" + group, recipients.group(group),
        "Inspection statistics " + month + " / " + month + " 巡检统计", body.toString());
  }
}
