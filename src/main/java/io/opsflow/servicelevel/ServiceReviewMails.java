package io.opsflow.servicelevel;

import static io.opsflow.servicelevel.ServiceReviewVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import io.opsflow.platform.Times;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import org.springframework.stereotype.Component;

/** The review's mail about its improvement actions, subject tagged with the review number, sent once per occasion. */
@Component
record ServiceReviewMails(MailNotifier mail, Recipients recipients, BusinessHours hours) {

  /** "Remind the action owner": the weekly reminder of an open action (one mail a day at most). */
  void remindOwner(ServiceReviewVariables action) {
    String number = action.get(REVIEW_NUMBER);
    String due = Times.shown(action.get(ACTION_DUE), hours.zone());
    mail.sendAbout(number, "action-" + action.get(ACTION_NO) + "-reminder-"
            + EngineClock.now().atZone(hours.zone()).toLocalDate(),
        recipients.user(action.get(ACTION_OWNER)),
        "Improvement action open / 改进措施未完成: " + action.get(ACTION_TEXT),
        "The service review " + number + " gave you this improvement action, due " + due + ": "
            + action.get(ACTION_TEXT) + "\nComplete its task in Tasklist when it is done.\n"
            + "服务评审 " + number + " 指派给您的改进措施(到期 " + due + "):" + action.get(ACTION_TEXT)
            + "\n完成后请在任务列表中完成该任务。");
  }

  /** "Tell the process owner": the action passed its due date. */
  void reportOverdue(ServiceReviewVariables action) {
    String number = action.get(REVIEW_NUMBER);
    String due = Times.shown(action.get(ACTION_DUE), hours.zone());
    mail.sendAbout(number, "action-" + action.get(ACTION_NO) + "-overdue", recipients.group(Roles.PROCESS_OWNER),
        "Improvement action overdue / 改进措施逾期: " + action.get(ACTION_TEXT),
        "The improvement action of " + number + " owned by " + action.get(ACTION_OWNER) + " was due " + due
            + " and is not done: " + action.get(ACTION_TEXT) + "\n"
            + number + " 的改进措施(负责人 " + action.get(ACTION_OWNER) + ",到期 " + due + ")已逾期未完成:"
            + action.get(ACTION_TEXT));
  }
}
