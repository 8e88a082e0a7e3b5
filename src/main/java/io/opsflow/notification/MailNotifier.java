package io.opsflow.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends OpsFlow's mail over SMTP (spring.mail.*), once per notification key: a job that is
 * retried after the mail went out finds its key taken and sends nothing. Without an SMTP server
 * configured (the demo), the mail is written to the log instead.
 */
@Service
public class MailNotifier {

  private static final Logger LOG = LoggerFactory.getLogger(MailNotifier.class);

  private final JdbcClient jdbc;
  private final ObjectProvider<JavaMailSender> sender;
  private final String from;

  MailNotifier(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender,
      @org.springframework.beans.factory.annotation.Value("${opsflow.mail.from:opsflow@opsflow.example}") String from) {
    this.jdbc = jdbc;
    this.sender = sender;
    this.from = from;
  }

  /**
   * Sends the mail unless one with the same key was sent before. Runs inside the caller's
   * transaction: if sending fails, the key is not kept and a retry sends again.
   */
  public void send(String key, Collection<String> recipients, String subject, String body) {
    if (recipients.isEmpty()) {
      LOG.warn("Mail {} has no recipient with an e-mail address: not sent", key);
      return;
    }
    // asked first, not caught as a duplicate key: on PostgreSQL a failed insert aborts the caller's transaction
    if (jdbc.sql("SELECT COUNT(*) FROM opsflow_notification WHERE notification_key = ?").param(key)
        .query(Integer.class).single() > 0) {
      LOG.info("Mail {} was sent before: not sent again", key);
      return;
    }
    jdbc.sql("INSERT INTO opsflow_notification (notification_key, recipient, sent_at) VALUES (?, ?, ?)")
        .params(key, String.join(",", recipients), Timestamp.from(Instant.now())).update();
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      LOG.info("Mail {} to {} (no SMTP server configured, set spring.mail.host to send it): {}",
          key, recipients, subject);
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(recipients.toArray(String[]::new));
    message.setSubject(subject);
    message.setText(body);
    mail.send(message);
    LOG.info("Mail {} sent to {}", key, recipients);
  }
}
