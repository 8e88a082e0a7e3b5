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
}
