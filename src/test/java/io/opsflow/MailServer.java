package io.opsflow;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for the whole test run, on the port the test application mails
 * to. Tests read what arrived, as a person's mailbox would show it.
 */
public final class MailServer {

  /** 3025, or -Dopsflow.test.smtp-port=N so that two checkouts can run their suites side by side. */
  public static final int PORT = Integer.getInteger("opsflow.test.smtp-port", 3025);
  private static GreenMail server;

  /** One mail as received: to whom, subject, body. */
  public record Mail(List<String> to, String subject, String body) {
  }

  private MailServer() {
  }

  public static synchronized void start() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
  }

  public static List<Mail> received() {
    start();
    // GreenMail keeps one copy per recipient: one mail is one Message-ID
    Map<String, MimeMessage> byId = new LinkedHashMap<>();
    for (MimeMessage message : server.getReceivedMessages()) {
      try {
        byId.putIfAbsent(message.getMessageID(), message);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return byId.values().stream().map(MailServer::mail).toList();
  }

  /** The mails whose subject mentions the text (an incident number, say). */
  public static List<Mail> about(String text) {
    return received().stream().filter(m -> m.subject().contains(text)).toList();
  }

  private static Mail mail(MimeMessage message) {
    try {
      List<String> to = Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
      return new Mail(to, message.getSubject(), String.valueOf(message.getContent()).strip());
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
