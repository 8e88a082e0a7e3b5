package io.opsflow.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A gauge per label set, all set at once from one grouped database query on each refresh (not a
 * query per scrape and label set). A label set the query no longer returns vanishes; a query that
 * fails drops every label set until it succeeds again, so no stale figure passes for a current one.
 */
public final class GroupedGauge {

  private final String name;
  private final MultiGauge gauge;

  public GroupedGauge(MeterRegistry registry, String name, String description) {
    this.name = name;
    this.gauge = MultiGauge.builder(name).description(description).register(registry);
  }

  /** Shows the figures the query returns, each under its labels. */
  public void refresh(Supplier<Map<Tags, Long>> query) {
    Map<Tags, Long> figures = MetricReads.read(name, query).orElse(Map.of());
    gauge.register(figures.entrySet().stream().map(f -> MultiGauge.Row.of(f.getKey(), f.getValue())).toList(), true);
  }
}
