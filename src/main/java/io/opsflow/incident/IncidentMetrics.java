package io.opsflow.incident;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opsflow.platform.web.ProcessStartedOverRest;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Incidents opened on this node, counted by the door they came in through:
 * {@code opsflow_incidents_opened_total{door="tasklist|rest|api|alerts"}}. Tasklist and
 * {@code /engine-rest} starts are counted here once the engine has started them; the API and the
 * alert intake call {@link #opened(String)} themselves.
 */
@Component
public class IncidentMetrics {

  /** Tasklist's "Start process" (the webapps' {@code /camunda/api/engine}). */
  public static final String TASKLIST = "tasklist";
  /** Camunda's REST API, {@code /engine-rest}. */
  public static final String REST = "rest";
  /** OpsFlow's API, {@code POST /api/incidents}. */
  public static final String API = "api";
  /** Prometheus Alertmanager, {@code /api/alerts/alertmanager}. */
  public static final String ALERTS = "alerts";

  private final Map<String, Counter> opened;

  IncidentMetrics(MeterRegistry registry) {
    this.opened = Stream.of(TASKLIST, REST, API, ALERTS).collect(Collectors.toMap(door -> door,
        door -> Counter.builder("opsflow.incidents.opened").tag("door", door)
            .description("Incidents opened on this node, by the door they came in through").register(registry)));
  }

  /** One incident opened through that door (one of the constants). */
  public void opened(String door) {
    Counter counter = opened.get(door);
    if (counter == null) {
      throw new IllegalArgumentException("no door " + door + " (these are: " + opened.keySet() + ")");
    }
    counter.increment();
  }

  @EventListener
  void started(ProcessStartedOverRest start) {
    if (IncidentIds.PROCESS.equals(start.processKey())) {
      opened(start.fromTasklist() ? TASKLIST : REST);
    }
  }
}
