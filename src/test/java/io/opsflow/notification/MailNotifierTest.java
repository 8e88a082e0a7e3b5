package io.opsflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.MailServer;
import io.opsflow.OpsFlowTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mail goes out once per occasion, however long the occasion's name and the list of recipients. */
@OpsFlowTest
class MailNotifierTest {

  @Autowired
  MailNotifier mail;

  @Test
  void aLongOccasionToManyRecipientsIsMailedOnce() {
    String occasion = "REQ-2026-000001:progress-reminder:" + "A very long development task name ".repeat(8)
        + UUID.randomUUID();
    List<String> recipients = java.util.stream.IntStream.range(0, 12)
        .mapToObj(i -> "project-manager-" + i + "@opsflow.example").toList();

    mail.send(occasion, recipients, "Reminder " + occasion.substring(occasion.length() - 36), "Report your progress");
    mail.send(occasion, recipients, "Reminder " + occasion.substring(occasion.length() - 36), "Report your progress");

    assertThat(MailServer.about(occasion.substring(occasion.length() - 36))).hasSize(1);
  }

  @Test
  void keysKeepTheirStartAndTellLongOccasionsApart() {
    String start = "x".repeat(190);
    String one = MailNotifier.key(start + "-first-occasion");
    String two = MailNotifier.key(start + "-second-occasion");

    assertThat(one).hasSizeLessThanOrEqualTo(200).startsWith("x".repeat(135)).isNotEqualTo(two);
    assertThat(MailNotifier.key("INC-2026-000001:registered")).isEqualTo("INC-2026-000001:registered");
  }
}
