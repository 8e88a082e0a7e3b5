package io.opsflow.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A gauge per label set, all set at once from one grouped database query on each refresh (not a
 * query per scrape and label set). A label set the query no longer returns vanishes; a query that
 * fails drops every label set until it succeeds again, so no stale figure passes for a current one.
 *
 * <p>A label set that stays keeps its gauge and only its value changes: removing and registering
 * the same gauge again on every refresh let a scrape that ran meanwhile see it twice (Prometheus
 * then refuses the whole answer with duplicate labels).
 */
public final class GroupedGauge {

  private final MeterRegistry registry;
  private final String name;
  private final String description;
  private final Map<Tags, AtomicLong> values = new HashMap<>();
  private final Map<Tags, Gauge> gauges = new HashMap<>();

  public GroupedGauge(MeterRegistry registry, String name, String description) {
    this.registry = registry;
    this.name = name;
    this.description = description;
  }

  /** Shows the figures the query returns, each under its labels. */
  public synchronized void refresh(Supplier<Map<Tags, Long>> query) {
    Map<Tags, Long> figures = MetricReads.read(name, query).orElse(Map.of());
    figures.forEach((tags, figure) -> values.computeIfAbsent(tags, this::register).set(figure));
    for (Tags gone : List.copyOf(gauges.keySet())) {
      if (!figures.containsKey(gone)) {
        registry.remove(gauges.remove(gone));
        values.remove(gone);
      }
    }
  }

  private AtomicLong register(Tags tags) {
    AtomicLong value = new AtomicLong();
    gauges.put(tags, Gauge.builder(name, value, AtomicLong::get).description(description).tags(tags).strongReference(true)
        .register(registry));
    return value;
  }
}
