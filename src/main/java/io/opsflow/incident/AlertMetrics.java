package io.opsflow.incident;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.opsflow.platform.metrics.GroupedGauge;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What operators watch of the alert intake: the Alertmanager notifications in the inbox, pending
 * and failed ({@code opsflow_alert_inbox{state}}, cluster-wide, read every
 * {@code opsflow.metrics.refresh-interval}), and the notifications this node gave up on
 * ({@code opsflow_alert_notifications_failed_total}: a retry does not take one back).
 */
@Component
public class AlertMetrics {

  private final JdbcClient jdbc;
  private final Counter failed;
  private final GroupedGauge inbox;

  AlertMetrics(JdbcClient jdbc, MeterRegistry registry) {
    this.jdbc = jdbc;
    this.failed = Counter.builder("opsflow.alert.notifications.failed")
        .description("Alertmanager notifications given up after their attempts, on this node").register(registry);
    this.inbox = new GroupedGauge(registry, "opsflow.alert.inbox",
        "Alertmanager notifications in the inbox: pending (not yet processed) and failed (given up)");
  }

  /** The inbox worker gave up on a notification after its attempts. */
  public void gaveUp() {
    failed.increment();
  }

  @Scheduled(fixedDelayString = "${opsflow.metrics.refresh-interval}")
  void refresh() {
    inbox.refresh(() -> jdbc.sql("""
            SELECT COUNT(CASE WHEN processed_at IS NULL AND failed_at IS NULL THEN 1 END) AS pending,
              COUNT(failed_at) AS failed
            FROM opsflow_alert_inbox WHERE processed_at IS NULL OR failed_at IS NOT NULL""")
        .query((rs, row) -> Map.of(Tags.of("state", "pending"), rs.getLong("pending"),
            Tags.of("state", "failed"), rs.getLong("failed")))
        .single());
  }
}
