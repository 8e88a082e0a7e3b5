package io.opsflow.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends OpsFlow's mail over SMTP (spring.mail.*), once per notification key. The key is recorded
 * in a transaction of its own right after the mail went out, so that a job which sent the mail
 * and then failed further on finds the key when it is retried and does not send it twice.
 * Without an SMTP server configured (the demo), the mail is written to the log instead.
 */
@Service
public class MailNotifier {

  private static final Logger LOG = LoggerFactory.getLogger(MailNotifier.class);

  private final JdbcClient jdbc;
  private final ObjectProvider<JavaMailSender> sender;
  private final TransactionTemplate ownTransaction;
  private final String from;
  private final String publicUrl;
  private final String myTickets;

  MailNotifier(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, PlatformTransactionManager transactions,
      @Value("${opsflow.mail.from:opsflow@opsflow.example}") String from,
      @Value("${opsflow.public-url}") String publicUrl) {
    this.jdbc = jdbc;
    this.sender = sender;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.from = from;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
    this.myTickets = link("/my-tickets.html");
  }

  /**
   * A mail about a ticket: its subject starts with the ticket's number in brackets
   * ("[INC-2026-000042] Incident resolved"), it ends with the link to the reader's "My tickets"
   * page, and it is sent once per ticket and occasion.
   */
  public void sendAbout(String ticket, String occasion, Collection<String> recipients, String subject, String body) {
    send(ticket + ":" + occasion, recipients, "[" + ticket + "] " + subject,
        body + "\n\n--\nFollow your tickets / 跟踪您的工单: " + myTickets + "\n");
  }

  /** The address of one of OpsFlow's pages ({@code /my-tickets.html}) under its public URL, for a mail. */
  public String link(String path) {
    return publicUrl + path;
  }

  /** Sends the mail unless one with the same key was sent before; a failure to send is thrown (the job retries). */
  public void send(String occasion, Collection<String> recipients, String subject, String body) {
    String key = key(occasion);
    if (recipients.isEmpty()) {
      LOG.warn("Mail {} has no recipient with an e-mail address: not sent", key);
      return;
    }
    if (jdbc.sql("SELECT COUNT(*) FROM opsflow_notification WHERE notification_key = ?").param(key)
        .query(Integer.class).single() > 0) {
      LOG.info("Mail {} was sent before: not sent again", key);
      return;
    }
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      LOG.info("Mail {} to {} (no SMTP server configured, set spring.mail.host to send it): {}",
          key, recipients, subject);
    } else {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(from);
      message.setTo(recipients.toArray(String[]::new));
      message.setSubject(subject);
      message.setText(body);
      mail.send(message);
      LOG.info("Mail {} sent to {}", key, recipients);
    }
    remember(key, recipients);
  }

  /**
   * Records the sent mail. The mail is out: a failure to record it is logged, not thrown, since a
   * retried job would send it again.
   */
  private void remember(String key, Collection<String> recipients) {
    String to = String.join(",", recipients);
    try {
      ownTransaction.executeWithoutResult(tx -> jdbc.sql(
              "INSERT INTO opsflow_notification (notification_key, recipient, sent_at) VALUES (?, ?, ?)")
          .params(key, to.length() <= 200 ? to : to.substring(0, 199) + "…", Timestamp.from(Instant.now())).update());
    } catch (DuplicateKeyException sentTwiceAtOnce) {
      // a concurrent attempt recorded it first (in its own transaction, so nothing else is affected)
    } catch (DataAccessException e) {
      LOG.error("Mail {} was sent but could not be recorded; a retry may send it again: {}", key, e.toString());
    }
  }

  /** The occasion as a key of at most 200 characters: a longer one keeps its start and a digest of the whole. */
  static String key(String occasion) {
    if (occasion.length() <= 200) {
      return occasion;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(occasion.getBytes(StandardCharsets.UTF_8));
      return occasion.substring(0, 135) + "#" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
