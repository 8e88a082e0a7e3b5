package io.opsflow.oncall;

import static io.opsflow.oncall.HandoverVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import io.opsflow.platform.Times;
import io.opsflow.sla.BusinessHours;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** The handover's mail, subject tagged with the handover number, sent once per occasion. */
@Component
record HandoverMails(MailNotifier mail, Recipients recipients, BusinessHours hours) {

  /** "Escalate to operations administrators": the handover is not acknowledged in time. */
  void escalate(HandoverVariables handover) {
    String number = handover.get(HANDOVER_NUMBER);
    String incoming = handover.get(INCOMING);
    String shift = Times.window(handover.get(SHIFT_START), handover.get(SHIFT_END), hours.zone());
    long minutes = Duration.parse(handover.get(ACKNOWLEDGE_WITHIN)).toMinutes();
    String who = incoming == null ? "nobody of team " + handover.get(TEAM) : incoming;
    String whoZh = incoming == null ? "值班组 " + handover.get(TEAM) + " 中无人" : incoming;
    mail.sendAbout(number, "handover-not-acknowledged", recipients.group(Roles.OPS_ADMIN),
        "Handover not acknowledged / 交接班未确认: " + handover.get(TEAM),
        "The handover of " + handover.get(OUTGOING) + " (team " + handover.get(TEAM) + ", shift " + shift
            + ") has not been acknowledged for " + minutes + " minutes: " + who
            + " has not taken over. The acknowledgement is in your queue too; make sure someone is on duty.\n"
            + number + ":" + handover.get(OUTGOING) + "(值班组 " + handover.get(TEAM) + ",班次 " + shift + ")的交接班已 "
            + minutes + " 分钟未确认:" + whoZh + "接班。确认任务也已列入您的队列,请确保有人值班。");
  }
}
