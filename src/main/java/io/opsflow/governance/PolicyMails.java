package io.opsflow.governance;

import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import java.util.List;
import org.springframework.stereotype.Component;

/** The policy's mail, subject tagged with the policy number, sent once per occasion. */
@Component
record PolicyMails(MailNotifier mail, Recipients recipients, BusinessHours hours) {

  /** "Remind the readers": each reader who has not acknowledged the version (one mail a day at most). */
  void remindReaders(String number, String title, int version, List<String> readers) {
    String day = EngineClock.now().atZone(hours.zone()).toLocalDate().toString();
    for (String reader : readers) {
      mail.sendAbout(number, "v" + version + "-reminder-" + reader + "-" + day, recipients.user(reader),
          "Please read and acknowledge the policy / 请阅读并确认制度: " + title,
          "The policy " + number + " \"" + title + "\" (version " + version + ") applies to you. Read it and "
              + "acknowledge it in Tasklist (task \"Acknowledge the policy\").\n"
              + "制度 " + number + "《" + title + "》(第 " + version + " 版)适用于您。请在任务列表中阅读并确认"
              + "(任务“确认已阅读制度”)。");
    }
  }
}
