package io.opsflow.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.identity.Roles;
import io.opsflow.platform.web.ApiError;
import io.opsflow.platform.BadRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/alerts/alertmanager}: Prometheus Alertmanager's webhook. The notification is
 * checked and stored, and the answer (202) goes back at once; the incident work happens after
 * the response, durably, in {@link #processInbox()}. A body larger than
 * {@code opsflow.alerts.max-body-size} (declared or read) or with more than
 * {@code opsflow.alerts.max-alerts} alerts is refused with 413, and nothing is stored.
 */
@RestController
class AlertmanagerReceiver {

  private static final Logger LOG = LoggerFactory.getLogger(AlertmanagerReceiver.class);
  /** Notifications claimed at a time, each the oldest open one of its group. */
  static final int BATCH = 50;

  private final ObjectMapper json;
  private final AlertInbox inbox;
  private final AlertIntake intake;
  private final IdentityService identity;
  private final TransactionTemplate transaction;
  private final AlertMetrics metrics;
  private final String node = ManagementFactory.getRuntimeMXBean().getName();
  private final long maxBodySize;
  private final int maxAlerts;

  AlertmanagerReceiver(ObjectMapper json, AlertInbox inbox, AlertIntake intake, IdentityService identity,
      PlatformTransactionManager transactions, AlertMetrics metrics,
      @Value("${opsflow.alerts.max-body-size:1MB}") DataSize maxBodySize,
      @Value("${opsflow.alerts.max-alerts:1000}") int maxAlerts) {
    this.json = json;
    this.inbox = inbox;
    this.intake = intake;
    this.identity = identity;
    this.transaction = new TransactionTemplate(transactions);
    this.metrics = metrics;
    this.maxBodySize = maxBodySize.toBytes();
    this.maxAlerts = maxAlerts;
  }

  @PostMapping("/api/alerts/alertmanager")
  ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
    Authentication caller = identity.getCurrentAuthentication();
    if (!caller.getGroupIds().contains(Roles.MONITORING) && !caller.getGroupIds().contains(Roles.ADMIN_GROUP)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only the monitoring group may post alerts");
    }
    // declared too large: refused unread; sent without a length (chunked): read up to the limit only
    byte[] bytes = request.getContentLengthLong() > maxBodySize ? null
        : request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodySize + 1));
    if (bytes == null || bytes.length > maxBodySize) {
      return tooLarge("the notification is larger than " + maxBodySize + " bytes (opsflow.alerts.max-body-size)", null);
    }
    String body = new String(bytes, StandardCharsets.UTF_8);
    AlertmanagerNotification notification = parse(body);
    if (notification.alerts() != null && notification.alerts().size() > maxAlerts) {
      return tooLarge("the notification holds " + notification.alerts().size() + " alerts, more than "
          + maxAlerts + " (opsflow.alerts.max-alerts)", "alerts");
    }
    notification.check();
    inbox.add(notification.groupKey(), body);
    return ResponseEntity.accepted().body(Map.of("groupKey", notification.groupKey(),
        "alerts", notification.alerts().size()));
  }

  private static ResponseEntity<ApiError> tooLarge(String message, String field) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ApiError.of(HttpStatus.PAYLOAD_TOO_LARGE, message, field));
  }

  private AlertmanagerNotification parse(String body) {
    try {
      AlertmanagerNotification notification = json.readValue(body, AlertmanagerNotification.class);
      if (notification == null) {
        throw new BadRequestException(null, "the body is empty");
      }
      return notification;
    } catch (JsonProcessingException e) {
      throw new BadRequestException(null, "the body is not a JSON Alertmanager notification: "
          + e.getOriginalMessage());
    }
  }

  /**
   * Works off a batch of the stored notifications, oldest first; a failed one is tried again later. One
   * at a time: handling the groups of a batch side by side (tried with four threads) only took the two
   * cores from the requests that post alerts (docs/BENCHMARKS.md).
   */
  @Scheduled(fixedDelayString = "${opsflow.alerts.poll-interval:500ms}")
  void processInbox() {
    inbox.claim(node, BATCH).forEach(this::process);
  }

  private void process(AlertInbox.Entry entry) {
    try {
      transaction.executeWithoutResult(tx -> {
        intake.handle(readStored(entry.payload()));
        inbox.processed(entry.id());
      });
    } catch (RuntimeException e) {
      if (inbox.failed(entry, e.toString())) {
        metrics.gaveUp();
        LOG.error("Alert notification {} of group {} given up after {} attempts (listed at /api/alerts/inbox?state=failed,"
            + " retry with POST /api/alerts/inbox/{}/retry)", entry.id(), entry.groupKey(), inbox.giveUpAfter(),
            entry.id(), e);
      } else if (!(e instanceof AlertIntake.NotYet)) {
        LOG.warn("Alert notification {} failed (attempt {}), will retry: {}", entry.id(), entry.attempts() + 1, e.toString());
      }
    }
  }

  private AlertmanagerNotification readStored(String payload) {
    try {
      return json.readValue(payload, AlertmanagerNotification.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored notification no longer reads", e);
    }
  }
}
