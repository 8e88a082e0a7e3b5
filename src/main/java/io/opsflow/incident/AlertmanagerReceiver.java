package io.opsflow.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.platform.BadRequestException;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/alerts/alertmanager}: Prometheus Alertmanager's webhook. The notification is
 * checked and stored, and the answer (202) goes back at once; the incident work happens after
 * the response, durably, in {@link #processInbox()}.
 */
@RestController
class AlertmanagerReceiver {

  static final String MONITORING_GROUP = "monitoring";
  private static final Logger LOG = LoggerFactory.getLogger(AlertmanagerReceiver.class);

  private final ObjectMapper json;
  private final AlertInbox inbox;
  private final AlertIntake intake;
  private final IdentityService identity;
  private final TransactionTemplate transaction;
  private final AlertMetrics metrics;
  private final String node = ManagementFactory.getRuntimeMXBean().getName();

  AlertmanagerReceiver(ObjectMapper json, AlertInbox inbox, AlertIntake intake, IdentityService identity,
      PlatformTransactionManager transactions, AlertMetrics metrics) {
    this.json = json;
    this.inbox = inbox;
    this.intake = intake;
    this.identity = identity;
    this.transaction = new TransactionTemplate(transactions);
    this.metrics = metrics;
  }

  @PostMapping("/api/alerts/alertmanager")
  ResponseEntity<Map<String, Object>> receive(@RequestBody String body) {
    Authentication caller = identity.getCurrentAuthentication();
    if (!caller.getGroupIds().contains(MONITORING_GROUP) && !caller.getGroupIds().contains("camunda-admin")) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only the monitoring group may post alerts");
    }
    AlertmanagerNotification notification = parse(body);
    notification.check();
    inbox.add(notification.groupKey(), body);
    return ResponseEntity.accepted().body(Map.of("groupKey", notification.groupKey(),
        "alerts", notification.alerts().size()));
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

  /** Works off the stored notifications, oldest first; a failed one is tried again later. */
  @Scheduled(fixedDelayString = "${opsflow.alerts.poll-interval:500ms}")
  void processInbox() {
    for (AlertInbox.Entry entry : inbox.claim(node, 50)) {
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
  }

  private AlertmanagerNotification readStored(String payload) {
    try {
      return json.readValue(payload, AlertmanagerNotification.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored notification no longer reads", e);
    }
  }
}
