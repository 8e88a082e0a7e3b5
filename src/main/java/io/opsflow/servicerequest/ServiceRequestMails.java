package io.opsflow.servicerequest;

import static io.opsflow.servicerequest.ServiceRequestVariables.*;

import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the service request mails, in English and Chinese, once per request and occasion. */
@Component
record ServiceRequestMails(MailNotifier mail, Recipients recipients) {

  void toRequester(ServiceRequestVariables request, String occasion, String subject, String body) {
    send(request, occasion, recipients.user(request.get(REQUESTER)), subject, body);
  }

  void toGroup(ServiceRequestVariables request, String group, String occasion, String subject, String body) {
    send(request, occasion, recipients.group(group), subject, body);
  }

  void send(ServiceRequestVariables request, String occasion, List<String> to, String subject, String body) {
    mail.sendAbout(request.get(REQUEST_NUMBER), occasion, to, subject,
        body + "\n\n" + request.get(ITEM_NAME) + ": " + request.get(SUMMARY));
  }
}
