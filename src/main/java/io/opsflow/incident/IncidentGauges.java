package io.opsflow.incident;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.opsflow.platform.metrics.GroupedGauge;
import io.opsflow.platform.metrics.MetricReads;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The incident figures of the whole cluster, read from the ticket records every
 * {@code opsflow.metrics.refresh-interval}: incidents not closed by priority and tier
 * ({@code opsflow_incidents_open}; "none" until the incident has one) and the SLA breaches
 * recorded ({@code opsflow_incident_sla_breaches_total}), and the closed incidents by whether the
 * reporter confirmed them ({@code opsflow_incidents_closed{confirmation="confirmed|unconfirmed"}}):
 * satisfaction figures count the unconfirmed ones apart, not as satisfied.
 */
@Component
class IncidentGauges {

  private static final String NONE = "none";
  private static final String SLA_BREACHES = "opsflow.incident.sla.breaches";

  private final JdbcClient jdbc;
  private final MeterRegistry registry;
  private final GroupedGauge open;
  private final GroupedGauge closed;
  private final AtomicLong slaBreaches = new AtomicLong(-1);

  IncidentGauges(JdbcClient jdbc, MeterRegistry registry) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.open = new GroupedGauge(registry, "opsflow.incidents.open", "Incidents not closed, by priority and tier");
    this.closed = new GroupedGauge(registry, "opsflow.incidents.closed",
        "Incidents closed, by whether the reporter confirmed the resolution");
  }

  @Scheduled(fixedDelayString = "${opsflow.metrics.refresh-interval}")
  void refresh() {
    open.refresh(() -> jdbc.sql("""
            SELECT priority, tier, COUNT(*) AS incidents FROM opsflow_incident WHERE status <> 'CLOSED'
            GROUP BY priority, tier""")
        .query((rs, row) -> Map.entry(Tags.of("priority", orNone(rs.getString("priority")),
            "tier", orNone(rs.getString("tier"))), rs.getLong("incidents")))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    closed.refresh(() -> jdbc.sql("""
            SELECT confirmed, COUNT(*) AS incidents FROM opsflow_incident WHERE status = 'CLOSED' GROUP BY confirmed""")
        .query((rs, row) -> Map.entry(Tags.of("confirmation", rs.getBoolean("confirmed") ? "confirmed" : "unconfirmed"),
            rs.getLong("incidents")))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum)));
    MetricReads.read(SLA_BREACHES, () -> jdbc.sql(
            "SELECT COUNT(*) FROM opsflow_incident_event WHERE phase = 'SLA_BREACHED'").query(Long.class).single())
        .ifPresent(this::slaBreaches);
  }

  /**
   * The counter appears with its first reading, so that Prometheus never sees it jump from 0 to
   * the breaches of all time when a node starts; a failed reading keeps the last.
   */
  private void slaBreaches(long count) {
    if (slaBreaches.getAndSet(count) < 0) {
      FunctionCounter.builder(SLA_BREACHES, slaBreaches, AtomicLong::doubleValue)
          .description("SLA breaches recorded (tier budgets run out), cluster-wide").register(registry);
    }
  }

  private static String orNone(String label) {
    return label == null ? NONE : label;
  }
}
