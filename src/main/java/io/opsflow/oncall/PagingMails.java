package io.opsflow.oncall;

import static io.opsflow.oncall.PagingVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The pages: mail tagged with the incident number, once per person paged (and once to the incident managers). */
@Component
class PagingMails {

  private final MailNotifier mail;
  private final Recipients recipients;
  private final String ackMinutes;

  PagingMails(MailNotifier mail, Recipients recipients, @Value("${opsflow.oncall.ack-minutes:15}") String ackMinutes) {
    this.mail = mail;
    this.recipients = recipients;
    this.ackMinutes = ackMinutes;
  }

  /** "Page person": you are on duty (or next on the list) and the incident's tier task is offered to you. */
  void page(PagingVariables page) {
    String number = page.get(INCIDENT_NUMBER);
    String user = page.get(PAGED_USER);
    mail.sendAbout(number, "page:" + page.get(PAGE_ROUND) + ":" + user, recipients.user(user),
        "On-call page / 值班呼叫: " + page.get(PRIORITY) + " " + page.get(SUMMARY),
        "You are on call for " + page.get(TEAM) + ": " + number + " (" + page.get(PRIORITY) + ", "
            + page.get(SUMMARY) + ") waits for you in Tasklist. Claim the task in Tasklist to acknowledge, within "
            + ackMinutes + " minutes (or POST /api/oncall/pages/" + number + "/ack); "
            + "otherwise the next person on the escalation list is paged.\n"
            + "您正在为 " + page.get(TEAM) + " 值班:事件 " + number + "(" + page.get(PRIORITY) + ")已在任务列表中等待您处理。请在 "
            + ackMinutes + " 分钟内在任务列表中认领该任务以确认呼叫,否则将呼叫升级名单中的下一位。");
  }

  /** "Page incident managers": nobody on the list acknowledged (or there was nobody to page). */
  void incidentManagers(PagingVariables page) {
    String number = page.get(INCIDENT_NUMBER);
    mail.sendAbout(number, "page:incident-managers", recipients.group(Roles.INCIDENT_MANAGER),
        "On-call page not acknowledged / 值班呼叫无人确认: " + page.get(PRIORITY) + " " + page.get(SUMMARY),
        number + " (" + page.get(PRIORITY) + ", " + page.get(SUMMARY) + ") at " + page.get(TEAM)
            + " was not acknowledged by anyone paged " + page.get(PAGE_LIST) + ". Please take charge.\n"
            + "事件 " + number + "(" + page.get(TEAM) + ")的值班呼叫无人确认,请事件经理接手处理。");
  }
}
